using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PcfCert.Infrastructure.Identity;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Account;

/// <summary>
/// Sign-in. A wrong password, an unknown e-mail and a deactivated account give the same message after the same work
/// (a password hash is always verified), so the answer does not tell whether an account exists. Guessing is slowed
/// by <see cref="SignInThrottle"/>; accounts are never locked.
/// </summary>
public sealed class LoginModel(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, SignInThrottle throttle, DeviceCookie devices,
    IStringLocalizer<SharedResource> l, ILogger<LoginModel> log) : PageModel
{
    // A hash of a random password, verified when the e-mail is unknown so that the answer takes as long as for a real account.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var account = (Email ?? string.Empty).Trim();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var device = devices.Read(Request, account);
        if (await throttle.IsThrottledAsync(account, address, device, ct))
        {
            log.LogWarning("Sign-in throttled for {Email} from {Address}", account, address);
            ModelState.AddModelError(string.Empty, l["Account.Throttled"]);
            return Page();
        }
        var user = account.Length == 0 ? null : await users.FindByEmailAsync(account);
        bool passwordOk;
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, Password ?? string.Empty);
            passwordOk = false;
        }
        else
        {
            passwordOk = await users.CheckPasswordAsync(user, Password ?? string.Empty);
        }
        if (user is not null && passwordOk && user.DeactivatedAt is null)
        {
            await signIn.SignInAsync(user, isPersistent: false);
            await throttle.ForgetAsync(account, address, device, ct);
            devices.Issue(HttpContext, account);
            log.LogInformation("User {Email} signed in from {Address}", account, address);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        await throttle.RecordFailureAsync(account, address, device, ct);
        log.LogWarning("Sign-in refused for {Email} from {Address}", account, address);
        ModelState.AddModelError(string.Empty, l["Account.InvalidCredentials"]);
        return Page();
    }
}
