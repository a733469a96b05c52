namespace PcfCert.Infrastructure.Persistence;

/// <summary>The last certificate sequence used per scheme and year; advanced only by <see cref="Certificates.CertificateNumberAllocator"/>.</summary>
public sealed class CertificateNumberCounter
{
    public const string Table = "certificate_number_counters";

    public string SchemeId { get; set; } = string.Empty;

    public int Year { get; set; }

    public int LastSequence { get; set; }
}
