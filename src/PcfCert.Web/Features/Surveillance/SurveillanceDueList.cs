using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Surveillance;

/// <summary>The surveillance plan of a certificate and the managers' due list.</summary>
public sealed class SurveillanceDueList(PcfCertDbContext db, ICertificateRulesSource schemes, TimeProvider time)
{
    public sealed record DueItem(Guid CertificateId, string Number, string HolderName, int Sequence, DateOnly? EarliestOn, DateOnly DueBy, bool Overdue);

    public static async Task<IReadOnlyList<PlannedSurveillance>> PlanAsync(PcfCertDbContext db, Certificate certificate, CertificateRules rules, CancellationToken ct)
    {
        var done = await db.Surveillances.AsNoTracking()
            .Where(s => s.CertificateId == certificate.Id && !s.Unannounced && s.Status == SurveillanceStatus.Completed && s.CarriedOutOn != null)
            .Select(s => s.CarriedOutOn!.Value).ToListAsync(ct);
        return SurveillancePlan.For(certificate.IssuedOn, certificate.ValidUntil, certificate.InitialInspectionEndedOn, done, rules);
    }

    public async Task<IReadOnlyList<DueItem>> Handle(CancellationToken ct)
    {
        var today = CertificateDates.Today(time);
        var live = await db.Certificates.AsNoTracking()
            .Where(c => c.Status == CertificateStatus.Valid || c.Status == CertificateStatus.Suspended).ToListAsync(ct);
        var due = new List<DueItem>();
        foreach (var certificate in live)
        {
            var plan = await PlanAsync(db, certificate, schemes.Find(certificate.SchemeId)!, ct);
            if (today <= certificate.ValidUntil && SurveillancePlan.IsDue(plan, today) && SurveillancePlan.NextPending(plan) is { } next)
            {
                due.Add(new DueItem(certificate.Id, certificate.Number, certificate.HolderName, next.Sequence, next.EarliestOn, next.DueBy, next.IsOverdue(today)));
            }
        }
        return due.OrderBy(d => d.DueBy).ToList();
    }
}
