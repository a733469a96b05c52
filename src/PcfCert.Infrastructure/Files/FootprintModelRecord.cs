namespace PcfCert.Infrastructure.Files;

/// <summary>One version of a footprint model attached to an application, with the engine's result document.</summary>
public sealed class FootprintModelRecord
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    public int Version { get; set; }

    public string ModelJson { get; set; } = string.Empty;

    public string ResultJson { get; set; } = string.Empty;

    public string InputSha256 { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
