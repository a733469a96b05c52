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

    /// <summary>The first <see cref="Shown"/> matches of the report, in line order.</summary>
    public IReadOnlyList<Footprint.Inventory.LineMatch> Matches { get; private set; } = [];

    public int MatchCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid importId, CancellationToken ct)
    {
        var report = await db.InventoryImports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == importId, ct);
        if (report is null || await access.FindAsync(report.ApplicationId, report.UnitIndex, ct) is null)
        {
            return NotFound();
        }
        Report = report;
        var rows = db.Set<ImportMatchRecord>().AsNoTracking().Where(m => m.ImportId == importId);
        MatchCount = await rows.CountAsync(ct);
        // Imports made before the matches were rows keep them in the report's JSON column.
        Matches = MatchCount > 0
            ? (await rows.OrderBy(m => m.Index).Take(Shown).ToListAsync(ct)).Select(m => m.ToMatch()).ToList()
            : [.. report.Matches.Take(Shown)];
        MatchCount = MatchCount > 0 ? MatchCount : report.Matches.Count;
        return Page();
    }
}
