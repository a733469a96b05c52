using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Surveillance;

/// <summary>
/// The holder submits what it corrected for a surveillance nonconformity, before the deadline (CEC 6.3: 2 months) and
/// at most as often as the scheme allows (PCEC 7.4.2: twice). Another organisation's surveillance is not found.
/// </summary>
public sealed class SubmitSurveillanceRectification(PcfCertDbContext db, ICertificateRulesSource schemes, TimeProvider time, CurrentUser me,
    IStringLocalizer<SharedResource> l)
{
    public sealed record Input(string? Evidence);

    public async Task<Outcome<Certification.Certificates.Surveillance>> Handle(Guid surveillanceId, Guid nonconformityId, Input input, CancellationToken ct)
    {
        var surveillance = await db.Surveillances.SingleOrDefaultAsync(s => s.Id == surveillanceId, ct);
        var certificate = surveillance is null ? null : await db.FindAsync(surveillance.CertificateId, ct);
        if (certificate is null || !CertificateAccess.IsHolder(me, certificate) || surveillance!.Nonconformities.All(n => n.Id != nonconformityId))
        {
            return Outcome<Certification.Certificates.Surveillance>.NotFound();
        }
        if (string.IsNullOrWhiteSpace(input.Evidence))
        {
            return CertificateOutcome.Required<Certification.Certificates.Surveillance>(l, nameof(Input.Evidence), "Surveillance.Evidence");
        }
        var rules = schemes.Find(certificate.SchemeId)!;
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            surveillance.SubmitRectification(nonconformityId, input.Evidence, time.GetUtcNow(), CertificateDates.Today(time), rules);
            return surveillance;
        }, ct);
    }
}
