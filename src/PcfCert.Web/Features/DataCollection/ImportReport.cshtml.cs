using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>An import report as review evidence: what was read, what each line became and why, what was refused.</summary>
public sealed class ImportReportModel(PcfCertDbContext db, InventoryAccess access) : PageModel
{
    public const int Shown = 500;

    public InventoryImportRecord Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid importId, CancellationToken ct)
    {
        var report = await db.InventoryImports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == importId, ct);
        if (report is null || await access.FindAsync(report.ApplicationId, report.UnitIndex, ct) is null)
        {
            return NotFound();
        }
        Report = report;
        return Page();
    }
}
