using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Certificates;

public sealed class IndexModel(PcfCertDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public IReadOnlyList<Certificate> Items { get; private set; } = [];

    public bool CanIssue => CertificateAccess.CanManage(me);

    public DateOnly Today { get; } = CertificateDates.Today(time);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Certificates.AsNoTracking();
        if (me.IsApplicant)
        {
            query = query.Where(c => me.OrganisationId != null && c.HolderOrganisationId == me.OrganisationId);
        }
        Items = await query.OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Number).ToListAsync(ct);
    }
}
