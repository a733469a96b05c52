using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Tests.Schemes;

namespace PcfCert.Certification.Tests.Certificates;

public sealed class SchemeCatalogCertificateRulesTests
{
    private static readonly Dictionary<string, string> Prefixes = new() { [SchemeIds.Cec] = "CEC-PCF", [SchemeIds.Pcec] = "PCEC-PCF" };

    [Fact]
    public void Rules_read_from_the_scheme_definitions_equal_the_values_cited_from_the_rules()
    {
        var source = new SchemeCatalogCertificateRules(RealSchemes.Catalog, Prefixes);

        Assert.Equal(CitedCertificateRules.Cec, source.Find(SchemeIds.Cec));
        Assert.Equal(CitedCertificateRules.Pcec, source.Find(SchemeIds.Pcec));
        Assert.Equal(2, source.All.Count);
        Assert.Null(source.Find("no-such-scheme"));
    }

    [Fact]
    public void A_changed_definition_changes_the_certificate_rules()
    {
        var cec = RealSchemes.Cec;
        var longer = cec with
        {
            Parameters = cec.Parameters with { CertificateValidityMonths = cec.Parameters.CertificateValidityMonths with { Value = 48 } },
        };

        var rules = SchemeCatalogCertificateRules.FromScheme(longer, "X");

        Assert.Equal(48, rules.ValidityMonths);
        Assert.Equal("X", rules.NumberPrefix);
    }

    [Fact]
    public void A_scheme_without_a_validity_cannot_supply_certificate_rules()
    {
        var cec = RealSchemes.Cec;
        var broken = cec with
        {
            Parameters = cec.Parameters with { CertificateValidityMonths = cec.Parameters.CertificateValidityMonths with { Value = null } },
        };

        var error = Assert.Throws<InvalidOperationException>(() => SchemeCatalogCertificateRules.FromScheme(broken, "X"));
        Assert.Contains("certificateValidityMonths", error.Message);
    }

    [Fact]
    public void Without_a_configured_prefix_the_scheme_code_gives_one()
    {
        var source = new SchemeCatalogCertificateRules(RealSchemes.Catalog, new Dictionary<string, string>());

        Assert.Equal("CEC-PCF", source.Find(SchemeIds.Cec)!.NumberPrefix); // CEC-7065CVP-A/0 → letters before '-'
        Assert.Equal("ZCXH-PCF", source.Find(SchemeIds.Pcec)!.NumberPrefix); // ZCXH/XZ-15-2024 → letters before '/'
    }
}
