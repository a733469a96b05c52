using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Access;
using PcfCert.Infrastructure.Identity;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Users;

/// <summary>
/// An administrator edits a user: name and roles. Staff may hold several roles (CEC 5.2.2 names 认证复核与决定人员 as one
/// type; a reviewer may inspect on other projects — independence is checked per application); an applicant user holds
/// only the applicant role and belongs to one organisation. The last active administrator keeps the role. The user's
/// sessions end so the new roles apply at the next sign-in.
/// </summary>
public sealed class EditUser(UserManager<AppUser> users, PcfCertDbContext db, IStringLocalizer<SharedResource> l)
{
    public sealed class Input
    {
        public string? DisplayName { get; set; }
        public List<string> Roles { get; set; } = [];
        public Guid? OrganisationId { get; set; }
        public string? ConcurrencyStamp { get; set; }
    }

    public async Task<Outcome<AppUser>> Handle(string id, Input input, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return Outcome<AppUser>.NotFound();
        }
        if (user.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            return Outcome<AppUser>.Conflict(l["People.Stale", user.DisplayName]);
        }
        var roles = input.Roles.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct().ToList();
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            errors[nameof(Input.DisplayName)] = [l["Validation.Required", l["User.DisplayName"]]];
        }
        if (roles.Count == 0 || roles.Any(r => !Certification.Access.Roles.All.Contains(r)))
        {
            errors[nameof(Input.Roles)] = [l["Validation.Choice", l["User.Role"]]];
        }
        else if (roles.Contains(Certification.Access.Roles.Applicant) && roles.Count > 1)
        {
            errors[nameof(Input.Roles)] = [l["People.ApplicantRoleAlone"]];
        }
        else if (roles.Contains(Certification.Access.Roles.Applicant))
        {
            if (input.OrganisationId is not { } org || !await db.Organisations.AnyAsync(o => o.Id == org, ct))
            {
                errors[nameof(Input.OrganisationId)] = [l["User.ApplicantNeedsOrganisation"]];
            }
        }
        else if (input.OrganisationId is not null)
        {
            errors[nameof(Input.OrganisationId)] = [l["User.StaffHasNoOrganisation"]];
        }
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Certification.Access.Roles.Administrator) && !roles.Contains(Certification.Access.Roles.Administrator) && user.DeactivatedAt is null
            && (await users.GetUsersInRoleAsync(Certification.Access.Roles.Administrator)).Count(a => a.DeactivatedAt is null) <= 1)
        {
            errors[nameof(Input.Roles)] = [l["People.LastAdministratorRole"]];
        }
        if (errors.Count > 0)
        {
            return Outcome<AppUser>.Invalid(errors);
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        user.DisplayName = input.DisplayName!.Trim();
        user.OrganisationId = roles.Contains(Certification.Access.Roles.Applicant) ? input.OrganisationId : null;
        var steps = new[]
        {
            await users.RemoveFromRolesAsync(user, current.Except(roles).ToList()),
            await users.AddToRolesAsync(user, roles.Except(current).ToList()),
            await users.UpdateSecurityStampAsync(user), // saves the user; its sessions end
        };
        if (steps.FirstOrDefault(s => !s.Succeeded) is { } failed)
        {
            return Outcome<AppUser>.Conflict(string.Join("; ", failed.Errors.Select(e => e.Description)));
        }
        await tx.CommitAsync(ct);
        return Outcome<AppUser>.Ok(user);
    }
}
