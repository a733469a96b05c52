using PcfCert.Certification.Certificates;
using PcfCert.Certification.Rules;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

/// <summary>What the manager supplies when issuing the certificate of one unit; everything else comes from the application.</summary>
/// <param name="UnitIndex">The certification unit (0-based).</param>
/// <param name="IssuedOn">发证日期.</param>
/// <param name="TimeBoundaryFrom">时间边界, first day: the period of the verified data.</param>
/// <param name="TimeBoundaryTo">时间边界, last day.</param>
/// <param name="SystemBoundary">系统边界 of the verified model.</param>
/// <param name="Remarks">其他需要说明的内容 (PCEC 9.1 i).</param>
/// <param name="ReplacesNumber">For a re-certification: the certificate it replaces.</param>
/// <param name="IdempotencyKey">The client's key for the request.</param>
public sealed record CertificateRequest(
    int UnitIndex, DateOnly IssuedOn, DateOnly? TimeBoundaryFrom, DateOnly? TimeBoundaryTo, SystemBoundary SystemBoundary,
    string? Remarks = null, string? ReplacesNumber = null, string? IdempotencyKey = null);

public sealed partial class CertificationApplication
{
    /// <summary>
    /// The particulars of the certificate of one unit, from this application and its verified value (CEC 7.1 a–g,
    /// PCEC 9.1 a–i): a certificate follows only from an approved decision, never before it. Every problem is
    /// reported at once, each with the path of the field it concerns.
    /// </summary>
    /// <param name="scheme">The application's scheme.</param>
    /// <param name="request">What the manager supplies.</param>
    /// <param name="today">Today in China; the issue date may not be later.</param>
    /// <returns>The particulars and the links of the certificate.</returns>
    /// <exception cref="CertificateDomainException">No approved decision, an unknown unit, a date out of order or a missing particular.</exception>
    public (CertificateParticulars Particulars, IssueReferences References) CertificateFor(SchemeDefinition scheme, CertificateRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var particulars = DraftCertificate(scheme, request);
        var decision = Decision!;
        var problems = particulars.Problems()
            .Select(p => new DomainProblem(nameof(CertificateError.IncompleteParticulars), Path(p.Field), [p.Reason]))
            .ToList();
        if (request.IssuedOn < decision.On)
        {
            problems.Add(new DomainProblem(nameof(CertificateError.IssuedBeforeDecision), "issuedOn", [decision.On]));
        }
        if (request.IssuedOn > today)
        {
            problems.Add(new DomainProblem(nameof(CertificateError.IssuedInFuture), "issuedOn"));
        }
        if (problems.Count > 0)
        {
            throw new CertificateDomainException(problems);
        }
        var inspectionEnded = Transitions.LastOrDefault(t => t.Trigger == WorkflowTrigger.PassInspection) is { } passed ? ChinaDate(passed.At) : Plan?.To;
        var references = new IssueReferences(OrganisationId, Number, $"{Number} {decision.On:yyyy-MM-dd}", inspectionEnded,
            string.IsNullOrWhiteSpace(request.ReplacesNumber) ? null : request.ReplacesNumber.Trim(), Id, request.UnitIndex,
            string.IsNullOrWhiteSpace(request.IdempotencyKey) ? null : request.IdempotencyKey.Trim());
        return (particulars, references);
    }

    /// <summary>The particulars as they will be printed, before the checks of <see cref="CertificateFor"/>: for a page to show.</summary>
    /// <param name="scheme">The application's scheme.</param>
    /// <param name="request">What the manager supplies.</param>
    /// <returns>The particulars (possibly with missing dates).</returns>
    /// <exception cref="CertificateDomainException">No approved decision, an unknown unit or no verified value.</exception>
    public CertificateParticulars DraftCertificate(SchemeDefinition scheme, CertificateRequest request)
    {
        CheckScheme(scheme);
        ArgumentNullException.ThrowIfNull(request);
        if (Status != ApplicationStatus.Approved || Decision is not { Approved: true })
        {
            throw new CertificateDomainException(CertificateError.DecisionRequired, "applicationId", $"Application {Number} has no approved decision.");
        }
        if (request.UnitIndex < 0 || request.UnitIndex >= Units.Count)
        {
            throw new CertificateDomainException(CertificateError.UnknownUnit, "unitIndex", $"Application {Number} has no unit {request.UnitIndex}.");
        }
        if (VerifiedValue is not { } verified)
        {
            throw new CertificateDomainException(CertificateError.VerificationRequired, "applicationId", $"Application {Number} has no verified value.");
        }
        var unit = Units[request.UnitIndex];
        var product = scheme.Products.FirstOrDefault(p => p.Key == unit.ProductKey);
        return new CertificateParticulars(
            new Party(Applicant.Name, Applicant.Address), new Party(Manufacturer.Name, Manufacturer.Address),
            new Party(Factory.Name, unit.ProductionSite), Basis(scheme, product), scheme.CertificationMode.Name.Zh,
            $"{unit.ProductName} {unit.Model}", unit.ProductName, unit.Model, unit.FunctionalUnit ?? verified.DeclaredUnit,
            request.TimeBoundaryFrom ?? default, request.TimeBoundaryTo ?? default, request.SystemBoundary,
            // The certificate states the verified value in the scheme's unit (CEC 5.4.3.1: tCO2e); the kg value stays with the verification.
            FootprintResultUnit.Of(scheme).FromKg(verified.KgCO2e), FootprintResultUnit.Of(scheme).Per(verified.DeclaredUnit), scheme.Issuer.Name.Zh,
            string.IsNullOrWhiteSpace(request.Remarks) ? null : request.Remarks.Trim());
    }

    // PCEC 9.1 b and annexes 3–7: the implementation rule, the scheme's standards and the product's own standard.
    private static string Basis(SchemeDefinition scheme, Product? product)
    {
        var codes = new List<string> { $"{scheme.Code}《{scheme.Title.Zh}》" };
        codes.AddRange(scheme.BasisStandards.Select(b => b.Code));
        if (product is not null)
        {
            codes.Add(product.Standard.Code);
        }
        return string.Join("；", codes.Distinct(StringComparer.Ordinal));
    }

    private static string Path(string particularsField) => particularsField switch
    {
        "ReportingPeriodFrom" => "timeBoundaryFrom",
        "ReportingPeriodTo" => "timeBoundaryTo",
        _ => "particulars." + string.Join('.', particularsField.Split('.').Select(s => char.ToLowerInvariant(s[0]) + s[1..])),
    };
}
