using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>
/// The applicant confirms an import that would leave evidence files without a line (<see cref="ImportStatus.AwaitingConfirmation"/>):
/// the import runs again and replaces the inventory; the matched evidence is carried, the rest is listed in the report.
/// Only the latest import of the unit can be confirmed, and only once.
/// </summary>
public sealed class ConfirmInventoryImport(PcfCertDbContext db, InventoryImportQueue queue, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<InventoryImportRecord>> Handle(InventoryAccess.Target target, Guid importId, CancellationToken ct)
    {
        if (!target.CanEdit)
        {
            return Outcome<InventoryImportRecord>.Forbidden(l["Inventory.ApplicantOnly"]);
        }
        var report = await db.InventoryImports.SingleOrDefaultAsync(r => r.Id == importId && r.ApplicationId == target.Application.Id && r.UnitIndex == target.UnitIndex, ct);
        if (report is null)
        {
            return Outcome<InventoryImportRecord>.NotFound();
        }
        // Ordered in memory: SQLite cannot order by a DateTimeOffset.
        var latest = (await db.InventoryImports.AsNoTracking().Where(r => r.ApplicationId == target.Application.Id && r.UnitIndex == target.UnitIndex)
            .Select(r => new { r.Id, r.StartedAt }).ToListAsync(ct)).MaxBy(r => r.StartedAt)!.Id;
        if (report.Status != ImportStatus.AwaitingConfirmation || latest != report.Id)
        {
            return Outcome<InventoryImportRecord>.Conflict(l["Inventory.NothingToConfirm"]);
        }
        report.Status = ImportStatus.Running;
        report.EvidenceLossConfirmed = true;
        // The first run released nothing when it stopped to ask; without this the queued run finds its own lease still fresh.
        report.LeaseOwner = null;
        report.HeartbeatAt = null;
        report.FinishedAt = null;
        report.RowsRead = 0;
        report.Issues = [];
        await db.SaveChangesAsync(ct);
        await queue.EnqueueAsync(report.Id, ct);
        return Outcome<InventoryImportRecord>.Ok(report);
    }
}
