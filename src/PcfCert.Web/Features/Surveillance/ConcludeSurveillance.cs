using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Workflow;
using PcfCert.Web.Features.Certificates;

namespace PcfCert.Web.Features.Surveillance;

/// <summary>
/// The team leader concludes the surveillance inspection with its report (CEC 6.3 "检查组负责直接向 CEC 报告监督检查结论",
/// PCEC 8.3). A pass needs the whole inspection (CEC 6.2, PCEC 8.1) and keeps the certificate valid; CEC 6.2 a) and b)
/// are computed against the certified value or the previous surveillance's. A failed surveillance suspends the
/// certificate with its notice (CEC 6.3 → 7.4, PCEC 8.4 → 10.4). Nonconformities stay open with their deadline.
/// </summary>
public sealed class ConcludeSurveillance(SurveillanceWork work, TimeProvider time)
{
    /// <param name="Conditions">The team's record of each on-site inspection condition of the scheme (PCEC 8.1 → 7.4.1 normal production).</param>
    public sealed record Input(bool Passed, DateOnly? CarriedOutOn, string? ReportNumber, string? PurposeBasisScope, string? ApplicantDetails,
        string? ConformityStatement, string? Conclusion, decimal? PreviousReductionTargetPercent, decimal? NextReductionTargetPercent,
        IReadOnlyList<ConditionInput>? Conditions = null);

    /// <param name="Key">The scheme's condition key, e.g. <c>normal-production</c>.</param>
    /// <param name="Met">Whether it held; null when unanswered.</param>
    /// <param name="Observation">What the team observed.</param>
    public sealed record ConditionInput(string? Key, bool? Met, string? Observation);

    /// <summary>The answered conditions of the scheme; an unanswered one is left out, and the domain names it.</summary>
    private static IReadOnlyList<InspectionCondition> ConditionsOf(Input input, Certification.Schemes.SchemeDefinition scheme) =>
        scheme.OnSiteInspectionConditions
            .Select(k => (input.Conditions ?? []).FirstOrDefault(x => x.Key == k.Key))
            .Where(x => x is { Met: not null } && !string.IsNullOrWhiteSpace(x.Observation))
            .Select(x => new InspectionCondition(x!.Key!, x.Met!.Value, x.Observation!.Trim()))
            .ToList();

    public Task<Outcome<Certification.Certificates.Surveillance>> Handle(Guid surveillanceId, Input input, CancellationToken ct) =>
        work.RunAsync(surveillanceId, SurveillanceParty.Leader, async c =>
        {
            var on = input.CarriedOutOn ?? c.Today;
            if (on > c.Today)
            {
                throw new CertificateDomainException(CertificateError.DateOutOfOrder, "carriedOutOn", "Carried out in the future.");
            }
            var plan = await SurveillanceDueList.PlanAsync(c.Db, c.Certificate, c.Rules, ct);
            var others = await c.Db.Surveillances.Where(s => s.CertificateId == c.Certificate.Id && s.Id != c.Surveillance.Id).ToListAsync(ct);
            var certified = c.Application?.VerifiedValue?.KgCO2e ?? (double)c.Certificate.Contents.Particulars.FootprintValue;
            var conclusion = new SurveillanceConclusion(on, input.ReportNumber ?? "",
                new InspectionConclusion(input.PurposeBasisScope ?? "", input.ApplicantDetails ?? "", input.ConformityStatement ?? "", input.Conclusion ?? "",
                    ConditionsOf(input, c.Scheme)),
                input.PreviousReductionTargetPercent / 100m, input.NextReductionTargetPercent / 100m);
            c.Surveillance.Conclude(input.Passed, conclusion, c.Scheme, c.Rules,
                c.Surveillance.Unannounced ? null : SurveillancePlan.NextPending(plan)?.EarliestOn, SurveillanceBaseline.From(certified, others));
            if (!input.Passed && c.Certificate.Status == CertificateStatus.Valid)
            {
                c.Certificate.Suspend($"surveillance {c.Surveillance.InspectionReference} failed", on, c.Today, time.GetUtcNow(), c.Rules);
                c.Db.CertificateNotices.Add(CertificateNotice.OfStatusChange(c.Certificate.Id, CertificateNoticeKind.Suspended, c.Today, time.GetUtcNow()));
            }
        }, ct);
}
