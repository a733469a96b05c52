using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Schemes;
using PcfCert.Footprint.Documents;
using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Applications;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>
/// Builds a unit's model from its stored inventory with the library's current factor versions and runs the verifier's
/// checks (mass balance, the scheme's cut-off limit, lines without a factor, primary-data share).
/// </summary>
public sealed class CheckInventory(PcfCertDbContext db, InventoryFactors factors, SchemeCatalog schemes)
{
    public sealed record Checked(ActivityInventory Inventory, InventoryCheckReport Report);

    /// <summary>The key by which a line names another unit's inventory as its supplier: <c>process:unit-2</c> is the second unit.</summary>
    public static string SupplierKey(int unitIndex) => $"unit-{unitIndex + 1}";

    public Task<ActivityInventory?> LoadAsync(InventoryAccess.Target target, CancellationToken ct) =>
        LoadAsync(target.Application.Id, target.UnitIndex, ct);

    public async Task<ActivityInventory?> LoadAsync(Guid applicationId, int unitIndex, CancellationToken ct)
    {
        var record = await db.Inventories.AsNoTracking().SingleOrDefaultAsync(i => i.ApplicationId == applicationId && i.UnitIndex == unitIndex, ct);
        if (record?.Product is null)
        {
            return null;
        }
        var lines = await db.InventoryLines.AsNoTracking().Where(l => l.InventoryId == record.Id).OrderBy(l => l.Position).ToListAsync(ct);
        return new ActivityInventory(record.Product, lines.Select(l => l.ToLine()).ToList(), record.Sheets);
    }

    /// <summary>The other units' inventories of the application, by supplier key, for lines supplied by another process.</summary>
    public async Task<IReadOnlyDictionary<string, ActivityInventory>> SuppliersAsync(Guid applicationId, int unitIndex, int unitCount, CancellationToken ct)
    {
        var suppliers = new Dictionary<string, ActivityInventory>(StringComparer.Ordinal);
        for (var other = 0; other < unitCount; other++)
        {
            if (other != unitIndex && await LoadAsync(applicationId, other, ct) is { } inventory)
            {
                suppliers[SupplierKey(other)] = inventory;
            }
        }
        return suppliers;
    }

    public async Task<Checked?> Handle(InventoryAccess.Target target, CancellationToken ct)
    {
        if (await LoadAsync(target, ct) is not { } inventory)
        {
            return null;
        }
        var suppliers = await SuppliersAsync(target.Application.Id, target.UnitIndex, target.Application.Units.Count, ct);
        var resolve = await factors.ForAsync(target.Application.OrganisationId, inventory.Lines.Concat(suppliers.Values.SelectMany(s => s.Lines)), ct);
        var limit = (double?)schemes.Get(target.Application.SchemeId).Parameters.CutOffMassShareMax.Value;
        return new Checked(inventory, InventoryChecks.Run(inventory, resolve, limit, processes: suppliers.GetValueOrDefault));
    }
}

/// <summary>
/// Submits the model built from the inventory for verification: it becomes the application's next model version exactly
/// as an uploaded model does (the attach-model action: computed, result and input hash stored). Refused while lines lack a
/// factor or the cut-off rule fails.
/// </summary>
public sealed class SubmitInventoryModel(CheckInventory check, RunApplicationAction run, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Certification.Workflow.CertificationApplication>> Handle(InventoryAccess.Target target, CancellationToken ct)
    {
        var checkedInventory = await check.Handle(target, ct);
        if (checkedInventory is null || !checkedInventory.Report.ReadyToSubmit)
        {
            return Outcome<Certification.Workflow.CertificationApplication>.Invalid(
                new Dictionary<string, string[]> { [""] = [l["Inventory.NotReady"]] });
        }
        var json = ModelDocument.Write(checkedInventory.Report.Build.Model);
        return await run.Handle(target.Application.Id, "attach-model",
            new ActionInput(new Dictionary<string, string?[]> { ["model"] = [json] }), ct);
    }
}
