using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Organisations;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Organisations;

/// <summary>Saves an organisation's profile; an applicant only its own, staff per <see cref="OrganisationAccess"/>.</summary>
public sealed class UpdateOrganisationProfile(
    PcfCertDbContext db, CurrentUser me, IValidator<OrganisationInput> validator, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Organisation>> Handle(Guid id, OrganisationInput input, CancellationToken ct)
    {
        if (!OrganisationAccess.CanView(me, id))
        {
            return Outcome<Organisation>.NotFound();
        }
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return Outcome<Organisation>.NotFound();
        }
        if (!OrganisationAccess.CanEdit(me, id))
        {
            return Outcome<Organisation>.Conflict(l["Access.ReadOnly"]);
        }
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Outcome<Organisation>.Invalid(validation.ToDictionary().AsReadOnly());
        }
        var profile = input.ToProfile();
        if (await db.Organisations.AnyAsync(o => o.Id != id && o.CreditCode == profile.CreditCode, ct))
        {
            return Outcome<Organisation>.Invalid(new Dictionary<string, string[]>
            {
                [nameof(OrganisationInput.CreditCode)] = [l["Organisation.CreditCodeTaken", profile.CreditCode.Value]],
            });
        }
        if (input.ConcurrencyStamp is { } stamp)
        {
            // Compare against the stamp the editor read, not the one just loaded.
            db.Entry(organisation).Property(o => o.ConcurrencyStamp).OriginalValue = stamp;
        }
        organisation.UpdateProfile(profile);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Organisation>.Conflict(l["Concurrency.Changed"]);
        }
        return Outcome<Organisation>.Ok(organisation);
    }
}
