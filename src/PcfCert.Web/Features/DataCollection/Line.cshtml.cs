using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>One activity-data line in a form, with its evidence files.</summary>
public sealed class LineModel(InventoryAccess access, EditInventory edit, PcfCertDbContext db) : PageModel
{
    public InventoryAccess.Target Target { get; private set; } = null!;

    public InventoryLineRecord? Line { get; private set; }

    [BindProperty]
    public Dictionary<string, string?> Fields { get; set; } = [];

    [BindProperty]
    public LifeCycleStage Stage { get; set; } = LifeCycleStage.RawMaterialAcquisition;

    [BindProperty]
    public Guid? Stamp { get; set; }

    /// <summary>The library's current factors for the picker: code, Chinese name, unit (t*km ones also for transport).</summary>
    public IReadOnlyList<FactorChoice> Factors { get; private set; } = [];

    public sealed record FactorChoice(string Code, string NameZh, string Unit);

    public async Task<IActionResult> OnGetAsync(Guid id, int unit, Guid? lineId, CancellationToken ct)
    {
        if (!await LoadAsync(id, unit, lineId, ct))
        {
            return NotFound();
        }
        if (Line is { } l)
        {
            Stage = l.Stage;
            Stamp = l.ConcurrencyStamp;
            Fields = ToFields(l.ToLine());
        }
        else if (!Target.CanEdit)
        {
            return Forbid();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int unit, Guid? lineId, CancellationToken ct)
    {
        if (!await LoadAsync(id, unit, lineId, ct))
        {
            return NotFound();
        }
        var outcome = await edit.SaveLine(Target, lineId, Stage, Fields, Stamp, ct);
        return await Done(id, unit, lineId, outcome, ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, int unit, Guid lineId, CancellationToken ct)
    {
        if (!await LoadAsync(id, unit, lineId, ct))
        {
            return NotFound();
        }
        var outcome = await edit.DeleteLine(Target, lineId, ct);
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        TempData["Flash"] = "Flash.Saved";
        return Redirect($"/DataCollection/Inventory/{id}/{unit}");
    }

    public async Task<IActionResult> OnPostEvidenceAsync(Guid id, int unit, Guid lineId, string? kind, IFormFile? file, CancellationToken ct)
    {
        if (!await LoadAsync(id, unit, lineId, ct))
        {
            return NotFound();
        }
        var outcome = await edit.AttachEvidence(Target, lineId, kind, file, ct);
        if (outcome.IsOk)
        {
            TempData["Flash"] = "Flash.Saved";
            return Redirect($"/DataCollection/Line/{id}/{unit}/{lineId}");
        }
        return await Done(id, unit, lineId, outcome, ct);
    }

    private async Task<IActionResult> Done(Guid id, int unit, Guid? lineId, Outcome<InventoryLineRecord> outcome, CancellationToken ct)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Forbidden:
                return Forbid();
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Ok:
                TempData["Flash"] = "Flash.Saved";
                return Redirect($"/DataCollection/Inventory/{id}/{unit}");
        }
        db.ChangeTracker.Clear();
        outcome.CopyTo(ModelState, string.Empty);
        Line = lineId is null ? null : await db.InventoryLines.AsNoTracking().SingleOrDefaultAsync(l => l.Id == lineId, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, int unit, Guid? lineId, CancellationToken ct)
    {
        if (await access.FindAsync(id, unit, ct) is not { } target)
        {
            return false;
        }
        Target = target;
        Factors = await Factors_(ct);
        if (lineId is null)
        {
            return true;
        }
        var record = await access.RecordAsync(target, ct);
        Line = record is null ? null : await db.InventoryLines.AsNoTracking().SingleOrDefaultAsync(l => l.Id == lineId && l.InventoryId == record.Id, ct);
        return Line is not null;
    }

    private Task<List<FactorChoice>> Factors_(CancellationToken ct) =>
        Features.Factors.SearchFactors.CurrentFor(db, Target.Application.OrganisationId).AsNoTracking().OrderBy(v => v.Code)
            .Select(v => new FactorChoice(v.Code, v.NameZh, v.Unit)).ToListAsync(ct);

    private static Dictionary<string, string?> ToFields(InventoryLine l) => new()
    {
        ["name"] = l.Name, ["amount"] = l.Amount.ToString("R", CultureInfo.InvariantCulture), ["unit"] = l.Unit,
        ["acquisition"] = l.Acquisition switch { Acquisition.SelfProduced => "self-produced", Acquisition.Purchased => "purchased", _ => null },
        ["distanceKm"] = l.DistanceKm?.ToString("R", CultureInfo.InvariantCulture), ["originPlace"] = l.OriginPlace, ["transport"] = l.TransportFactor,
        ["dataSource"] = l.DataSource, ["dataKind"] = l.DataKind == DataKind.Primary ? "primary" : "secondary", ["factor"] = l.FactorKey,
        ["plantLevel"] = l.PlantLevel ? "yes" : "no", ["cutOff"] = l.CutOff ? "yes" : "no", ["notes"] = l.Notes,
        ["description"] = l.Primary?.Description, ["monitoringPoint"] = l.Primary?.MonitoringPoint, ["instrument"] = l.Primary?.Instrument,
        ["procedure"] = l.Primary?.Procedure, ["frequency"] = l.Primary?.Frequency, ["qualityAssurance"] = l.Primary?.QualityAssurance, ["use"] = l.Primary?.Use,
    };
}
