using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PcfCert.Footprint.Inventory;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>Sheet 一 in a form: product, statistical period, outputs, declared unit, boundary, allocation, who filled it in.</summary>
public sealed class ProductModel(InventoryAccess access, EditInventory edit) : PageModel
{
    public InventoryAccess.Target Target { get; private set; } = null!;

    [BindProperty]
    public Dictionary<string, string?> Fields { get; set; } = [];

    [BindProperty]
    public Guid? Stamp { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int unit, CancellationToken ct)
    {
        if (await access.FindAsync(id, unit, ct) is not { } target)
        {
            return NotFound();
        }
        if (!target.CanEdit)
        {
            return Forbid();
        }
        Target = target;
        var record = await access.RecordAsync(target, ct);
        Stamp = record?.ConcurrencyStamp;
        Fields = record?.Product is { } p ? ToFields(p) : new Dictionary<string, string?>
        {
            ["name"] = target.Unit.ProductName, ["model"] = target.Unit.Model, ["declaredAmount"] = "1", ["declaredUnit"] = "piece",
            ["boundary"] = "cradle-to-gate", ["allocation"] = "mass",
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int unit, CancellationToken ct)
    {
        if (await access.FindAsync(id, unit, ct) is not { } target)
        {
            return NotFound();
        }
        Target = target;
        var outcome = await edit.SaveProduct(target, Fields, Stamp, ct);
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, string.Empty);
            return Page();
        }
        TempData["Flash"] = "Flash.Saved";
        return Redirect($"/DataCollection/Inventory/{id}/{unit}");
    }

    private static Dictionary<string, string?> ToFields(ProductInformation p)
    {
        static string N(double? d) => d?.ToString("R", CultureInfo.InvariantCulture) ?? "";
        return new()
        {
            ["name"] = p.Name, ["model"] = p.Model, ["productMassKg"] = N(p.ProductMassKg), ["periodStart"] = p.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["periodEnd"] = p.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["linePieces"] = N(p.LinePieces), ["lineMassKg"] = N(p.LineMassKg),
            ["plantPieces"] = N(p.PlantPieces), ["plantMassKg"] = N(p.PlantMassKg), ["lineMetered"] = p.LineMeteredSeparately ? "yes" : "no",
            ["declaredAmount"] = N(p.DeclaredUnit.Amount), ["declaredUnit"] = p.DeclaredUnit.Unit,
            ["boundary"] = InventoryParser.Boundaries.First(b => b.Value == p.Boundary && b.Key.All(char.IsAscii)).Key,
            ["allocation"] = InventoryParser.Allocations.First(b => b.Value == p.Allocation && b.Key.All(char.IsAscii)).Key,
            ["lineValue"] = N(p.LineValue), ["plantValue"] = N(p.PlantValue), ["filledBy"] = p.FilledBy, ["contact"] = p.Contact,
        };
    }
}
