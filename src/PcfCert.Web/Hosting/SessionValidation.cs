using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Hosting;

/// <summary>
/// Checks the sign-in cookie against the database on every request: the user must still exist, must not be deactivated,
/// and its security stamp must be the one the cookie was issued with. Signing out, deactivation, a password or role
/// change renew the stamp, so every earlier cookie of that user stops working at once, on every instance.
/// One indexed look-up by primary key per request.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = context.Principal?.FindFirstValue(stampClaim);
        var db = services.GetRequiredService<PcfCertDbContext>();
        var user = id is null || stamp is null
            ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == id)
                .Select(u => new { u.SecurityStamp, u.DeactivatedAt }).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (user is null || user.DeactivatedAt is not null || user.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
