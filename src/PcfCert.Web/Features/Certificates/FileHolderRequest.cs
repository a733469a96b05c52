using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>
/// The holder asks the body to suspend or cancel its certificate, or to restore it within the suspension period (CEC 7.4,
/// PCEC 9.4); what may be asked is <see cref="HolderRequest.Allowed"/>, the same rule the certificate page shows.
/// </summary>
public sealed class FileHolderRequest(PcfCertDbContext db, ICertificateRulesSource schemes, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public sealed record Input(HolderRequestKind Kind, string? Reason);

    public async Task<Outcome<HolderRequest>> Handle(Certificate certificate, Input input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            return CertificateOutcome.Required<HolderRequest>(l, nameof(Input.Reason), "Certificate.Reason");
        }
        var filed = await db.CertificateHolderRequests.AsNoTracking().Where(r => r.CertificateId == certificate.Id).ToListAsync(ct);
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            var request = HolderRequest.File(Guid.NewGuid(), certificate, input.Kind, input.Reason, CertificateDates.Today(time),
                schemes.Find(certificate.SchemeId)!, filed);
            db.CertificateHolderRequests.Add(request);
            return request;
        }, ct);
    }
}
