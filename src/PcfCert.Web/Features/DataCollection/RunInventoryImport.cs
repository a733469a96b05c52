using Microsoft.EntityFrameworkCore;
using PcfCert.Footprint.Inventory;
using PcfCert.Infrastructure.Audit;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>
/// Reads a queued workbook, validates every cell and, only when the whole workbook is valid, replaces the unit's
/// inventory with it in one transaction. The report keeps what was read, what each line was matched to and why, and
/// what was refused. Progress (rows read) is written to the report while reading, so any app instance can show it.
/// </summary>
public sealed class RunInventoryImport(PcfCertDbContext db, InventoryFactors factors, CheckInventory check, ImportInstance instance, IAuditUser user,
    TimeProvider time, ILogger<RunInventoryImport> log)
{
    private const int ProgressEvery = 5000;

    public async Task Handle(Guid importId, CancellationToken ct)
    {
        var report = await db.InventoryImports.SingleOrDefaultAsync(r => r.Id == importId && r.Status == ImportStatus.Running, ct);
        if (report is null)
        {
            return;
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var content = await db.Files.AsNoTracking().Where(f => f.Id == report.FileId).Select(f => f.Content).SingleAsync(ct);
        // Each row is validated as it is read and its cells dropped: memory holds the valid lines, not the workbook's cells.
        var reading = new InventoryReading();
        try
        {
            var lastWritten = 0;
            var progress = new SynchronousProgress(rows =>
            {
                if (rows - lastWritten >= ProgressEvery)
                {
                    lastWritten = rows;
                    db.InventoryImports.Where(r => r.Id == importId).ExecuteUpdate(u => u.SetProperty(r => r.RowsRead, rows));
                }
            });
            InventoryWorkbookReader.ReadInto(new MemoryStream(content), reading, progress);
        }
        catch (InventoryWorkbookException e)
        {
            // A renamed sheet or a moved header is the workbook's error (refused); the rest mean it could not be read at all.
            var status = e.Reason is "missing-sheet" or "layout" ? ImportStatus.Refused : ImportStatus.Failed;
            Finish(report, status, e.Reason + (e.Detail is null ? "" : ":" + e.Detail));
            await db.SaveChangesAsync(ct);
            return;
        }
        var readMs = clock.ElapsedMilliseconds;
        // One look-up in the library for the workbook's keys and those of the units that may supply its lines.
        var units = await db.Applications.AsNoTracking().Where(a => a.Id == report.ApplicationId).Select(a => a.Units).SingleAsync(ct);
        var suppliers = await check.SuppliersAsync(report.ApplicationId, report.UnitIndex, units.Count, ct);
        var resolve = await factors.ForAsync(report.OrganisationId, reading.FactorKeys, suppliers.Values.SelectMany(sup => sup.Lines), ct);
        var (inventory, issues) = reading.Finish(resolve);
        reading = null!; // an async method keeps its locals alive: let the pending checks and the file go before the save
        content = null!;
        var validMs = clock.ElapsedMilliseconds;
        report.RowsRead = report.TotalRows;
        if (inventory is null)
        {
            await WriteIssuesAsync(report, [.. issues], ct);
            Finish(report, ImportStatus.Refused, null);
            await db.SaveChangesAsync(ct);
            return;
        }

        // A re-import keeps the evidence of the lines it replaces; evidence that matches no new line waits for the applicant.
        var evidence = await CarryEvidence.PlanAsync(db, report.ApplicationId, report.UnitIndex, inventory.Lines, ct);
        if (evidence.Unmatched.Count > 0 && !report.EvidenceLossConfirmed)
        {
            report.Issues = [.. evidence.Unmatched];
            report.LinesImported = 0;
            Finish(report, ImportStatus.AwaitingConfirmation, null);
            await db.SaveChangesAsync(ct);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Still ours? An instance that stalled past its lease lost the import to another one, which saves it instead.
        if (await db.InventoryImports.Where(r => r.Id == importId && r.Status == ImportStatus.Running && r.LeaseOwner == instance.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.HeartbeatAt, time.GetUtcNow()), ct) == 0)
        {
            log.LogWarning("Inventory import {Import}: lease lost to another instance; not saved here", importId);
            return;
        }
        var record = await db.Inventories.SingleOrDefaultAsync(i => i.ApplicationId == report.ApplicationId && i.UnitIndex == report.UnitIndex, ct);
        if (record is null)
        {
            record = new InventoryRecord { Id = Guid.NewGuid(), ApplicationId = report.ApplicationId, OrganisationId = report.OrganisationId, UnitIndex = report.UnitIndex };
            db.Inventories.Add(record);
        }
        else
        {
            var deleted = await db.InventoryLines.Where(l => l.InventoryId == record.Id).ExecuteDeleteAsync(ct);
            db.AuditTrail.Add(BulkAudit.Entry(user, time.GetUtcNow(), nameof(InventoryLineRecord), record.Id.ToString(), "DeletedInBulk",
                new { count = deleted, inventoryId = record.Id, importId, uploadedBy = report.UploadedBy }, null));
        }
        record.Product = inventory.Product;
        record.Sheets = inventory.Sheets is { } sheets ? [.. sheets] : null;
        record.UpdatedAt = time.GetUtcNow();
        record.ConcurrencyStamp = Guid.NewGuid();
        report.LinesImported = inventory.Lines.Count;
        if (evidence.Unmatched.Count > 0)
        {
            await WriteIssuesAsync(report, [.. evidence.Unmatched], ct); // confirmed: the report keeps what lost its line
        }
        var matches = InventoryModelBuilder.Build(inventory, resolve, processes: suppliers.GetValueOrDefault).Matches;
        Finish(report, ImportStatus.Accepted, null);
        var builtMs = clock.ElapsedMilliseconds;
        await db.SaveChangesAsync(ct);
        // The report's matches are rows of their own, bulk-inserted like the lines (one JSON value of 50 000 was ~80 MB transient).
        await BulkInsert.InsertAsync(db, matches.Select(m => ImportMatchRecord.From(importId, m)), ct);
        db.AuditTrail.Add(BulkAudit.Entry(user, time.GetUtcNow(), nameof(ImportMatchRecord), importId.ToString(), "AddedInBulk",
            null, new { count = matches.Count, importId, uploadedBy = report.UploadedBy }));
        matches = null!;
        // The lines bypass the change tracker (COPY on PostgreSQL, one prepared INSERT on SQLite): 50 000 tracked entities
        // cost seconds and hundreds of megabytes.
        var position = 0;
        await BulkInsert.InsertAsync(db, inventory.Lines.Select(line =>
        {
            var row = InventoryLineRecord.From(record.Id, position, line);
            row.Evidence = evidence.ByNewIndex.GetValueOrDefault(position++) ?? [];
            return row;
        }), ct);
        db.AuditTrail.Add(BulkAudit.Entry(user, time.GetUtcNow(), nameof(InventoryLineRecord), record.Id.ToString(), "AddedInBulk",
            null, new { count = position, inventoryId = record.Id, importId, uploadedBy = report.UploadedBy }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        log.LogInformation("Inventory import {Import}: {Lines} lines from {Rows} rows; read {Read} ms, validated {Valid} ms, matched {Built} ms, saved {Saved} ms",
            importId, inventory.Lines.Count, report.TotalRows, readMs, validMs - readMs, builtMs - validMs, clock.ElapsedMilliseconds - builtMs);
    }

    // The issues are written once by an UPDATE, not through the change tracker: its JSON comparison and the audit's
    // before/after copies serialized them several times over (540 MiB at 50 000 lines).
    private async Task WriteIssuesAsync(InventoryImportRecord report, List<InventoryIssue> issues, CancellationToken ct)
    {
        var importId = report.Id;
        if (await db.InventoryImports.Where(r => r.Id == importId).ExecuteUpdateAsync(u => u.SetProperty(r => r.Issues, issues), ct) == 1)
        {
            db.AuditTrail.Add(BulkAudit.Entry(user, time.GetUtcNow(), nameof(InventoryImportRecord), importId.ToString(), "ModifiedInBulk", null,
                new { issues = issues.Count, uploadedBy = report.UploadedBy }));
        }
    }

    private void Finish(InventoryImportRecord report, ImportStatus status, string? failure)
    {
        report.Status = status;
        report.FailureReason = failure;
        report.FinishedAt = time.GetUtcNow();
    }

    // Progress<T> posts to the thread pool; the reader's callbacks must run in order on the reading thread.
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
