using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Web.Localization;
using PcfCert.Footprint.Documents;
using PcfCert.Footprint.Model;
using PcfCert.Footprint.Units;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.DataCollection;

public static class DataCollectionApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record ImportStatusDto(Guid Id, string Status, int TotalRows, int RowsRead, int LinesImported, int Issues, string? FailureReason);

    public static void MapDataCollectionApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/applications/{id:guid}/inventories/{unit:int}").WithTags("DataCollection");

        group.MapGet("/template", async (Guid id, int unit, InventoryAccess access, PcfCertDbContext db, CancellationToken ct) =>
        {
            if (await access.FindAsync(id, unit, ct) is not { } target)
            {
                return Results.NotFound();
            }
            var spec = await SpecAsync(target, db, access, ct);
            var stream = new MemoryStream();
            InventoryWorkbookWriter.Write(stream, spec);
            stream.Position = 0;
            return Results.File(stream, Xlsx, $"数据采集清单-{target.Unit.Model}.xlsx");
        }).WithSummary("The CEC annex 2 data-collection template of a certification unit (.xlsx with drop-downs).");

        group.MapGet("/export", async (Guid id, int unit, InventoryAccess access, CheckInventory check, PcfCertDbContext db, CancellationToken ct) =>
        {
            if (await access.FindAsync(id, unit, ct) is not { } target || await check.LoadAsync(target, ct) is not { } inventory)
            {
                return Results.NotFound();
            }
            var stream = new MemoryStream();
            InventoryWorkbookWriter.Write(stream, await SpecAsync(target, db, access, ct), inventory);
            stream.Position = 0;
            return Results.File(stream, Xlsx, $"数据采集清单-{target.Unit.Model}-导出.xlsx");
        }).WithSummary("The stored inventory back to .xlsx in the template layout (it re-imports unchanged).");

        group.MapGet("/model", async (Guid id, int unit, InventoryAccess access, CheckInventory check, CancellationToken ct) =>
        {
            if (await access.FindAsync(id, unit, ct) is not { } target || await check.Handle(target, ct) is not { } result)
            {
                return Results.NotFound();
            }
            return Results.Text(ModelDocument.Write(result.Report.Build.Model), "application/json", System.Text.Encoding.UTF8);
        }).WithSummary("The pcfcert.model/1 document built from the inventory with the library's exact factor versions (code@version).");

        group.MapGet("/checks", async (Guid id, int unit, InventoryAccess access, CheckInventory check, CancellationToken ct) =>
        {
            if (await access.FindAsync(id, unit, ct) is not { } target || await check.Handle(target, ct) is not { } result)
            {
                return Results.NotFound();
            }
            var r = result.Report;
            return Results.Ok(new
            {
                r.MassBalance, r.CutOff, withoutFactor = r.WithoutFactor.Select(m => new { m.Name, m.Stage, m.Source }), r.PrimaryShare,
                r.Build.AllocationFactor, totalKgCO2e = r.Result?.TotalKgCO2e, errors = r.Errors.Select(e => e.ToString()), r.ReadyToSubmit,
            });
        }).WithSummary("The verifier's checks: mass balance, cut-off share, lines without a factor, primary-data share, the computed total.");

        api.MapGet("/inventory-imports/{importId:guid}", async (Guid importId, PcfCertDbContext db, InventoryAccess access, CancellationToken ct) =>
        {
            var report = await db.InventoryImports.AsNoTracking().Where(r => r.Id == importId)
                .Select(r => new { r.ApplicationId, r.UnitIndex, r.Status, r.TotalRows, r.RowsRead, r.LinesImported, r.FailureReason, r.Id }).SingleOrDefaultAsync(ct);
            if (report is null || await access.FindAsync(report.ApplicationId, report.UnitIndex, ct) is null)
            {
                return Results.NotFound();
            }
            var issues = report.Status is ImportStatus.Refused or ImportStatus.AwaitingConfirmation
                ? (await db.InventoryImports.AsNoTracking().SingleAsync(r => r.Id == importId, ct)).Issues.Count
                : 0;
            return Results.Ok(new ImportStatusDto(report.Id, report.Status.ToString(), report.TotalRows, report.RowsRead, report.LinesImported, issues, report.FailureReason));
        }).WithTags("DataCollection").WithSummary("Progress and outcome of an inventory import.");

        MapImportDownloads(api);
    }

    /// <summary>The full list of a refused import's messages as CSV (UTF-8 with BOM, so Excel shows the Chinese), never cut.</summary>
    public static string IssuesCsv(IStringLocalizer<SharedResource> l, IReadOnlyList<Footprint.Inventory.InventoryIssue> issues)
    {
        var csv = new System.Text.StringBuilder();
        csv.AppendLine(string.Join(",", new[] { "Inventory.IssueSheet", "Inventory.IssueRow", "Inventory.IssueColumn", "Inventory.IssueField", "Inventory.IssueMessage" }
            .Select(k => Quote(l[k]))));
        foreach (var i in issues)
        {
            csv.AppendLine(string.Join(",", Quote(i.Sheet), i.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), Quote(i.Column),
                Quote(l["InventoryField." + i.Field]), Quote(InventoryText.Describe(l, i))));
        }
        return csv.ToString();

        // A leading =, +, - or @ would make a spreadsheet evaluate the workbook's own text as a formula.
        static string Quote(string value) =>
            "\"" + (value.Length > 0 && "=+-@".Contains(value[0]) ? "'" : "") + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void MapImportDownloads(RouteGroupBuilder api)
    {
        api.MapGet("/inventory-imports/{importId:guid}/issues.csv", async (Guid importId, PcfCertDbContext db, InventoryAccess access,
            IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            var report = await db.InventoryImports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == importId, ct);
            if (report is null || await access.FindAsync(report.ApplicationId, report.UnitIndex, ct) is null)
            {
                return Results.NotFound();
            }
            var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(IssuesCsv(l, report.Issues))).ToArray();
            return Results.File(bytes, "text/csv; charset=utf-8", $"导入错误-{Path.GetFileNameWithoutExtension(report.FileName)}.csv");
        }).WithTags("DataCollection").WithSummary("Every message of an import report as CSV (sheet, row, column, field, message).");

        api.MapGet("/inventory-imports/{importId:guid}/marked.xlsx", async (Guid importId, PcfCertDbContext db, InventoryAccess access,
            IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            var report = await db.InventoryImports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == importId, ct);
            if (report is null || await access.FindAsync(report.ApplicationId, report.UnitIndex, ct) is null)
            {
                return Results.NotFound();
            }
            var content = await db.Files.AsNoTracking().Where(f => f.Id == report.FileId).Select(f => f.Content).SingleAsync(ct);
            var notes = report.Issues.Select(i => new CellNote(i.Sheet, i.Row, i.Column, InventoryText.Describe(l, i))).ToList();
            var marked = MarkedWorkbook.Mark(content, notes, l["Inventory.MarkedTitle", notes.Count]);
            return Results.File(marked, Xlsx, $"{Path.GetFileNameWithoutExtension(report.FileName)}-错误标注.xlsx");
        }).WithTags("DataCollection").WithSummary("The uploaded workbook with every faulty cell marked red, the messages beside each row, and a first sheet listing them with links.");
    }

    internal static async Task<TemplateSpec> SpecAsync(InventoryAccess.Target target, PcfCertDbContext db, InventoryAccess access, CancellationToken ct)
    {
        var transport = await Factors.SearchFactors.CurrentFor(db, target.Application.OrganisationId).AsNoTracking()
            .Where(v => v.Unit == "t*km" || v.Unit == "kg*km").Select(v => v.Code).OrderBy(c => c).ToListAsync(ct);
        var factors = await Factors.SearchFactors.CurrentFor(db, target.Application.OrganisationId).AsNoTracking().OrderBy(v => v.Code)
            .Select(v => new TemplateFactor(v.Code, v.NameZh, v.Unit, v.Category, v.Source)).ToListAsync(ct);
        var boundary = (await access.RecordAsync(target, ct))?.Product?.Boundary ?? SystemBoundary.CradleToGate;
        return new TemplateSpec(target.Unit.ProductName, target.Unit.Model, boundary, [.. UnitTable.Symbols], transport, factors);
    }
}
