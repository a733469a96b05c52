using PcfCert.Certification.Certificates;

namespace PcfCert.Web.Features.Certificates;

/// <summary>The manager's issuance form, flat for binding; converted to <see cref="IssueCertificateCommand"/>.</summary>
public sealed class IssueInput
{
    public string SchemeId { get; set; } = PcfCert.Certification.Schemes.SchemeIds.Cec;

    public Guid? HolderOrganisationId { get; set; }

    public string? ApplicantName { get; set; }

    public string? ApplicantAddress { get; set; }

    public string? ManufacturerName { get; set; }

    public string? ManufacturerAddress { get; set; }

    public string? FactoryName { get; set; }

    public string? FactoryAddress { get; set; }

    public string? Basis { get; set; }

    public string? Mode { get; set; }

    public string? CertificationUnit { get; set; }

    public string? ProductName { get; set; }

    public string? Model { get; set; }

    public string? FunctionalUnit { get; set; }

    public DateOnly? ReportingPeriodFrom { get; set; }

    public DateOnly? ReportingPeriodTo { get; set; }

    public SystemBoundary SystemBoundary { get; set; } = SystemBoundary.CradleToGate;

    public decimal? FootprintValue { get; set; }

    public string FootprintUnit { get; set; } = "kg CO2e";

    public string? Issuer { get; set; }

    public string? Remarks { get; set; }

    public string? ProjectReference { get; set; }

    public string? DecisionReference { get; set; }

    public DateOnly? InitialInspectionEndedOn { get; set; }

    public string? ReplacesNumber { get; set; }

    public IssueCertificateCommand ToCommand() => new(
        SchemeId,
        new CertificateParticulars(
            new Party(T(ApplicantName), T(ApplicantAddress)), new Party(T(ManufacturerName), T(ManufacturerAddress)),
            new Party(T(FactoryName), T(FactoryAddress)), T(Basis), T(Mode), T(CertificationUnit), T(ProductName), T(Model),
            T(FunctionalUnit), ReportingPeriodFrom ?? DateOnly.MinValue, ReportingPeriodTo ?? DateOnly.MinValue, SystemBoundary,
            FootprintValue ?? 0m, T(FootprintUnit), T(Issuer), string.IsNullOrWhiteSpace(Remarks) ? null : Remarks.Trim()),
        new IssueReferences(HolderOrganisationId, Blank(ProjectReference), Blank(DecisionReference), InitialInspectionEndedOn, Blank(ReplacesNumber)));

    private static string T(string? text) => text?.Trim() ?? string.Empty;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
