namespace PcfCert.Infrastructure.Audit;

/// <summary>
/// One change to one record: who, when, what, before and after. Append-only: the app has no way to change or
/// delete an entry, <see cref="AuditInterceptor"/> refuses to save one, and database triggers refuse UPDATE and DELETE.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    /// <summary>Entity type, e.g. CertificationApplication.</summary>
    public string Entity { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    /// <summary>Added, Modified or Deleted.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>JSON of the changed properties before (null when added).</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the changed properties after (null when deleted).</summary>
    public string? After { get; set; }
}

/// <summary>Who is making the current change (the signed-in user, or the system for scheduled work).</summary>
public interface IAuditUser
{
    string? UserId { get; }

    string? UserName { get; }
}
