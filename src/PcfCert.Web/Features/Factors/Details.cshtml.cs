using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Factors;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Factors;

/// <summary>One factor with its full provenance and every version.</summary>
public sealed class DetailsModel(PcfCertDbContext db, CurrentUser me) : PageModel
{
    public EmissionFactorEntry Entry { get; private set; } = null!;

    public IReadOnlyList<EmissionFactorVersion> Versions { get; private set; } = [];

    public EmissionFactorVersion Current => Versions.First(v => v.Version == Entry.CurrentVersion);

    public bool CanMaintain => FactorAccess.CanMaintain(me);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var entry = await db.EmissionFactors.AsNoTracking().SingleOrDefaultAsync(e => e.Code == code, ct);
        if (entry is null)
        {
            return NotFound();
        }
        Entry = entry;
        Versions = (await db.EmissionFactorVersions.AsNoTracking().Where(v => v.FactorId == entry.Id).ToListAsync(ct))
            .OrderByDescending(v => v.Version).ToList();
        return Page();
    }
}
