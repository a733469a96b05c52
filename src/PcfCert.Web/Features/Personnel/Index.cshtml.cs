using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Personnel;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Personnel;

[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(PcfCertDbContext db) : PageModel
{
    public IReadOnlyList<RegisteredPerson> People { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Organisations { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        People = await db.Personnel.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        Organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }
}
