using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Access;
using PcfCert.Infrastructure.Identity;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Users;

/// <summary>
/// An administrator deactivates a user (who can no longer sign in, and whose open sessions end on the next request
/// because the security stamp is renewed) or reactivates one. An administrator cannot deactivate themself or the last
/// active administrator, so the system always keeps someone who can manage users.
/// </summary>
public sealed class DeactivateUser(UserManager<AppUser> users, CurrentUser me, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<AppUser>> Handle(string id, bool deactivate, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return Outcome<AppUser>.NotFound();
        }
        if (deactivate)
        {
            if (user.Id == me.Id)
            {
                return Outcome<AppUser>.Conflict(l["Users.CannotDeactivateSelf"]);
            }
            if (await users.IsInRoleAsync(user, Roles.Administrator) && await ActiveAdministratorsAsync(ct) <= 1)
            {
                return Outcome<AppUser>.Conflict(l["Users.LastAdministrator"]);
            }
            user.DeactivatedAt ??= clock.GetUtcNow();
        }
        else
        {
            user.DeactivatedAt = null;
        }
        // UpdateSecurityStampAsync saves the user too: its sessions end at their next request.
        var saved = await users.UpdateSecurityStampAsync(user);
        return saved.Succeeded ? Outcome<AppUser>.Ok(user) : Outcome<AppUser>.Conflict(string.Join("; ", saved.Errors.Select(e => e.Description)));
    }

    private async Task<int> ActiveAdministratorsAsync(CancellationToken ct)
    {
        var admins = await users.GetUsersInRoleAsync(Roles.Administrator);
        return admins.Count(a => a.DeactivatedAt is null);
    }
}
