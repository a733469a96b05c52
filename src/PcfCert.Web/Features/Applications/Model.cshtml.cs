using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Files;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Applications;

public sealed class ModelModel(PcfCertDbContext db, CurrentUser me) : PageModel
{
    public FootprintModelRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, int version, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        var record = application is null || !ApplicationAccess.NeedsToKnow(me, application)
            ? null
            : await db.FootprintModels.AsNoTracking().SingleOrDefaultAsync(m => m.ApplicationId == id && m.Version == version, ct);
        if (record is null)
        {
            return NotFound();
        }
        Record = record;
        return Page();
    }
}
