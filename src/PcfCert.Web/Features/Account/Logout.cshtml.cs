using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PcfCert.Infrastructure.Identity;

namespace PcfCert.Web.Features.Account;

/// <summary>
/// Signing out renews the user's security stamp before removing the cookie, so a copy of the cookie (kept by an
/// attacker or another tab) is refused by the server from then on (<see cref="Hosting.SessionValidation"/>).
/// </summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        return LocalRedirect("/Account/Login");
    }
}
