using Microsoft.EntityFrameworkCore;
using PcfCert.Footprint.Inventory;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>
/// Reads a queued workbook, validates every cell and, only when the whole workbook is valid, replaces the unit's
/// inventory with it in one transaction. The report keeps what was read, what each line was matched to and why, and
/// what was refused. Progress (rows read) is written to the report while reading, so any app instance can show it.
/// </summary>
public sealed class RunInventoryImport(PcfCertDbContext db, InventoryFactors factors, CheckInventory check, TimeProvider time, ILogger<RunInventoryImport> log)
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
        RawInventory raw;
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
            raw = InventoryWorkbookReader.Read(new MemoryStream(content), progress);
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
        var resolve = await factors.ForAsync(report.OrganisationId, raw, suppliers.Values.SelectMany(sup => sup.Lines), ct);
        var (inventory, issues) = InventoryParser.Parse(raw, resolve);
        raw = null!; // an async method keeps its locals alive: let the cells of 50 000 rows go before the save
        content = null!;
        var validMs = clock.ElapsedMilliseconds;
        report.RowsRead = report.TotalRows;
        if (inventory is null)
        {
            report.Issues = [.. issues];
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
        var record = await db.Inventories.SingleOrDefaultAsync(i => i.ApplicationId == report.ApplicationId && i.UnitIndex == report.UnitIndex, ct);
        if (record is null)
        {
            record = new InventoryRecord { Id = Guid.NewGuid(), ApplicationId = report.ApplicationId, OrganisationId = report.OrganisationId, UnitIndex = report.UnitIndex };
            db.Inventories.Add(record);
        }
        else
        {
            await db.InventoryLines.Where(l => l.InventoryId == record.Id).ExecuteDeleteAsync(ct);
        }
        record.Product = inventory.Product;
        record.UpdatedAt = time.GetUtcNow();
        record.ConcurrencyStamp = Guid.NewGuid();
        report.LinesImported = inventory.Lines.Count;
        report.Matches = [.. InventoryModelBuilder.Build(inventory, resolve, processes: suppliers.GetValueOrDefault).Matches];
        report.Issues = [.. evidence.Unmatched]; // confirmed: the report keeps what lost its line
        Finish(report, ImportStatus.Accepted, null);
        var builtMs = clock.ElapsedMilliseconds;
        await db.SaveChangesAsync(ct);
        // The lines bypass the change tracker (COPY on PostgreSQL, one prepared INSERT on SQLite): 50 000 tracked entities
        // cost seconds and hundreds of megabytes.
        var position = 0;
        await BulkInsert.InsertAsync(db, inventory.Lines.Select(line =>
        {
            var row = InventoryLineRecord.From(record.Id, position, line);
            row.Evidence = evidence.ByNewIndex.GetValueOrDefault(position++) ?? [];
            return row;
        }), ct);
        await transaction.CommitAsync(ct);
        log.LogInformation("Inventory import {Import}: {Lines} lines from {Rows} rows; read {Read} ms, validated {Valid} ms, matched {Built} ms, saved {Saved} ms",
            importId, inventory.Lines.Count, report.TotalRows, readMs, validMs - readMs, builtMs - validMs, clock.ElapsedMilliseconds - builtMs);
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

/// <summary>Runs queued imports one after the other; at start-up, imports an earlier run left unfinished are failed as interrupted.</summary>
public sealed class InventoryImportWorker(InventoryImportQueue queue, IServiceScopeFactory scopes, TimeProvider time, ILogger<InventoryImportWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await FailInterruptedAsync(stoppingToken);
        await foreach (var id in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<RunInventoryImport>().Handle(id, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Inventory import {Import} failed", id);
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
                var now = time.GetUtcNow();
                await db.InventoryImports.Where(r => r.Id == id && r.Status == ImportStatus.Running).ExecuteUpdateAsync(u => u
                    .SetProperty(r => r.Status, ImportStatus.Failed).SetProperty(r => r.FailureReason, "error").SetProperty(r => r.FinishedAt, now), stoppingToken);
            }
        }
    }

    private async Task FailInterruptedAsync(CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
            // An import runs in seconds; one still running after ten minutes belongs to a process that stopped.
            var cutoff = time.GetUtcNow().AddMinutes(-10);
            var stale = (await db.InventoryImports.Where(r => r.Status == ImportStatus.Running).Select(r => new { r.Id, r.StartedAt }).ToListAsync(ct))
                .Where(r => r.StartedAt < cutoff).Select(r => r.Id).ToList();
            var now = time.GetUtcNow();
            await db.InventoryImports.Where(r => stale.Contains(r.Id)).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Status, ImportStatus.Failed).SetProperty(r => r.FailureReason, "interrupted").SetProperty(r => r.FinishedAt, now), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not check for interrupted inventory imports");
        }
    }
}
