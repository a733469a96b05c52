using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Access;
using PcfCert.Infrastructure.Identity;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Users;

/// <summary>An administrator creates a user with one role; an applicant user belongs to exactly one organisation.</summary>
public sealed class CreateUser(UserManager<AppUser> users, PcfCertDbContext db, IStringLocalizer<SharedResource> l)
{
    public sealed class Input
    {
        public string? Email { get; set; }
        public string? DisplayName { get; set; }
        public string? Role { get; set; }
        public Guid? OrganisationId { get; set; }
        public string? Password { get; set; }
    }

    public async Task<Outcome<AppUser>> Handle(Input input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Email))
        {
            errors[nameof(Input.Email)] = [l["Validation.Required", l["User.Email"]]];
        }
        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            errors[nameof(Input.DisplayName)] = [l["Validation.Required", l["User.DisplayName"]]];
        }
        if (input.Role is null || !Roles.All.Contains(input.Role))
        {
            errors[nameof(Input.Role)] = [l["Validation.Choice", l["User.Role"]]];
        }
        else if (input.Role == Roles.Applicant)
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
        if (string.IsNullOrEmpty(input.Password))
        {
            errors[nameof(Input.Password)] = [l["Validation.Required", l["User.Password"]]];
        }
        if (errors.Count > 0)
        {
            return Outcome<AppUser>.Invalid(errors);
        }

        var user = new AppUser
        {
            UserName = input.Email!.Trim(),
            Email = input.Email.Trim(),
            DisplayName = input.DisplayName!.Trim(),
            OrganisationId = input.Role == Roles.Applicant ? input.OrganisationId : null,
            EmailConfirmed = true,
        };
        // User and role are written in one transaction: a refused role must not leave a user behind.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            return Outcome<AppUser>.Invalid(Describe(created));
        }
        var roled = await users.AddToRoleAsync(user, input.Role!);
        if (!roled.Succeeded)
        {
            return Outcome<AppUser>.Invalid(Describe(roled));
        }
        await tx.CommitAsync(ct);
        return Outcome<AppUser>.Ok(user);
    }

    private static Dictionary<string, string[]> Describe(IdentityResult result) =>
        result.Errors
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Input.Password) : nameof(Input.Email))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
}
