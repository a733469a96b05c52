using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Personnel;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Surveillance;

/// <summary>
/// One surveillance as an inspection (CEC 6.2, PCEC 8.1): team and plan, the initial inspection's checklist, product
/// consistency, the surveillance period's footprint models and the verified value, nonconformities, the report and the
/// CEC 6.2 a/b comparison. Each form is offered only when the surveillance's table allows its move and the user is the
/// party who takes it.
/// </summary>
public sealed class InspectionModel(SurveillanceWork work, PcfCertDbContext db) : PageModel
{
    public SurveillanceWork.Context C { get; private set; } = null!;

    public Certification.Certificates.Surveillance S => C.Surveillance;

    public IReadOnlyList<RegisteredPerson> People { get; private set; } = [];

    public bool Zh => System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public string Text(LocalizedText text) => Zh ? text.Zh : text.En;

    /// <summary>The move is legal now and the user is its party: the form is shown.</summary>
    public bool Offer(SurveillanceTrigger trigger, SurveillanceParty party) => S.Allowed.Contains(trigger) && work.Is(C, party);

    /// <summary>CEC annex 1 五: the holder or the team may state the product changes until the surveillance concludes.</summary>
    public bool MayReportChanges => C.Scheme.ApplicationReview.ProductChanges is not null && S.Status != SurveillanceStatus.Completed
        && work.Is(C, SurveillanceParty.TeamOrHolder);

    /// <summary>The refused form's value of a field, so the form keeps its input.</summary>
    public string? Posted(string field) => Request.HasFormContentType ? Request.Form[field].FirstOrDefault() : null;

    [BindProperty]
    public AssignSurveillanceTeam.Input Team { get; set; } = new(null, null, null, null, null, null, null, null, null);

    [BindProperty]
    public RecordSurveillanceConsistency.Input Consistency { get; set; } = new(null, true, null);

    [BindProperty]
    public RecordSurveillanceProductChanges.Input ProductChanges { get; set; } = new(null, null);

    [BindProperty]
    public RaiseSurveillanceNonconformity.Input Nonconformity { get; set; } = new(null, null);

    [BindProperty]
    public string? ModelJson { get; set; }

    [BindProperty]
    public int ModelVersion { get; set; }

    [BindProperty]
    public ConcludeSurveillance.Input Conclusion { get; set; } = new(true, null, null, null, null, null, null, null, null);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTeamAsync(Guid id, [FromServices] AssignSurveillanceTeam uc, CancellationToken ct) =>
        await Done(id, "team", await uc.Handle(id, Team, ct), ct);

    public async Task<IActionResult> OnPostStartAsync(Guid id, [FromServices] StartSurveillanceInspection uc, CancellationToken ct) =>
        await Done(id, "start", await uc.Handle(id, ct), ct);

    public async Task<IActionResult> OnPostChecklistAsync(Guid id, [FromServices] RecordSurveillanceChecklist uc, CancellationToken ct)
    {
        var c = await work.LoadAsync(id, ct);
        if (c is null)
        {
            return NotFound();
        }
        var items = new List<RecordSurveillanceChecklist.Item>();
        foreach (var clause in c.Scheme.FactoryAssuranceChecklist.Clauses)
        {
            var verdict = Request.Form["verdict-" + clause.Id].FirstOrDefault();
            if (!string.IsNullOrEmpty(verdict) && Enum.TryParse<ChecklistVerdict>(verdict, out var v) && Enum.IsDefined(v))
            {
                items.Add(new(clause.Id, v, Request.Form["evidence-" + clause.Id].FirstOrDefault()));
            }
        }
        db.ChangeTracker.Clear();
        return await Done(id, "checklist", await uc.Handle(id, items, ct), ct);
    }

    public async Task<IActionResult> OnPostConsistencyAsync(Guid id, [FromServices] RecordSurveillanceConsistency uc, CancellationToken ct) =>
        await Done(id, "consistency", await uc.Handle(id, Consistency, ct), ct);

    public async Task<IActionResult> OnPostProductChangesAsync(Guid id, [FromServices] RecordSurveillanceProductChanges uc, CancellationToken ct) =>
        await Done(id, "productChanges", await uc.Handle(id, ProductChanges, ct), ct);

    public async Task<IActionResult> OnPostNonconformityAsync(Guid id, [FromServices] RaiseSurveillanceNonconformity uc, CancellationToken ct) =>
        await Done(id, "nonconformity", await uc.Handle(id, Nonconformity, ct), ct);

    public async Task<IActionResult> OnPostModelAsync(Guid id, [FromServices] AttachSurveillanceModel uc, CancellationToken ct) =>
        await Done(id, "model", await uc.Handle(id, ModelJson, ct), ct);

    public async Task<IActionResult> OnPostVerifiedAsync(Guid id, [FromServices] RecordSurveillanceVerifiedValue uc, CancellationToken ct) =>
        await Done(id, "verified", await uc.Handle(id, new RecordSurveillanceVerifiedValue.Input(ModelVersion), ct), ct);

    public async Task<IActionResult> OnPostConcludeAsync(Guid id, [FromServices] ConcludeSurveillance uc, CancellationToken ct) =>
        await Done(id, "conclude", await uc.Handle(id, Conclusion, ct), ct);

    private async Task<IActionResult> Done(Guid id, string action, Outcome<Certification.Certificates.Surveillance> outcome, CancellationToken ct)
    {
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, action);
            ViewData["FailedAction"] = action;
            db.ChangeTracker.Clear();
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        TempData["Flash"] = "Flash.Saved";
        return Redirect($"/Surveillance/Inspection/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var c = await work.LoadAsync(id, ct);
        if (c is null)
        {
            return false;
        }
        C = c;
        if (work.Is(c, SurveillanceParty.Manager))
        {
            People = await db.Personnel.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        }
        return true;
    }
}
