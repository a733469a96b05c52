using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Access;
using PcfCert.Certification.Calendar;
using PcfCert.Certification.Organisations;
using PcfCert.Certification.Personnel;
using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Identity;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Personnel;

/// <summary>
/// One register entry: managers edit it (qualifications renewed, product areas added, types, user link, conflicts) and
/// record outside projects; the competence evaluator records evaluations; staff see it with CEC table 1's check per type.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class EditModel(PcfCertDbContext db, SchemeCatalog catalog, CurrentUser me, EditPerson edit, RecordProjectExperience project,
    RecordCompetenceEvaluation evaluate, TimeProvider time) : PageModel
{
    /// <summary>One CEC table 1 row for a type the person holds: the requirement and whether it is met today.</summary>
    public sealed record TypeCheck(string Role, PersonnelType? Type, bool Met);

    [BindProperty]
    public EditPerson.Input Input { get; set; } = new();

    [BindProperty]
    public RecordProjectExperience.Input Project { get; set; } = new();

    [BindProperty]
    public RecordCompetenceEvaluation.Input Evaluation { get; set; } = new();

    public RegisteredPerson Person { get; private set; } = null!;

    public VerificationExperience.Experience Experience { get; private set; } = new(0, 0);

    public IReadOnlyList<TypeCheck> Checks { get; private set; } = [];

    public IReadOnlyList<AppUser> Users { get; private set; } = [];

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public IReadOnlyList<(string Key, LocalizedText Name, string SchemeId)> ProductFields => RegisterPerson.ProductFields(catalog).ToList();

    public bool CanEdit => me.IsInRole(Roles.CertificationManager) || me.IsAdministrator;

    public bool CanEvaluate => me.IsInRole(Roles.CompetenceEvaluator) && Person.UserId != me.Id;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input = new EditPerson.Input
        {
            Name = Person.Name, UserId = Person.UserId, PersonnelTypes = [.. Person.PersonnelTypes], ProductAreas = [.. Person.ProductAreas],
            Conflicts = [.. Person.ConflictsOfInterest], ConcurrencyStamp = Person.ConcurrencyStamp,
            QualificationKeys = [.. Person.Qualifications.Select(q => q.Key)],
            QualificationNumbers = [.. Person.Qualifications.Select(q => q.RegistrationNumber)],
            QualificationValidUntil = [.. Person.Qualifications.Select(q => q.ValidUntil.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        return await Finish(id, await edit.Handle(id, Input, ct), nameof(Input), ct);
    }

    public async Task<IActionResult> OnPostProjectAsync(Guid id, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        return await Finish(id, await project.Handle(id, Project, ct), nameof(Project), ct);
    }

    public async Task<IActionResult> OnPostEvaluationAsync(Guid id, CancellationToken ct) =>
        await Finish(id, await evaluate.Handle(id, Evaluation, ct), nameof(Evaluation), ct);

    private async Task<IActionResult> Finish(Guid id, Outcome<RegisteredPerson> outcome, string prefix, CancellationToken ct)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Forbidden:
                return Forbid();
            case OutcomeKind.Ok:
                TempData["Flash"] = "Flash.Saved";
                return Redirect($"/Personnel/Edit/{id}");
        }
        outcome.CopyTo(ModelState, prefix);
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Personnel.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } person)
        {
            return false;
        }
        Person = person;
        Experience = (await VerificationExperience.CountAsync(db, [person], ct))[person.Id];
        var today = ChinaToday.From(time);
        // CEC table 1 is the only rule of the catalog with personnel types; a scheme without them adds no row.
        var schemes = catalog.Schemes.Where(s => s.TeamRules.PersonnelTypes.Count > 0).ToList();
        Checks = person.PersonnelTypes.Select(role =>
        {
            var (scheme, type) = schemes.Select(s => (s, PersonnelQualification.TypeForRole(s, role))).FirstOrDefault(x => x.Item2 is not null);
            return new TypeCheck(role, type, type is null || PersonnelQualification.Meets(scheme!, type, person, Experience.Total, today));
        }).ToList();
        Users = await db.Users.AsNoTracking().Where(u => u.OrganisationId == null).OrderBy(u => u.DisplayName).ToListAsync(ct);
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        return true;
    }
}
