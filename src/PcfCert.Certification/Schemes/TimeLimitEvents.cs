namespace PcfCert.Certification.Schemes;

/// <summary>The keys of <see cref="TimeLimitRule.EndsAt"/> the workflow understands.</summary>
public static class TimeLimitEvents
{
    /// <summary>CEC 5.2.3 "至出具认证结论之日止": the clock stops at the conclusion (a decision or a failed inspection).</summary>
    public const string ConclusionIssued = "conclusion-issued";

    /// <summary>PCEC 6 "至颁发认证证书之日止": after an approval the clock runs on until the certificate is issued.</summary>
    public const string CertificateIssued = "certificate-issued";

    /// <summary>Every known key.</summary>
    public static IReadOnlyList<string> All { get; } = [ConclusionIssued, CertificateIssued];
}
