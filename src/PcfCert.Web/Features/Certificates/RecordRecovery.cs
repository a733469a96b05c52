using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>
/// Records whether a revoked or cancelled certificate was recovered (收回) or cannot be (manager); the registry notices
/// publish the ones not recovered (PCEC 9.4 "对撤销或者注销的认证证书予以收回；无法收回的，予以公布").
/// </summary>
public sealed class RecordRecovery(PcfCertDbContext db, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public sealed record Input(bool? Recovered, DateOnly? On = null);

    public async Task<Outcome<Certificate>> Handle(Guid id, Input input, CancellationToken ct)
    {
        var certificate = await db.FindAsync(id, ct);
        if (certificate is null)
        {
            return Outcome<Certificate>.NotFound();
        }
        if (input.Recovered is null)
        {
            return CertificateOutcome.Required<Certificate>(l, nameof(Input.Recovered), "Recovery.Recovered");
        }
        var today = CertificateDates.Today(time);
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            certificate.RecordRecovery(input.Recovered.Value, input.On ?? today, today);
            return certificate;
        }, ct);
    }
}
