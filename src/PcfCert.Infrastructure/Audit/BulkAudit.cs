using System.Text.Json;

namespace PcfCert.Infrastructure.Audit;

/// <summary>
/// The audit entry of a change made without the change tracker (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>, bulk
/// insert), which <see cref="AuditInterceptor"/> cannot see. The caller adds it to the context and saves it, in the same
/// transaction as the change where there is one.
/// </summary>
public static class BulkAudit
{
    /// <param name="user">Who made the change (the system for background work).</param>
    /// <param name="at">When.</param>
    /// <param name="entity">Entity type changed, e.g. InventoryLineRecord.</param>
    /// <param name="entityId">The record, or the parent whose rows changed.</param>
    /// <param name="action">e.g. DeletedInBulk, Claimed, Released, Failed.</param>
    /// <param name="before">What the rows held before (null when nothing is known or they were added).</param>
    /// <param name="after">What they hold after (null when deleted).</param>
    public static AuditEntry Entry(IAuditUser user, DateTimeOffset at, string entity, string entityId, string action, object? before, object? after) => new()
    {
        At = at.ToUniversalTime(), UserId = user.UserId, UserName = user.UserName, Entity = entity, EntityId = entityId, Action = action,
        Before = before is null ? null : JsonSerializer.Serialize(before, Persistence.JsonColumn.Options),
        After = after is null ? null : JsonSerializer.Serialize(after, Persistence.JsonColumn.Options),
    };

    /// <summary>
    /// Runs a change made without the change tracker and, when it changed rows, saves its audit entry in the same
    /// transaction (the caller's, or one opened here), so that the change is never visible without its entry.
    /// </summary>
    /// <returns>The rows changed.</returns>
    public static async Task<int> ChangeAsync(Persistence.PcfCertDbContext db, IAuditUser user, TimeProvider time, Func<Task<int>> change,
        string entity, string entityId, string action, Func<int, object?> before, Func<int, object?> after, CancellationToken ct)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var count = await change();
        if (count > 0)
        {
            db.AuditTrail.Add(Entry(user, time.GetUtcNow(), entity, entityId, action, before(count), after(count)));
            await db.SaveChangesAsync(ct);
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
        return count;
    }
}
