using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Calendar;
using PcfCert.Certification.Personnel;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Applications;

public sealed class DetailsModel(PcfCertDbContext db, CurrentUser me, SchemeCatalog schemes, TimeProvider clock,
    IEnumerable<IApplicationAction> actions, RunApplicationAction run) : PageModel
{
    public CertificationApplication Application { get; private set; } = null!;

    public SchemeDefinition Scheme { get; private set; } = null!;

    public ApplicationDeadlines Deadlines { get; private set; } = null!;

    /// <summary>The certificates issued from this application's decision, per unit.</summary>
    public IReadOnlyList<IssuedUnit> Certificates { get; private set; } = [];

    public IReadOnlyList<RegisteredPerson> Personnel { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool IsStaff => !me.IsApplicant;

    public bool Zh => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public string Text(LocalizedText text) => Zh ? text.Zh : text.En;

    /// <summary>Whether the current user is one of the parties of the named action (the domain still checks the status).</summary>
    public bool Can(string action) =>
        actions.FirstOrDefault(a => a.Name == action) is { } a && ApplicationAccess.MayAct(me, Application, a.Parties);

    public bool Allowed(WorkflowTrigger trigger) => Application.AllowedTriggers(Scheme).Contains(trigger);

    /// <summary>Whether the form of this action was just refused (its input is shown again, its problems at the fields).</summary>
    public bool Failed(string action) => ViewData["FailedAction"] as string == action;

    /// <summary>What the user sent in a field of the refused action, so that a refused form keeps its input; else null.</summary>
    public string? Posted(string action, string field) =>
        Failed(action) && Request.HasFormContentType ? Request.Form[field].FirstOrDefault() : null;

    /// <summary>The id of the message of a field with an error (for <c>aria-describedby</c>), or null.</summary>
    public string? ErrorId(string action, string field) =>
        ModelState.TryGetValue($"{action}.{field}", out var e) && e.Errors.Count > 0 ? Shared.FieldErrorTagHelper.IdFor($"{action}.{field}") : null;

    /// <summary>The scheme's steps, in order.</summary>
    public IReadOnlyList<ApplicationStep> Steps { get; private set; } = [];

    /// <summary>The step in progress.</summary>
    public ApplicationStep CurrentStep { get; private set; }

    /// <summary>The step shown: the one asked for if already reached, else the one in progress.</summary>
    public ApplicationStep Step { get; private set; }

    /// <summary>Whether a step was reached (the later ones are not shown).</summary>
    public bool Reached(ApplicationStep step) => Steps.Contains(step) && step <= CurrentStep;

    public async Task<IActionResult> OnGetAsync(Guid id, string? step, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Show(ApplicationSteps.Parse(step));
        return Page();
    }

    // A step of the scheme already reached; verification is on the inspection's step where the scheme has no step of its own.
    private void Show(ApplicationStep? asked)
    {
        var step = asked == ApplicationStep.Verification && !Steps.Contains(ApplicationStep.Verification) ? ApplicationStep.Inspection : asked;
        Step = step is { } s && Reached(s) ? s : CurrentStep;
    }

    public async Task<IActionResult> OnPostActAsync(Guid id, string act, CancellationToken ct)
    {
        var outcome = await run.Handle(id, act, ActionInput.FromForm(Request.Form), ct);
        switch (outcome.Kind)
        {
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Ok:
                TempData["Flash"] = "Flash.Saved";
                return Redirect($"/Applications/Details/{id}#{act}");
        }
        // Nothing was saved: reload the stored state (the tracked copy may hold the refused change) and show why.
        db.ChangeTracker.Clear();
        outcome.CopyTo(ModelState, act);
        ViewData["FailedAction"] = act;
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Show(ApplicationSteps.OfAnchor(act)); // the refused form's step, with its problems at the fields
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (application is null || !ApplicationAccess.CanView(me, application))
        {
            return false;
        }
        Application = application;
        Scheme = schemes.Get(application.SchemeId);
        Today = ChinaToday.From(clock);
        Certificates = await db.Certificates.AsNoTracking().Where(c => c.ApplicationId == id)
            .Select(c => new IssuedUnit(c.UnitIndex ?? 0, c.Id, c.Number)).ToListAsync(ct);
        Steps = ApplicationSteps.Of(Scheme.FindStep(ProcedureStepKeys.PcfVerification) is not null);
        CurrentStep = ApplicationSteps.Current(application.Status);
        Step = CurrentStep;
        Deadlines = ApplicationDeadlines.Of(application, Scheme, Today, Certificates.Count >= application.Units.Count);
        if (!me.IsApplicant)
        {
            Personnel = await db.Personnel.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        }
        return true;
    }
}

/// <summary>A unit's certificate.</summary>
public sealed record IssuedUnit(int UnitIndex, Guid CertificateId, string Number);
