using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Certificates;

/// <summary>
/// The keys of a scheme's <see cref="SchemeDefinition.CertificateContents"/> that decide lines only some rules print:
/// PCEC 9.1 c) 认证模式, CEC 7.1 b) 认证单元. Lines every rule lists (parties, product, footprint, dates, number,
/// issuer) are always printed, and so are remarks a manager entered (both lists say 包括, not exhaustive).
/// </summary>
public static class CertificateContentKeys
{
    /// <summary>认证模式 (PCEC 9.1 c).</summary>
    public const string CertificationMode = "certification-mode";

    /// <summary>认证单元、功能单位 (CEC 7.1 b).</summary>
    public const string UnitAndFunctionalUnit = "unit-and-functional-unit";

    /// <summary>Whether the scheme's certificate contents list <paramref name="key"/>.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="key">A content key.</param>
    /// <returns>True when listed.</returns>
    public static bool Lists(SchemeDefinition scheme, string key)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return scheme.CertificateContents.Any(c => c.Key == key);
    }
}
