using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PcfCert.Infrastructure.Identity;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Account;

public sealed class LoginModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> l, ILogger<LoginModel> log) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            log.LogInformation("User {Email} signed in", Email);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        log.LogWarning("Sign-in refused for {Email}: {Reason}", Email, result.IsLockedOut ? "locked out" : "bad credentials");
        ModelState.AddModelError(string.Empty, result.IsLockedOut ? l["Account.LockedOut"] : l["Account.InvalidCredentials"]);
        return Page();
    }
}
