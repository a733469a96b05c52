namespace PcfCert.Infrastructure.Records;

/// <summary>
/// One document of a certification file (认证档案) as it was printed and signed: which record, in which language and
/// format, the stored bytes and their SHA-256, so that a printed copy can be checked later. A record whose source did
/// not change is served again rather than re-signed.
/// </summary>
public sealed class GeneratedRecord
{
    public const string Table = "record_documents";

    public Guid Id { get; set; }

    /// <summary>The certification project (application) the file belongs to; null for a certificate without one.</summary>
    public Guid? ApplicationId { get; set; }

    /// <summary>The certificate, for post-certification records (surveillance, change, notices).</summary>
    public Guid? CertificateId { get; set; }

    /// <summary>Document kind, e.g. <c>inspection-report</c> (see RecordKinds).</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>Which one of its kind (nonconformity number, surveillance id …); empty when there is one per file.</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>zh-CN or en.</summary>
    public string Language { get; set; } = string.Empty;

    /// <summary><c>pdf</c> or <c>docx</c>.</summary>
    public string Format { get; set; } = string.Empty;

    /// <summary><c>generated</c> from the data, or <c>edited</c>: a .docx the team uploaded as the final version.</summary>
    public string Origin { get; set; } = Generated;

    /// <summary>SHA-256 of the source the document was generated from (its HTML or block model); equal source, same record.</summary>
    public string SourceSha256 { get; set; } = string.Empty;

    /// <summary>The stored bytes (stored_files).</summary>
    public Guid FileId { get; set; }

    /// <summary>SHA-256 of the stored bytes, hex.</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>Subject of the certificate that signed it (PDF only).</summary>
    public string? SignedBy { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public const string Generated = "generated";

    public const string Edited = "edited";
}
