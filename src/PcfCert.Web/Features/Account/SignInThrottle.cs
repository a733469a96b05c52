using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Identity;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Account;

/// <summary>Limits of the sign-in throttle; bound from <c>SignIn</c>.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";

    public int WindowMinutes { get; set; } = 15;

    /// <summary>Failures for one account from one address (without a device cookie) before that pair waits.</summary>
    public int PerAccountAndAddress { get; set; } = 5;

    /// <summary>Failures from one address for any accounts (password spraying) before that address waits.</summary>
    public int PerAddress { get; set; } = 20;

    /// <summary>Failures for one account from all addresses before clients without its device cookie wait.</summary>
    public int PerAccount { get; set; } = 10;

    /// <summary>Failures with one device cookie before that browser waits.</summary>
    public int PerDevice { get; set; } = 5;
}

/// <summary>
/// Throttles password guessing without letting a stranger lock anyone out (OWASP "device cookies"): failures are
/// counted per account and address, per address and per account, and a browser that has signed in to the account
/// before (it carries that account's device cookie) is counted only by its own failures. So an attacker who fails for
/// the administrator from many addresses slows down every client that never signed in as the administrator, but not the
/// administrator's own browser. The counters are rows in the database, shared by every instance. Nothing here depends
/// on whether the account exists: an unknown e-mail is counted and throttled exactly like a known one.
/// </summary>
public sealed class SignInThrottle(PcfCertDbContext db, TimeProvider clock, Microsoft.Extensions.Options.IOptions<SignInThrottleOptions> options)
{
    private SignInThrottleOptions O => options.Value;

    public static string Normalize(string account) => account.Trim().ToUpperInvariant();

    public async Task<bool> IsThrottledAsync(string account, string address, string? device, CancellationToken ct)
    {
        var key = Normalize(account);
        var since = clock.GetUtcNow().AddMinutes(-O.WindowMinutes).ToUnixTimeMilliseconds();
        var recent = db.SignInFailures.AsNoTracking().Where(f => f.AtUnixMs >= since);
        if (device is not null)
        {
            return await recent.CountAsync(f => f.Account == key && f.Device == device, ct) >= O.PerDevice;
        }
        var anonymous = recent.Where(f => f.Device == null);
        return await anonymous.CountAsync(f => f.Account == key && f.Address == address, ct) >= O.PerAccountAndAddress
            || await anonymous.CountAsync(f => f.Address == address, ct) >= O.PerAddress
            || await anonymous.CountAsync(f => f.Account == key, ct) >= O.PerAccount;
    }

    public async Task RecordFailureAsync(string account, string address, string? device, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        db.SignInFailures.Add(new SignInFailure
        {
            Account = Truncate(Normalize(account), 256), Address = Truncate(address, 64), Device = device, AtUnixMs = now.ToUnixTimeMilliseconds(),
        });
        await db.SaveChangesAsync(ct);
        var expired = now.AddMinutes(-O.WindowMinutes).ToUnixTimeMilliseconds();
        await db.SignInFailures.Where(f => f.AtUnixMs < expired).ExecuteDeleteAsync(ct);
    }

    /// <summary>A successful sign-in forgets this client's failures for the account.</summary>
    public Task ForgetAsync(string account, string address, string? device, CancellationToken ct)
    {
        var key = Normalize(account);
        return db.SignInFailures.Where(f => f.Account == key && (f.Address == address || (device != null && f.Device == device))).ExecuteDeleteAsync(ct);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
