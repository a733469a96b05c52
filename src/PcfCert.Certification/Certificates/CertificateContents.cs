namespace PcfCert.Certification.Certificates;

/// <summary>A party named on a certificate with its address.</summary>
/// <param name="Name">Registered name.</param>
/// <param name="Address">Address.</param>
public sealed record Party(string Name, string Address);

/// <summary>系统边界.</summary>
public enum SystemBoundary
{
    /// <summary>从摇篮到大门.</summary>
    CradleToGate,

    /// <summary>从摇篮到坟墓.</summary>
    CradleToGrave,

    /// <summary>从大门到大门.</summary>
    GateToGate,
}

/// <summary>
/// What the workflow's decision supplies for a certificate: everything CEC 7.1 a–g and PCEC 9.1 a–g, i name
/// except the number and dates, which issuance assigns.
/// </summary>
/// <param name="Applicant">委托人 name and address.</param>
/// <param name="Manufacturer">生产者（制造商） name and address.</param>
/// <param name="Factory">生产企业（生产厂） name and address.</param>
/// <param name="Basis">认证依据.</param>
/// <param name="Mode">认证模式.</param>
/// <param name="CertificationUnit">认证单元.</param>
/// <param name="ProductName">产品名称.</param>
/// <param name="Model">型号、规格.</param>
/// <param name="FunctionalUnit">功能单位 / 声明单位.</param>
/// <param name="ReportingPeriodFrom">时间边界 / 报告期: first day.</param>
/// <param name="ReportingPeriodTo">时间边界 / 报告期: last day.</param>
/// <param name="SystemBoundary">系统边界.</param>
/// <param name="FootprintValue">The verified footprint per functional unit, as rounded for the certificate.</param>
/// <param name="FootprintUnit">Its unit, e.g. <c>kg CO2e</c>.</param>
/// <param name="Issuer">发证机构.</param>
/// <param name="Remarks">其他需要说明的内容 (PCEC 9.1 i); may be null.</param>
public sealed record CertificateParticulars(
    Party Applicant,
    Party Manufacturer,
    Party Factory,
    string Basis,
    string Mode,
    string CertificationUnit,
    string ProductName,
    string Model,
    string FunctionalUnit,
    DateOnly ReportingPeriodFrom,
    DateOnly ReportingPeriodTo,
    SystemBoundary SystemBoundary,
    decimal FootprintValue,
    string FootprintUnit,
    string Issuer,
    string? Remarks)
{
    /// <summary>Names of fields that are missing or inconsistent; empty when the particulars are complete.</summary>
    /// <returns>Field names with the reason code.</returns>
    public IReadOnlyList<(string Field, string Reason)> Problems()
    {
        var problems = new List<(string, string)>();
        void Require(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add((field, "Required"));
            }
        }
        Require("Applicant.Name", Applicant?.Name);
        Require("Applicant.Address", Applicant?.Address);
        Require("Manufacturer.Name", Manufacturer?.Name);
        Require("Manufacturer.Address", Manufacturer?.Address);
        Require("Factory.Name", Factory?.Name);
        Require("Factory.Address", Factory?.Address);
        Require(nameof(Basis), Basis);
        Require(nameof(Mode), Mode);
        Require(nameof(CertificationUnit), CertificationUnit);
        Require(nameof(ProductName), ProductName);
        Require(nameof(Model), Model);
        Require(nameof(FunctionalUnit), FunctionalUnit);
        Require(nameof(FootprintUnit), FootprintUnit);
        Require(nameof(Issuer), Issuer);
        // A missing date must never print as 0001-01-01 on the certificate, its PDF or the registry.
        if (ReportingPeriodFrom == default)
        {
            problems.Add((nameof(ReportingPeriodFrom), "Required"));
        }
        if (ReportingPeriodTo == default)
        {
            problems.Add((nameof(ReportingPeriodTo), "Required"));
        }
        else if (ReportingPeriodTo < ReportingPeriodFrom)
        {
            problems.Add((nameof(ReportingPeriodTo), "BeforeStart"));
        }
        if (FootprintValue <= 0)
        {
            problems.Add((nameof(FootprintValue), "NotPositive"));
        }
        return problems;
    }
}

/// <summary>Everything printed on one version of a certificate: the particulars plus number and dates.</summary>
/// <param name="Number">证书编号.</param>
/// <param name="Particulars">What the decision supplied (possibly changed by an approved change request).</param>
/// <param name="IssuedOn">发证日期 of the certificate (unchanged by later versions).</param>
/// <param name="ValidUntil">有效期至 (unchanged by later versions).</param>
/// <param name="Version">Version number, 1 for the original.</param>
/// <param name="ChangedOn">换证日期 for versions after the first; null for the original.</param>
public sealed record CertificateContents(
    string Number,
    CertificateParticulars Particulars,
    DateOnly IssuedOn,
    DateOnly ValidUntil,
    int Version,
    DateOnly? ChangedOn);

/// <summary>What an approved change request changes on the certificate; null fields stay as they are.</summary>
/// <param name="Applicant">New applicant name and address.</param>
/// <param name="Manufacturer">New manufacturer name and address.</param>
/// <param name="Factory">New factory name and address.</param>
/// <param name="ProductName">New product name.</param>
/// <param name="Model">New model or specification.</param>
public sealed record CertificateAmendment(
    Party? Applicant = null,
    Party? Manufacturer = null,
    Party? Factory = null,
    string? ProductName = null,
    string? Model = null)
{
    /// <summary>Applies the amendment to particulars.</summary>
    /// <param name="current">The current particulars.</param>
    /// <returns>The amended particulars.</returns>
    public CertificateParticulars ApplyTo(CertificateParticulars current) => current with
    {
        Applicant = Applicant ?? current.Applicant,
        Manufacturer = Manufacturer ?? current.Manufacturer,
        Factory = Factory ?? current.Factory,
        ProductName = string.IsNullOrWhiteSpace(ProductName) ? current.ProductName : ProductName.Trim(),
        Model = string.IsNullOrWhiteSpace(Model) ? current.Model : Model.Trim(),
    };
}
