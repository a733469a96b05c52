using System.Threading.Channels;
using Microsoft.Extensions.Localization;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>The imports waiting for the background worker (ids of <see cref="InventoryImportRecord"/>).</summary>
public sealed class InventoryImportQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>();

    public ValueTask EnqueueAsync(Guid importId, CancellationToken ct) => _channel.Writer.WriteAsync(importId, ct);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
}

/// <summary>
/// Takes a filled workbook from the applicant: checks size and type by content, stores it with its SHA-256, opens an
/// import report and queues it. The import itself runs in the background (<see cref="RunInventoryImport"/>); the page
/// follows its progress.
/// </summary>
public sealed class StartInventoryImport(PcfCertDbContext db, InventoryImportQueue queue, CurrentUser me, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public const long MaxBytes = 30 * 1024 * 1024;

    public async Task<Outcome<InventoryImportRecord>> Handle(InventoryAccess.Target target, IFormFile? file, CancellationToken ct)
    {
        Outcome<InventoryImportRecord> Refused(string key) =>
            Outcome<InventoryImportRecord>.Invalid(new Dictionary<string, string[]> { ["file"] = [l[key, l["Inventory.File"]]] });
        if (!target.CanEdit)
        {
            return Outcome<InventoryImportRecord>.Forbidden(l["Inventory.ApplicantOnly"]);
        }
        if (file is null || file.Length == 0)
        {
            return Refused("Validation.FileEmpty");
        }
        if (file.Length > MaxBytes)
        {
            return Outcome<InventoryImportRecord>.Invalid(new Dictionary<string, string[]>
            {
                ["file"] = [l["Inventory.FileTooLarge", l["Inventory.File"], file.Length / 1024.0 / 1024.0, MaxBytes / 1024 / 1024]],
            });
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (bytes is not [0x50, 0x4B, 0x03, 0x04, ..])
        {
            return Refused("Inventory.NotXlsx");
        }
        int total;
        try
        {
            total = InventoryWorkbookReader.CountRows(new MemoryStream(bytes));
        }
        catch (InventoryWorkbookException e)
        {
            // The package checks and the row limit answer at once; a file that is not a workbook says so.
            return e.Reason == "not-xlsx"
                ? Refused("Inventory.NotXlsx")
                : Outcome<InventoryImportRecord>.Invalid(new Dictionary<string, string[]> { ["file"] = [ImportFailureText.Describe(l, e.Reason, e.Detail)] });
        }
        var now = time.GetUtcNow();
        var stored = Applications.Actions.FileStore.Create(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            file.FileName, target.Application.OrganisationId, me.Id!, now);
        var report = new InventoryImportRecord
        {
            Id = Guid.NewGuid(), ApplicationId = target.Application.Id, OrganisationId = target.Application.OrganisationId, UnitIndex = target.UnitIndex,
            FileId = stored.Id, FileName = stored.FileName, Sha256 = stored.Sha256, UploadedBy = me.Name ?? me.Id!, StartedAt = now,
            Status = ImportStatus.Running, TotalRows = total,
        };
        db.Files.Add(stored);
        db.InventoryImports.Add(report);
        await db.SaveChangesAsync(ct);
        await queue.EnqueueAsync(report.Id, ct);
        return Outcome<InventoryImportRecord>.Ok(report);
    }
}
