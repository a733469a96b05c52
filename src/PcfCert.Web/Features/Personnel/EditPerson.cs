using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Personnel;
using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Personnel;

/// <summary>
/// Edits a register entry: qualifications renewed (new number or validity), product areas added, personnel types, the
/// linked user account and the declared conflicts. The same checks as registering; a stale form is refused.
/// </summary>
public sealed class EditPerson(PcfCertDbContext db, SchemeCatalog catalog, IStringLocalizer<SharedResource> l)
{
    public sealed class Input : RegisterPerson.Input
    {
        public Guid ConcurrencyStamp { get; set; }
    }

    public async Task<Outcome<RegisteredPerson>> Handle(Guid id, Input input, CancellationToken ct)
    {
        if (await db.Personnel.SingleOrDefaultAsync(p => p.Id == id, ct) is not { } person)
        {
            return Outcome<RegisteredPerson>.NotFound();
        }
        if (person.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            return Outcome<RegisteredPerson>.Conflict(l["People.Stale", person.Name]);
        }
        var (errors, qualifications, areas) = await RegisterPerson.ValidateAsync(input, id, db, catalog, l, ct);
        if (errors.Count > 0)
        {
            return Outcome<RegisteredPerson>.Invalid(errors);
        }
        person.Update(input.Name!, input.PersonnelTypes.Distinct().ToList(), qualifications, areas);
        person.Relink(input.UserId, input.Conflicts);
        await db.SaveChangesAsync(ct);
        return Outcome<RegisteredPerson>.Ok(person);
    }
}
