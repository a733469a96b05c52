using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>The body accepts (and applies, with the status-change notice) or declines a holder's request (manager).</summary>
public sealed class DecideHolderRequest(PcfCertDbContext db, ICertificateRulesSource schemes, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<HolderRequest>> Handle(Guid requestId, bool accept, CancellationToken ct)
    {
        var request = await db.CertificateHolderRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct);
        var certificate = request is null ? null : await db.FindAsync(request.CertificateId, ct);
        if (request is null || certificate is null)
        {
            return Outcome<HolderRequest>.NotFound();
        }
        var today = CertificateDates.Today(time);
        // A restoration rests on the latest re-inspection recorded after the request (PCEC 9.4), when there is one.
        var reinspection = accept && request.Kind == HolderRequestKind.Restoration
            ? await RestoreCertificate.FindReinspectionAsync(db, certificate, request.FiledOn, null, ct)
            : null;
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            if (accept)
            {
                request.Accept(certificate, today, time.GetUtcNow(), schemes.Find(certificate.SchemeId)!, reinspection);
                // The same notice (mail, registry notices) as a manager's own suspension, cancellation or restoration.
                var kind = request.Kind switch
                {
                    HolderRequestKind.Suspension => CertificateNoticeKind.Suspended,
                    HolderRequestKind.Cancellation => CertificateNoticeKind.Cancelled,
                    _ => CertificateNoticeKind.Restored,
                };
                db.CertificateNotices.Add(CertificateNotice.OfStatusChange(certificate.Id, kind, today, time.GetUtcNow()));
            }
            else
            {
                request.Decline(today);
            }
            return request;
        }, ct);
    }
}
