using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>
/// The form path of data collection: the product information and the lines one by one, each line with its evidence
/// (invoice, meter reading, ledger extract) and marked primary or secondary. Checked by the same rules as an import.
/// </summary>
public sealed class EditInventory(PcfCertDbContext db, InventoryFactors factors, CurrentUser me, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public static readonly string[] EvidenceKinds = ["invoice", "meter-reading", "ledger-extract", "other"];

    /// <summary>Form choices by field: the value the parser accepts and the label key shown.</summary>
    public static readonly IReadOnlyDictionary<string, (string Value, string Label)[]> Choices = new Dictionary<string, (string, string)[]>
    {
        ["acquisition"] = [("", "Common.None"), ("purchased", "Acquisition.Purchased"), ("self-produced", "Acquisition.SelfProduced")],
        ["dataKind"] = [("primary", "DataKind.Primary"), ("secondary", "DataKind.Secondary")],
        ["plantLevel"] = [("no", "Common.No"), ("yes", "Common.Yes")],
        ["cutOff"] = [("no", "Common.No"), ("yes", "Common.Yes")],
        ["lineMetered"] = [("no", "Common.No"), ("yes", "Common.Yes")],
        ["boundary"] = [("cradle-to-gate", "SystemBoundary.CradleToGate"), ("cradle-to-grave", "SystemBoundary.CradleToGrave"), ("gate-to-gate", "SystemBoundary.GateToGate")],
        ["allocation"] = [("mass", "AllocationMethod.Mass"), ("pieces", "AllocationMethod.Pieces"), ("economic-value", "AllocationMethod.EconomicValue")],
        ["declaredUnit"] = [("piece", "Unit.piece"), ("kg", "Unit.kg")],
    };

    public async Task<Outcome<InventoryRecord>> SaveProduct(InventoryAccess.Target target, IReadOnlyDictionary<string, string?> fields, Guid? stamp, CancellationToken ct)
    {
        if (!target.CanEdit)
        {
            return Outcome<InventoryRecord>.Forbidden(l["Inventory.ApplicantOnly"]);
        }
        var (product, issues) = InventoryParser.ParseProduct(fields);
        if (product is null)
        {
            return Invalid<InventoryRecord>(issues);
        }
        var record = await RecordAsync(target, ct);
        if (record.ConcurrencyStamp != stamp && db.Entry(record).State != EntityState.Added)
        {
            return Outcome<InventoryRecord>.Conflict(l["Concurrency.Changed"]);
        }
        record.Product = product;
        return await Save(record, record, ct);
    }

    public async Task<Outcome<InventoryLineRecord>> SaveLine(InventoryAccess.Target target, Guid? lineId, LifeCycleStage stage,
        IReadOnlyDictionary<string, string?> fields, Guid? stamp, CancellationToken ct)
    {
        if (!target.CanEdit)
        {
            return Outcome<InventoryLineRecord>.Forbidden(l["Inventory.ApplicantOnly"]);
        }
        var resolve = await factors.ForKeysAsync(target.Application.OrganisationId, [fields.GetValueOrDefault("factor"), fields.GetValueOrDefault("transport")], ct);
        var (line, issues) = InventoryParser.ParseLine(stage, fields, resolve);
        if (line is null)
        {
            return Invalid<InventoryLineRecord>(issues);
        }
        var record = await RecordAsync(target, ct);
        InventoryLineRecord row;
        if (lineId is { } id)
        {
            var found = await LineAsync(record, id, ct);
            if (found is null)
            {
                return Outcome<InventoryLineRecord>.NotFound();
            }
            row = found;
            if (row.ConcurrencyStamp != stamp)
            {
                return Outcome<InventoryLineRecord>.Conflict(l["Concurrency.Changed"]);
            }
            row.Apply(line);
        }
        else
        {
            var position = await db.InventoryLines.Where(x => x.InventoryId == record.Id).Select(x => (int?)x.Position).MaxAsync(ct) ?? -1;
            row = InventoryLineRecord.From(record.Id, position + 1, line);
            db.InventoryLines.Add(row);
        }
        row.ConcurrencyStamp = Guid.NewGuid();
        return await Save(record, row, ct);
    }

    public async Task<Outcome<InventoryLineRecord>> DeleteLine(InventoryAccess.Target target, Guid lineId, CancellationToken ct)
    {
        if (!target.CanEdit)
        {
            return Outcome<InventoryLineRecord>.Forbidden(l["Inventory.ApplicantOnly"]);
        }
        var record = await RecordAsync(target, ct);
        var row = await LineAsync(record, lineId, ct);
        if (row is null)
        {
            return Outcome<InventoryLineRecord>.NotFound();
        }
        db.InventoryLines.Remove(row);
        return await Save(record, row, ct);
    }

    public async Task<Outcome<InventoryLineRecord>> AttachEvidence(InventoryAccess.Target target, Guid lineId, string? kind, IFormFile? file, CancellationToken ct)
    {
        if (!target.CanEdit)
        {
            return Outcome<InventoryLineRecord>.Forbidden(l["Inventory.ApplicantOnly"]);
        }
        var record = await RecordAsync(target, ct);
        var row = await LineAsync(record, lineId, ct);
        if (row is null)
        {
            return Outcome<InventoryLineRecord>.NotFound();
        }
        if (kind is null || !EvidenceKinds.Contains(kind))
        {
            return Outcome<InventoryLineRecord>.Invalid(new Dictionary<string, string[]> { ["kind"] = [l["Validation.Choice", l["Inventory.EvidenceKind"]]] });
        }
        // Each refusal says what is wrong: an empty file, one over the limit (with its size), or a type not allowed.
        Outcome<InventoryLineRecord> Refused(string message) => Outcome<InventoryLineRecord>.Invalid(new Dictionary<string, string[]> { ["file"] = [message] });
        if (file is null || file.Length == 0)
        {
            return Refused(l["Validation.FileEmpty", l["Inventory.Evidence"]]);
        }
        if (file.Length > Applications.Actions.FileStore.MaxBytes)
        {
            return Refused(l["Inventory.FileTooLarge", l["Inventory.Evidence"], file.Length / 1024.0 / 1024.0, Applications.Actions.FileStore.MaxBytes / 1024 / 1024]);
        }
        if (await Applications.Actions.FileStore.ReadCheckedAsync(file) is not { } content)
        {
            return Refused(l["Validation.FileType", l["Inventory.Evidence"]]);
        }
        var stored = Applications.Actions.FileStore.Create(content.Bytes, content.Type, file!.FileName, target.Application.OrganisationId, me.Id!, time.GetUtcNow());
        db.Files.Add(stored);
        row.Evidence = [.. row.Evidence, new LineEvidence(stored.Id, stored.FileName, kind)];
        row.ConcurrencyStamp = Guid.NewGuid();
        return await Save(record, row, ct);
    }

    // A line id counts only within the target's inventory: another inventory's line is not found.
    private Task<InventoryLineRecord?> LineAsync(InventoryRecord record, Guid lineId, CancellationToken ct) =>
        db.InventoryLines.SingleOrDefaultAsync(x => x.Id == lineId && x.InventoryId == record.Id, ct);

    private async Task<InventoryRecord> RecordAsync(InventoryAccess.Target target, CancellationToken ct)
    {
        var record = await db.Inventories.SingleOrDefaultAsync(i => i.ApplicationId == target.Application.Id && i.UnitIndex == target.UnitIndex, ct);
        if (record is null)
        {
            record = new InventoryRecord
            {
                Id = Guid.NewGuid(), ApplicationId = target.Application.Id, OrganisationId = target.Application.OrganisationId,
                UnitIndex = target.UnitIndex, ConcurrencyStamp = Guid.NewGuid(),
            };
            db.Inventories.Add(record);
        }
        return record;
    }

    private async Task<Outcome<T>> Save<T>(InventoryRecord record, T value, CancellationToken ct)
    {
        record.UpdatedAt = time.GetUtcNow();
        if (db.Entry(record).State != EntityState.Added)
        {
            record.ConcurrencyStamp = Guid.NewGuid();
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<T>.Conflict(l["Concurrency.Changed"]);
        }
        return Outcome<T>.Ok(value);
    }

    private Outcome<T> Invalid<T>(IReadOnlyList<InventoryIssue> issues) =>
        Outcome<T>.Invalid(issues.GroupBy(i => i.Field).ToDictionary(g => g.Key, g => g.Select(i => InventoryText.Describe(l, i)).ToArray()));
}
