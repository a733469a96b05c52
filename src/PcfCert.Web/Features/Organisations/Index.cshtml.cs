using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Organisations;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Organisations;

[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(PcfCertDbContext db, CurrentUser me) : PageModel
{
    public IReadOnlyList<Organisation> Items { get; private set; } = [];

    public bool CanRegister => OrganisationAccess.CanRegister(me);

    public async Task OnGetAsync(CancellationToken ct) =>
        Items = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
}
