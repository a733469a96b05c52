using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>Suspends a certificate (manager). PCEC: within 5 days of confirming the facts; a later one is marked late.</summary>
public sealed class SuspendCertificate(PcfCertDbContext db, ICertificateRulesSource schemes, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public sealed record Input(string? Reason, DateOnly? FactsConfirmedOn);

    public async Task<Outcome<Certificate>> Handle(Guid id, Input input, CancellationToken ct)
    {
        var certificate = await db.FindAsync(id, ct);
        if (certificate is null)
        {
            return Outcome<Certificate>.NotFound();
        }
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            return CertificateOutcome.Required<Certificate>(l, nameof(Input.Reason), "Certificate.Reason");
        }
        var today = CertificateDates.Today(time);
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            certificate.Suspend(input.Reason, input.FactsConfirmedOn ?? today, today, time.GetUtcNow(), schemes.Find(certificate.SchemeId)!);
            db.CertificateNotices.Add(CertificateNotice.OfStatusChange(certificate.Id, CertificateNoticeKind.Suspended, today, time.GetUtcNow()));
            return certificate;
        }, ct);
    }
}
