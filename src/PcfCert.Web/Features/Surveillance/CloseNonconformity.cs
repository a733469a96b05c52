using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Surveillance;

/// <summary>Closes a surveillance nonconformity after verifying its rectification (manager).</summary>
public sealed class CloseNonconformity(PcfCertDbContext db, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Certification.Certificates.Surveillance>> Handle(Guid surveillanceId, Guid nonconformityId, CancellationToken ct)
    {
        var surveillance = await db.Surveillances.SingleOrDefaultAsync(s => s.Id == surveillanceId, ct);
        if (surveillance is null || surveillance.Nonconformities.All(n => n.Id != nonconformityId))
        {
            return Outcome<Certification.Certificates.Surveillance>.NotFound();
        }
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            surveillance.CloseNonconformity(nonconformityId, CertificateDates.Today(time));
            return surveillance;
        }, ct);
    }
}
