using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>Revokes (撤销) or cancels (注销) a certificate (manager).</summary>
public sealed class RevokeCertificate(PcfCertDbContext db, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public sealed record Input(string? Reason);

    public Task<Outcome<Certificate>> Handle(Guid id, Input input, CancellationToken ct) => Act(id, input, cancel: false, ct);

    public Task<Outcome<Certificate>> Cancel(Guid id, Input input, CancellationToken ct) => Act(id, input, cancel: true, ct);

    private async Task<Outcome<Certificate>> Act(Guid id, Input input, bool cancel, CancellationToken ct)
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
            _ = cancel ? certificate.Cancel(input.Reason, today, time.GetUtcNow()) : certificate.Revoke(input.Reason, today, time.GetUtcNow());
            db.CertificateNotices.Add(CertificateNotice.OfStatusChange(certificate.Id,
                cancel ? CertificateNoticeKind.Cancelled : CertificateNoticeKind.Revoked, today, time.GetUtcNow()));
            return certificate;
        }, ct);
    }
}
