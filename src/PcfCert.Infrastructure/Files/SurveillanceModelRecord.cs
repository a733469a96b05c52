namespace PcfCert.Infrastructure.Files;

/// <summary>
/// One footprint model of a surveillance period (the holder's updated inventory, CEC 6.2 a, PCEC 8.1 3) with the engine's
/// result document; the surveillance's <c>ModelVersions</c> point at it by id.
/// </summary>
public sealed class SurveillanceModelRecord
{
    public Guid Id { get; set; }

    public Guid SurveillanceId { get; set; }

    public int Version { get; set; }

    public string ModelJson { get; set; } = string.Empty;

    public string ResultJson { get; set; } = string.Empty;

    public string InputSha256 { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
