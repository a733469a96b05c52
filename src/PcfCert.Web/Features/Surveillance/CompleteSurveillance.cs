using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Surveillance;

/// <summary>
/// Records a surveillance's verdict (manager). CEC 6.2 record required under CEC; a planned one may not precede the
/// plan's earliest day (PCEC 8.2); a failed surveillance suspends the certificate (CEC 6.3, PCEC 8.4 → 9.4).
/// </summary>
public sealed class CompleteSurveillance(PcfCertDbContext db, ICertificateRulesSource schemes, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Certification.Certificates.Surveillance>> Handle(Guid surveillanceId, SurveillanceResult result, CancellationToken ct)
    {
        var surveillance = await db.Surveillances.SingleOrDefaultAsync(s => s.Id == surveillanceId, ct);
        var certificate = surveillance is null ? null : await db.FindAsync(surveillance.CertificateId, ct);
        if (surveillance is null || certificate is null)
        {
            return Outcome<Certification.Certificates.Surveillance>.NotFound();
        }
        if (string.IsNullOrWhiteSpace(result.InspectionReference))
        {
            return CertificateOutcome.Required<Certification.Certificates.Surveillance>(l, nameof(result.InspectionReference), "Surveillance.InspectionReference");
        }
        var rules = schemes.Find(certificate.SchemeId)!;
        var plan = await SurveillanceDueList.PlanAsync(db, certificate, rules, ct);
        var today = CertificateDates.Today(time);
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            if (result.CarriedOutOn > today)
            {
                throw new CertificateDomainException(CertificateError.DateOutOfOrder, "Carried out in the future.");
            }
            surveillance.Complete(result with { Nonconformities = result.Nonconformities ?? [] }, rules, SurveillancePlan.NextPending(plan)?.EarliestOn);
            if (!result.Passed && certificate.Status == CertificateStatus.Valid)
            {
                certificate.Suspend($"surveillance {result.InspectionReference} failed", result.CarriedOutOn, today, time.GetUtcNow(), rules);
                db.CertificateNotices.Add(CertificateNotice.OfStatusChange(certificate.Id, CertificateNoticeKind.Suspended, today, time.GetUtcNow()));
            }
            return surveillance;
        }, ct);
    }
}
