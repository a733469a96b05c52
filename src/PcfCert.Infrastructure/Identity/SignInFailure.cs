namespace PcfCert.Infrastructure.Identity;

/// <summary>
/// One refused sign-in: the e-mail that was typed (whether or not such an account exists), the client address and, when
/// the browser carried one, the device cookie's id. Counted by the sign-in throttle; rows older than its window are removed.
/// </summary>
public sealed class SignInFailure
{
    public long Id { get; set; }

    /// <summary>The typed e-mail, trimmed and upper-cased.</summary>
    public string Account { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    /// <summary>The device cookie's id for this account, or null for a client without one.</summary>
    public string? Device { get; set; }

    /// <summary>Unix time in milliseconds (comparable in SQL on SQLite and PostgreSQL).</summary>
    public long AtUnixMs { get; set; }
}
