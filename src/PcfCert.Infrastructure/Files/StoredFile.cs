namespace PcfCert.Infrastructure.Files;

/// <summary>
/// An uploaded file, kept in the database so that every app instance serves the same bytes. Its SHA-256 is
/// computed on upload and recorded wherever the file is referenced.
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }

    /// <summary>The organisation whose users may read it (with the certification body's staff).</summary>
    public Guid OrganisationId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public byte[] Content { get; set; } = [];

    public string UploadedBy { get; set; } = string.Empty;

    public DateTimeOffset UploadedAt { get; set; }
}
