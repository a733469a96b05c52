using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Access;
using PcfCert.Certification.Personnel;
using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Personnel;

/// <summary>Adds a person to the personnel register with personnel types, qualifications (with expiry), product areas and conflicts of interest.</summary>
public sealed class RegisterPerson(PcfCertDbContext db, SchemeCatalog catalog, IStringLocalizer<SharedResource> l)
{
    public class Input
    {
        public string? Name { get; set; }
        public string? UserId { get; set; }
        public List<string> PersonnelTypes { get; set; } = [];
        public List<string> QualificationKeys { get; set; } = [];
        public List<string> QualificationNumbers { get; set; } = [];
        public List<string> QualificationValidUntil { get; set; } = [];
        public List<string> ProductAreas { get; set; } = [];
        public List<Guid> Conflicts { get; set; } = [];
    }

    public async Task<Outcome<RegisteredPerson>> Handle(Input input, CancellationToken ct)
    {
        var (errors, qualifications, areas) = await ValidateAsync(input, null, db, catalog, l, ct);
        if (errors.Count > 0)
        {
            return Outcome<RegisteredPerson>.Invalid(errors);
        }
        var person = RegisteredPerson.Register(Guid.NewGuid(), input.Name!, string.IsNullOrWhiteSpace(input.UserId) ? null : input.UserId,
            input.PersonnelTypes, qualifications, areas);
        foreach (var organisation in input.Conflicts)
        {
            person.DeclareConflict(organisation);
        }
        db.Personnel.Add(person);
        await db.SaveChangesAsync(ct);
        return Outcome<RegisteredPerson>.Ok(person);
    }

    /// <summary>
    /// Checks a register form: name, personnel types (staff roles), complete qualifications, a user account linked to no
    /// other entry (one person, one entry: a team cannot count someone twice), product fields of the catalog.
    /// </summary>
    internal static async Task<(Dictionary<string, string[]> Errors, List<Qualification> Qualifications, List<string> Areas)> ValidateAsync(
        Input input, Guid? editing, PcfCertDbContext db, SchemeCatalog catalog, IStringLocalizer l, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors[nameof(Input.Name)] = [l["Validation.Required", l["Person.Name"]]];
        }
        if (input.PersonnelTypes.Count == 0 || input.PersonnelTypes.Any(t => !Roles.CertificationBodyStaff.Contains(t)))
        {
            errors[nameof(Input.PersonnelTypes)] = [l["Validation.Choice", l["Person.Types"]]];
        }
        var qualifications = new List<Qualification>();
        for (var i = 0; i < input.QualificationKeys.Count; i++)
        {
            var key = input.QualificationKeys[i];
            if (string.IsNullOrWhiteSpace(key))
            {
                continue;
            }
            var number = input.QualificationNumbers.ElementAtOrDefault(i);
            var until = input.QualificationValidUntil.ElementAtOrDefault(i);
            if (string.IsNullOrWhiteSpace(number) || !DateOnly.TryParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors[nameof(Input.QualificationKeys)] = [l["Person.QualificationIncomplete", l["Qualification." + key]]];
                continue;
            }
            qualifications.Add(new Qualification(key, number.Trim(), date));
        }
        if (input.UserId is { Length: > 0 } userId)
        {
            if (!await db.Users.AnyAsync(u => u.Id == userId && u.OrganisationId == null, ct))
            {
                errors[nameof(Input.UserId)] = [l["Validation.Choice", l["Person.User"]]];
            }
            else if (await db.Personnel.AsNoTracking().Where(p => p.UserId == userId && p.Id != editing).Select(p => p.Name).FirstOrDefaultAsync(ct) is { } other)
            {
                errors[nameof(Input.UserId)] = [l["People.UserLinkedElsewhere", other]];
            }
        }
        var known = ProductFields(catalog).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var areas = input.ProductAreas.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).Distinct().ToList();
        if (areas.FirstOrDefault(a => !known.Contains(a)) is { } unknown)
        {
            errors[nameof(Input.ProductAreas)] = [l["Person.UnknownProductArea", unknown]];
        }
        return (errors, qualifications, areas);
    }

    /// <summary>The product fields a person can be competent in, across the catalog: key (as the team rule matches it) and name.</summary>
    public static IEnumerable<(string Key, LocalizedText Name, string SchemeId)> ProductFields(SchemeCatalog catalog) =>
        catalog.Schemes.SelectMany(s => s.ProductScope.Categories.SelectMany(c =>
                c.Code is { } code ? [(code, c.Name, s.Id)] : c.Products.Select(p => (s.ProductAreaOf(p.Key)!, p.Name, s.Id))))
            .DistinctBy(f => f.Item1);
}
