using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PcfCert.Infrastructure.Audit;

/// <summary>Writes an <see cref="AuditEntry"/> for every added, modified or deleted record in the same transaction.</summary>
public sealed class AuditInterceptor(IAuditUser user, TimeProvider clock) : SaveChangesInterceptor
{
    // Secrets and bulk bytes are never copied into the trail.
    private static readonly HashSet<string> Hidden = ["PasswordHash", "SecurityStamp", "Content", "Xml", "SecretHash", "TokenHash", "PrivateKeyPem"];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    /// <summary>More added rows of one type than this in one save are audited as one entry.</summary>
    public const int BulkThreshold = 200;

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (entries.Any(e => e.Entity is AuditEntry && e.State != EntityState.Added))
        {
            throw new InvalidOperationException("The audit trail is append-only: entries cannot be changed or deleted.");
        }
        // A bulk insert (an inventory import of thousands of lines) is one audit entry naming the count; the rows
        // themselves are in their table and the import report, and an entry per row would only copy them.
        var bulk = entries.Where(e => e.State == EntityState.Added && e.Entity is not AuditEntry and not Identity.SignInFailure)
            .GroupBy(e => e.Metadata.ClrType).Where(g => g.Count() > BulkThreshold).ToList();
        foreach (var group in bulk)
        {
            context.Add(new AuditEntry
            {
                At = now, UserId = user.UserId, UserName = user.UserName, Entity = group.Key.Name, EntityId = string.Empty,
                Action = "AddedInBulk", Before = null, After = JsonSerializer.Serialize(new { count = group.Count() }, Persistence.JsonColumn.Options),
            });
        }
        var inBulk = bulk.SelectMany(g => g).ToHashSet();
        foreach (var entry in entries.Where(e => e.Entity is not AuditEntry and not DataProtectionKey and not Pact.PactCertificateMark and not Identity.SignInFailure && !inBulk.Contains(e)))
        {
            var changed = entry.Properties
                .Where(p => !Hidden.Contains(p.Metadata.Name) && (entry.State != EntityState.Modified || p.IsModified))
                .ToList();
            if (entry.State == EntityState.Modified && changed.Count == 0)
            {
                continue;
            }
            context.Add(new AuditEntry
            {
                At = now,
                UserId = user.UserId,
                UserName = user.UserName,
                Entity = entry.Metadata.ClrType.Name,
                EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue)),
                Action = entry.State.ToString(),
                Before = entry.State == EntityState.Added ? null : Json(changed, p => p.OriginalValue),
                After = entry.State == EntityState.Deleted ? null : Json(changed, p => p.CurrentValue),
            });
        }
    }

    private static string Json(IEnumerable<PropertyEntry> properties, Func<PropertyEntry, object?> value)
    {
        var map = properties.ToDictionary(p => p.Metadata.Name, p =>
        {
            var v = value(p);
            var converter = p.Metadata.GetValueConverter();
            return converter is null || v is null ? v : converter.ConvertToProvider(v);
        });
        return JsonSerializer.Serialize(map, Persistence.JsonColumn.Options);
    }
}
