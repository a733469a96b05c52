using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Surveillance;

/// <summary>
/// Opens a planned or (on one of the scheme's triggers) an unannounced surveillance (manager). At most one planned
/// surveillance of a certificate is open at a time (also under a race: a unique index, answered like the rule).
/// </summary>
public sealed class OpenSurveillance(PcfCertDbContext db, TimeProvider time, IStringLocalizer<SharedResource> l, Notifications.PublishCertificateNotice notify)
{
    public sealed record Input(bool Unannounced, UnannouncedTrigger? Trigger);

    public async Task<Outcome<Certification.Certificates.Surveillance>> Handle(Guid certificateId, Input input, CancellationToken ct)
    {
        var certificate = await db.FindAsync(certificateId, ct);
        if (certificate is null)
        {
            return Outcome<Certification.Certificates.Surveillance>.NotFound();
        }
        if (input.Unannounced && input.Trigger is null)
        {
            return CertificateOutcome.Required<Certification.Certificates.Surveillance>(l, nameof(Input.Trigger), "Surveillance.Trigger");
        }
        var today = CertificateDates.Today(time);
        var existing = await db.Surveillances.Where(s => s.CertificateId == certificateId).ToListAsync(ct);
        if (!input.Unannounced)
        {
            await notify.Handle(certificate, Notifications.PublishCertificateNotice.SurveillancePlanned, $"opened:{today:yyyy-MM-dd}:{Guid.NewGuid():N}", ct);
        }
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            var surveillance = input.Unannounced
                ? Certification.Certificates.Surveillance.OpenUnannounced(Guid.NewGuid(), certificate, input.Trigger!.Value, today)
                : Certification.Certificates.Surveillance.OpenPlanned(Guid.NewGuid(), certificate, today, existing);
            db.Surveillances.Add(surveillance);
            return surveillance;
        }, ct, onUniqueViolation: CertificateError.PlannedSurveillanceOpen);
    }
}
