using Microsoft.AspNetCore.DataProtection;

namespace PcfCert.Web.Features.Account;

/// <summary>
/// The device cookie of the sign-in throttle: after a successful sign-in the browser keeps a protected (encrypted and
/// signed) token naming the account and a random device id; it proves "this browser has signed in as this account".
/// One cookie holds the tokens of the last few accounts used in the browser.
/// </summary>
public sealed class DeviceCookie(IDataProtectionProvider protection)
{
    public const string Name = "pcfcert.device";
    private const int MaxAccounts = 5;

    private readonly IDataProtector _protector = protection.CreateProtector("PcfCert.SignIn.DeviceCookie");

    /// <summary>The device id this browser holds for the account, or null.</summary>
    public string? Read(HttpRequest request, string account) =>
        Entries(request).FirstOrDefault(e => e.Account == SignInThrottle.Normalize(account)).Device;

    /// <summary>Remembers the account in this browser (keeps its device id when it already has one).</summary>
    public void Issue(HttpContext http, string account)
    {
        var key = SignInThrottle.Normalize(account);
        var entries = Entries(http.Request).Where(e => e.Account != key).Take(MaxAccounts - 1).ToList();
        entries.Insert(0, (key, Read(http.Request, account) ?? Guid.NewGuid().ToString("N")));
        var value = _protector.Protect(string.Join('\n', entries.Select(e => $"{e.Account}\t{e.Device}")));
        http.Response.Cookies.Append(Name, value, new CookieOptions
        {
            HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Strict, IsEssential = true,
            Path = "/Account", Expires = DateTimeOffset.UtcNow.AddDays(180),
        });
    }

    private List<(string Account, string Device)> Entries(HttpRequest request)
    {
        if (request.Cookies[Name] is not { Length: > 0 } raw)
        {
            return [];
        }
        try
        {
            return _protector.Unprotect(raw).Split('\n')
                .Select(line => line.Split('\t')).Where(p => p.Length == 2).Select(p => (p[0], p[1])).ToList();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return [];
        }
    }
}
