using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>A unit's inventory: template, upload with progress, import reports, product information, lines, checks, model.</summary>
/// <remarks>
/// Requests may carry twice the workbook limit, so that a workbook somewhat over it gets the handler's message (its size and
/// the limit) rather than the server's bare refusal of the request.
/// </remarks>
[RequestSizeLimit(2 * StartInventoryImport.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * StartInventoryImport.MaxBytes)]
public sealed class InventoryModel(InventoryAccess access, CheckInventory check, DraftInventoryResult draft, PcfCert.Certification.Schemes.SchemeCatalog schemes,
    PcfCertDbContext db) : PageModel
{
    public const int PageSize = 100;

    public InventoryAccess.Target Target { get; private set; } = null!;

    public InventoryRecord? Record { get; private set; }

    public CheckInventory.Checked? Checked { get; private set; }

    public IReadOnlyList<InventoryLineRecord> Lines { get; private set; } = [];

    /// <summary>The footprint while still a draft: charts, hotspots, data quality, uncertainty.</summary>
    public DraftInventoryResult.View? Draft { get; private set; }

    /// <summary>
    /// True only when a submission would be accepted: the applicant may edit, the model is ready, and the application is
    /// at the step that takes a model (verification, or the inspection when the scheme has no separate verification step).
    /// </summary>
    public bool CanSubmit { get; private set; }

    public int LineCount { get; private set; }

    public IReadOnlyList<ImportRow> Imports { get; private set; } = [];

    /// <summary>The latest import when it waits for the applicant to confirm the evidence that matches no new line.</summary>
    public InventoryImportRecord? Awaiting { get; private set; }

    [BindProperty(SupportsGet = true, Name = "import")]
    public Guid? RunningImport { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public sealed record ImportRow(Guid Id, string FileName, DateTimeOffset StartedAt, ImportStatus Status, int LinesImported, string UploadedBy);

    public async Task<IActionResult> OnGetAsync(Guid id, int unit, CancellationToken ct) =>
        await LoadAsync(id, unit, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(Guid id, int unit, IFormFile? file, [FromServices] StartInventoryImport start, CancellationToken ct)
    {
        if (await access.FindAsync(id, unit, ct) is not { } target)
        {
            return NotFound();
        }
        var outcome = await start.Handle(target, file, ct);
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, string.Empty);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await LoadAsync(id, unit, ct) ? Page() : NotFound();
        }
        return Redirect($"/DataCollection/Inventory/{id}/{unit}?import={outcome.Value!.Id}");
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, int unit, Guid importId, [FromServices] ConfirmInventoryImport confirm, CancellationToken ct)
    {
        if (await access.FindAsync(id, unit, ct) is not { } target)
        {
            return NotFound();
        }
        var outcome = await confirm.Handle(target, importId, ct);
        switch (outcome.Kind)
        {
            case OutcomeKind.Forbidden:
                return Forbid();
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Ok:
                return Redirect($"/DataCollection/Inventory/{id}/{unit}?import={importId}");
        }
        db.ChangeTracker.Clear();
        outcome.CopyTo(ModelState, string.Empty);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await LoadAsync(id, unit, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, int unit, [FromServices] SubmitInventoryModel submit, CancellationToken ct)
    {
        if (await access.FindAsync(id, unit, ct) is not { } target)
        {
            return NotFound();
        }
        var outcome = await submit.Handle(target, ct);
        if (!outcome.IsOk)
        {
            db.ChangeTracker.Clear();
            outcome.CopyTo(ModelState, string.Empty);
            return await LoadAsync(id, unit, ct) ? Page() : NotFound();
        }
        TempData["Flash"] = "Inventory.Submitted";
        return Redirect($"/Applications/Details/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, int unit, CancellationToken ct)
    {
        if (await access.FindAsync(id, unit, ct) is not { } target)
        {
            return false;
        }
        Target = target;
        Record = await access.RecordAsync(target, ct);
        Checked = await check.Handle(target, ct);
        var scheme = schemes.Get(target.Application.SchemeId);
        Draft = draft.Handle(Checked, (double?)scheme.Parameters.CutOffMassShareMax.Value);
        var modelStep = scheme.FindStep(PcfCert.Certification.Schemes.ProcedureStepKeys.PcfVerification) is null
            ? PcfCert.Certification.Workflow.ApplicationStatus.Inspecting : PcfCert.Certification.Workflow.ApplicationStatus.Verifying;
        CanSubmit = target.CanEdit && Checked?.Report.ReadyToSubmit == true && target.Application.Status == modelStep;
        if (Record is not null)
        {
            var lines = db.InventoryLines.AsNoTracking().Where(l => l.InventoryId == Record.Id);
            LineCount = await lines.CountAsync(ct);
            PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (LineCount + PageSize - 1) / PageSize));
            Lines = await lines.OrderBy(l => l.Position).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        }
        Imports = (await db.InventoryImports.AsNoTracking().Where(r => r.ApplicationId == id && r.UnitIndex == unit)
                .Select(r => new ImportRow(r.Id, r.FileName, r.StartedAt, r.Status, r.LinesImported, r.UploadedBy)).ToListAsync(ct))
            .OrderByDescending(r => r.StartedAt).ToList();
        if (Imports.FirstOrDefault() is { Status: ImportStatus.AwaitingConfirmation } waiting)
        {
            Awaiting = await db.InventoryImports.AsNoTracking().SingleAsync(r => r.Id == waiting.Id, ct);
        }
        return true;
    }
}
