using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PcfCert.Infrastructure.Identity;

namespace PcfCert.Web.Hosting;

/// <summary>Puts the applicant's organisation and display name into the sign-in cookie.</summary>
public sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim("pcfcert:name", user.DisplayName));
        if (user.OrganisationId is { } organisation)
        {
            identity.AddClaim(new Claim(CurrentUser.OrganisationClaim, organisation.ToString()));
        }
        return identity;
    }
}
