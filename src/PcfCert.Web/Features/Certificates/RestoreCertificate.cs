using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>Restores a suspended certificate after a recorded, passed re-inspection (manager).</summary>
public sealed class RestoreCertificate(PcfCertDbContext db, ICertificateRulesSource schemes, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public sealed record Input(DateOnly? ReinspectionHeldOn, string? ReinspectionReference, bool ReinspectionPassed);

    public async Task<Outcome<Certificate>> Handle(Guid id, Input input, CancellationToken ct)
    {
        var certificate = await db.FindAsync(id, ct);
        if (certificate is null)
        {
            return Outcome<Certificate>.NotFound();
        }
        if (input.ReinspectionHeldOn is null)
        {
            return CertificateOutcome.Required<Certificate>(l, nameof(Input.ReinspectionHeldOn), "Certificate.ReinspectionHeldOn");
        }
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            certificate.Restore(new Reinspection(input.ReinspectionHeldOn.Value, input.ReinspectionPassed, input.ReinspectionReference ?? string.Empty),
                CertificateDates.Today(time), time.GetUtcNow(), schemes.Find(certificate.SchemeId)!);
            db.CertificateNotices.Add(CertificateNotice.OfStatusChange(certificate.Id, CertificateNoticeKind.Restored, CertificateDates.Today(time), time.GetUtcNow()));
            return certificate;
        }, ct);
    }
}
