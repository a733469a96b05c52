using PcfCert.Certification.Certificates;

namespace PcfCert.Certification.Tests.Certificates;

/// <summary>
/// CEC 7.1 a–g and PCEC 9.1 a–i: every item the certificate prints is required; a missing one is named by its field,
/// and a missing date never prints as 0001-01-01.
/// </summary>
public sealed class CertificateParticularsTests
{
    public static TheoryData<string, string> Blanked() => new()
    {
        { "Applicant.Name", "Required" }, { "Applicant.Address", "Required" }, { "Manufacturer.Name", "Required" },
        { "Manufacturer.Address", "Required" }, { "Factory.Name", "Required" }, { "Factory.Address", "Required" },
        { "Basis", "Required" }, { "Mode", "Required" }, { "CertificationUnit", "Required" }, { "ProductName", "Required" },
        { "Model", "Required" }, { "FunctionalUnit", "Required" }, { "FootprintUnit", "Required" }, { "Issuer", "Required" },
        { "ReportingPeriodFrom", "Required" }, { "ReportingPeriodTo", "Required" }, { "FootprintValue", "NotPositive" },
    };

    [Theory]
    [MemberData(nameof(Blanked))]
    public void Each_missing_item_is_named_by_its_field(string field, string reason)
    {
        var p = CertificateBuilder.Particulars();
        Assert.Empty(p.Problems());
        var blank = field switch
        {
            "Applicant.Name" => p with { Applicant = p.Applicant with { Name = " " } },
            "Applicant.Address" => p with { Applicant = p.Applicant with { Address = "" } },
            "Manufacturer.Name" => p with { Manufacturer = p.Manufacturer with { Name = "" } },
            "Manufacturer.Address" => p with { Manufacturer = p.Manufacturer with { Address = "" } },
            "Factory.Name" => p with { Factory = p.Factory with { Name = "" } },
            "Factory.Address" => p with { Factory = p.Factory with { Address = "" } },
            "Basis" => p with { Basis = "" },
            "Mode" => p with { Mode = "" },
            "CertificationUnit" => p with { CertificationUnit = "" },
            "ProductName" => p with { ProductName = "" },
            "Model" => p with { Model = "" },
            "FunctionalUnit" => p with { FunctionalUnit = "" },
            "FootprintUnit" => p with { FootprintUnit = "" },
            "Issuer" => p with { Issuer = "" },
            "ReportingPeriodFrom" => p with { ReportingPeriodFrom = default },
            "ReportingPeriodTo" => p with { ReportingPeriodTo = default },
            _ => p with { FootprintValue = 0m },
        };
        Assert.Equal([(field, reason)], blank.Problems());
    }

    [Fact]
    public void A_time_boundary_ending_before_it_starts_is_refused_and_every_problem_is_listed_at_once()
    {
        var p = CertificateBuilder.Particulars() with
        {
            ReportingPeriodFrom = new DateOnly(2025, 12, 31), ReportingPeriodTo = new DateOnly(2025, 1, 1), Model = "", Issuer = "",
        };
        Assert.Equal([("Model", "Required"), ("Issuer", "Required"), ("ReportingPeriodTo", "BeforeStart")], p.Problems());
    }
}
