using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>The body accepts (and applies) or declines a holder's request (manager).</summary>
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
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            if (accept)
            {
                request.Accept(certificate, today, time.GetUtcNow(), schemes.Find(certificate.SchemeId)!);
            }
            else
            {
                request.Decline(today);
            }
            return request;
        }, ct);
    }
}
