using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Organisations;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Organisations;

/// <summary>Registers an organisation (administrator or certification manager).</summary>
public sealed class RegisterOrganisation(PcfCertDbContext db, IValidator<OrganisationInput> validator, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Organisation>> Handle(OrganisationInput input, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Outcome<Organisation>.Invalid(validation.ToDictionary().AsReadOnly());
        }
        var profile = input.ToProfile();
        if (await db.Organisations.AnyAsync(o => o.CreditCode == profile.CreditCode, ct))
        {
            return Outcome<Organisation>.Invalid(new Dictionary<string, string[]>
            {
                [nameof(OrganisationInput.CreditCode)] = [l["Organisation.CreditCodeTaken", profile.CreditCode.Value]],
            });
        }
        var organisation = Organisation.Register(Guid.NewGuid(), profile);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return Outcome<Organisation>.Ok(organisation);
    }
}
