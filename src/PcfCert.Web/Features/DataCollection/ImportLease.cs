using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Audit;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>How imports are leased; bound from <c>Imports</c>. The defaults take over a dead instance's import within a minute.</summary>
public sealed class ImportLeaseOptions
{
    public const string Section = "Imports";

    /// <summary>A running import whose heartbeat is older than this belongs to an instance that died.</summary>
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>How often the running instance writes its heartbeat (well under the lease).</summary>
    public int HeartbeatSeconds { get; set; } = 5;

    /// <summary>How often every instance looks for imports to take over.</summary>
    public int ScanSeconds { get; set; } = 10;

    /// <summary>After this many starts an import is failed as interrupted instead of started again (a workbook that kills its instance).</summary>
    public int MaxAttempts { get; set; } = 3;
}

/// <summary>This app instance's name in <see cref="InventoryImportRecord.LeaseOwner"/>.</summary>
public sealed class ImportInstance
{
    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}

/// <summary>
/// The lease of one import, taken and renewed by conditional updates so that two instances never run the same import:
/// compare-and-set on the values read (SQLite cannot compare times in SQL, and equality is enough).
/// </summary>
public sealed class ImportLease(PcfCertDbContext db, ImportInstance instance, ImportLeaseOptions options, IAuditUser user, TimeProvider time)
{
    public enum Claim { Taken, NotFree, Exhausted }

    /// <summary>Takes the import when it is queued (never started) or its holder's heartbeat is older than the lease.</summary>
    /// <param name="onlyIfStale">For a take-over: a queued import counts as abandoned only when it was queued longer ago than the lease.</param>
    public async Task<Claim> TryTakeAsync(Guid importId, bool onlyIfStale, CancellationToken ct)
    {
        var seen = await db.InventoryImports.AsNoTracking().Where(r => r.Id == importId && r.Status == ImportStatus.Running)
            .Select(r => new { r.LeaseOwner, r.HeartbeatAt, r.StartedAt, r.Attempts }).SingleOrDefaultAsync(ct);
        var now = time.GetUtcNow();
        var staleBefore = now.AddSeconds(-options.LeaseSeconds);
        if (seen is null || (seen.LeaseOwner is not null && seen.HeartbeatAt >= staleBefore) || (onlyIfStale && seen.LeaseOwner is null && seen.StartedAt >= staleBefore))
        {
            return Claim.NotFree;
        }
        var query = db.InventoryImports.Where(r => r.Id == importId && r.Status == ImportStatus.Running && r.Attempts == seen.Attempts
            && r.LeaseOwner == seen.LeaseOwner && r.HeartbeatAt == seen.HeartbeatAt);
        if (seen.Attempts >= options.MaxAttempts)
        {
            await AuditedAsync(() => query.ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ImportStatus.Failed).SetProperty(r => r.FailureReason, "interrupted")
                    .SetProperty(r => r.FinishedAt, now).SetProperty(r => r.LeaseOwner, instance.Id), ct),
                importId, "Failed", new { status = "Running", seen.LeaseOwner, seen.Attempts }, new { status = "Failed", failureReason = "interrupted" }, ct);
            return Claim.Exhausted;
        }
        // The first start is the upload's own; a take-over is worth an entry.
        var taken = await AuditedAsync(() => query.ExecuteUpdateAsync(u => u.SetProperty(r => r.LeaseOwner, instance.Id).SetProperty(r => r.HeartbeatAt, now)
                .SetProperty(r => r.Attempts, seen.Attempts + 1), ct),
            importId, seen.LeaseOwner is null ? null : "TakenOver", new { seen.LeaseOwner, seen.HeartbeatAt, seen.Attempts }, new { leaseOwner = instance.Id, attempts = seen.Attempts + 1 }, ct) == 1;
        return taken ? Claim.Taken : Claim.NotFree;
    }

    /// <summary>Renews the heartbeat; false when another instance has taken the import over (or it finished).</summary>
    public async Task<bool> RenewAsync(Guid importId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return await db.InventoryImports.Where(r => r.Id == importId && r.Status == ImportStatus.Running && r.LeaseOwner == instance.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.HeartbeatAt, now), ct) == 1;
    }

    /// <summary>Fails a running import this instance holds (an unexpected error), with its audit entry.</summary>
    public async Task FailAsync(Guid importId, string reason, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await AuditedAsync(() => db.InventoryImports.Where(r => r.Id == importId && r.Status == ImportStatus.Running && r.LeaseOwner == instance.Id).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Status, ImportStatus.Failed).SetProperty(r => r.FailureReason, reason).SetProperty(r => r.FinishedAt, now), ct),
            importId, "Failed", new { status = "Running" }, new { status = "Failed", failureReason = reason }, ct);
    }

    /// <summary>The running imports another instance may have abandoned: queued or beating longer ago than the lease.</summary>
    public async Task<IReadOnlyList<Guid>> AbandonedAsync(CancellationToken ct)
    {
        var staleBefore = time.GetUtcNow().AddSeconds(-options.LeaseSeconds);
        return (await db.InventoryImports.AsNoTracking().Where(r => r.Status == ImportStatus.Running)
                .Select(r => new { r.Id, r.LeaseOwner, r.HeartbeatAt, r.StartedAt }).ToListAsync(ct))
            .Where(r => r.LeaseOwner is null ? r.StartedAt < staleBefore : r.HeartbeatAt is null || r.HeartbeatAt < staleBefore)
            .Select(r => r.Id).ToList();
    }

    private Task<int> AuditedAsync(Func<Task<int>> change, Guid importId, string? action, object before, object after, CancellationToken ct) =>
        action is null ? change()
        : BulkAudit.ChangeAsync(db, user, time, change, nameof(InventoryImportRecord), importId.ToString(), action, _ => before, _ => after, ct);
}
