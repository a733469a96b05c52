using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;

namespace PcfCert.Infrastructure.DataCollection;

/// <summary>
/// Writes the data-collection workbook with the Open XML SDK: the template (placeholders of annex 2, drop-down lists,
/// Chinese instructions) or, given an inventory, the filled inventory in the same layout so it imports again unchanged.
/// Worksheets are streamed (<see cref="OpenXmlWriter"/>) so a 50 000-line export stays small in memory.
/// </summary>
public static class InventoryWorkbookWriter
{
    private static readonly string[] YesNo = ["是", "否"];
    private static readonly string[] Kinds = ["初级", "次级"];
    private static readonly string[] Acquisitions = ["自产", "外购"];
    private static readonly string[] Boundaries = ["从摇篮到大门", "从摇篮到坟墓", "从大门到大门"];
    private static readonly string[] Allocations = ["质量", "数量", "经济价值"];

    public static void Write(Stream output, TemplateSpec spec, ActivityInventory? filled = null)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook(new Sheets());
        var sheets = workbookPart.Workbook.Sheets!;
        uint sheetId = 1;

        // Lists sheet first in the package but hidden; the others refer to its columns for their drop-downs.
        // Never an empty transport list: without library factors the column still offers the empty choice, and says why.
        string[] transport = spec.TransportFactors.Count > 0 ? [.. spec.TransportFactors] : [""];
        string[][] lists = [[.. spec.Units], transport, YesNo, Kinds, Acquisitions, Boundaries, Allocations,
            [.. (spec.Factors ?? []).Select(f => f.Code)]];
        string ListRange(int column) =>
            $"'{InventoryTemplate.ListsSheet}'!${Letter(column)}$1:${Letter(column)}${Math.Max(1, lists[column].Length)}";

        var boundary = filled?.Product.Boundary ?? spec.Boundary;
        AddSheet(workbookPart, sheets, ref sheetId, InventoryTemplate.ProductSheet, writer => WriteProduct(writer, spec, filled?.Product, ListRange));
        foreach (var (sheet, stage, title, placeholders) in InventoryTemplate.SheetsFor(boundary))
        {
            var lines = filled?.Lines.Where(l => l.Stage == stage).ToList();
            var header = filled?.Sheets?.FirstOrDefault(h => h.Stage == stage);
            var collectionObject = filled is null ? InventoryTemplate.CollectionObject(stage, spec.ProductName) : header?.CollectionObject;
            AddSheet(workbookPart, sheets, ref sheetId, sheet, writer => WriteStage(writer, title, placeholders, lines, filled?.Product, header, collectionObject, ListRange));
        }
        if (spec.Factors is { Count: > 0 } factors)
        {
            AddSheet(workbookPart, sheets, ref sheetId, InventoryTemplate.FactorsSheet, writer => WriteFactors(writer, factors));
        }
        AddSheet(workbookPart, sheets, ref sheetId, InventoryTemplate.ListsSheet, writer =>
        {
            writer.WriteStartElement(new SheetData());
            var rows = lists.Max(l => l.Length);
            for (var r = 0; r < rows; r++)
            {
                WriteRow(writer, r + 1, lists.Select(l => r < l.Length ? (object?)l[r] : null).ToArray());
            }
            writer.WriteEndElement();
        }, hidden: true);
        workbookPart.Workbook.Save();
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, ref uint sheetId, string name, Action<OpenXmlWriter> body, bool hidden = false)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            body(writer);
            writer.WriteEndElement();
        }
        sheets.Append(new Sheet
        {
            Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = name,
            State = hidden ? SheetStateValues.Hidden : null,
        });
    }

    private static void WriteProduct(OpenXmlWriter writer, TemplateSpec spec, ProductInformation? p, Func<int, string> listRange)
    {
        writer.WriteElement(new Columns(
            new Column { Min = 1, Max = 1, Width = 52, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 36, CustomWidth = true },
            new Column { Min = 3, Max = 3, Width = 16, CustomWidth = true, Hidden = true }));
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, ["（一）产品基本信息"]);
        WriteRow(writer, 2, [InventoryTemplate.ProductInstructions]);
        var row = 3;
        foreach (var field in InventoryFields.Product)
        {
            WriteRow(writer, row++, [InventoryTemplate.ProductLabels[field], ProductValue(field, spec, p), field]);
        }
        writer.WriteEndElement();
        int RowOf(string field) => 3 + InventoryFields.Product.ToList().IndexOf(field);
        writer.WriteElement(new DataValidations(
            List($"B{RowOf("declaredUnit")}", listRange(0)),
            List($"B{RowOf("lineMetered")}", listRange(2)),
            List($"B{RowOf("boundary")}", listRange(5)),
            List($"B{RowOf("allocation")}", listRange(6))));
    }

    private static object? ProductValue(string field, TemplateSpec spec, ProductInformation? p) => field switch
    {
        "name" => p?.Name ?? spec.ProductName,
        "model" => p?.Model ?? spec.Model,
        "boundary" => Boundaries[p?.Boundary switch { SystemBoundary.CradleToGrave => 1, SystemBoundary.GateToGate => 2, null => spec.Boundary switch { SystemBoundary.CradleToGrave => 1, SystemBoundary.GateToGate => 2, _ => 0 }, _ => 0 }],
        "declaredAmount" => p?.DeclaredUnit.Amount ?? 1.0,
        "declaredUnit" => p?.DeclaredUnit.Unit ?? "piece",
        _ when p is null => null,
        "productMassKg" => p.ProductMassKg,
        "periodStart" => p.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "periodEnd" => p.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "linePieces" => p.LinePieces,
        "lineMassKg" => p.LineMassKg,
        "plantPieces" => p.PlantPieces,
        "plantMassKg" => p.PlantMassKg,
        "lineMetered" => p.LineMeteredSeparately ? "是" : "否",
        "allocation" => Allocations[(int)p.Allocation],
        "lineValue" => p.LineValue,
        "plantValue" => p.PlantValue,
        "filledBy" => p.FilledBy,
        "contact" => p.Contact,
        _ => null,
    };

    private static void WriteStage(OpenXmlWriter writer, string title, string[] placeholders, List<InventoryLine>? lines,
        ProductInformation? product, StageSheetHeader? header, string? collectionObject, Func<int, string> listRange)
    {
        var lastRow = InventoryTemplate.FirstDataRow - 1 + (lines?.Count ?? placeholders.Length);
        var lastColumn = Letter(InventoryFields.Line.Count - 1);
        writer.WriteElement(new SheetDimension { Reference = $"A1:{lastColumn}{lastRow}" });
        writer.WriteElement(new Columns(
            new Column { Min = 1, Max = 1, Width = 22, CustomWidth = true },
            new Column { Min = 2, Max = (uint)InventoryFields.Line.Count, Width = 15, CustomWidth = true }));
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, [title]);
        var from = product?.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = product?.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // 综合信息 (CEC annex 2): 时间范围, 填表日期, 填表人, 数据收集对象 — see InventoryTemplate.InfoRow.
        WriteRow(writer, InventoryTemplate.InfoRow, ["时间范围", from, "至", to, "填表日期", header?.FilledOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "填表人", header?.FilledBy, "数据收集对象", collectionObject]);
        WriteRow(writer, 3, [InventoryTemplate.StageInstructions]);
        WriteRow(writer, 4, InventoryFields.Line.Select(f => (object?)InventoryTemplate.LineHeaders[f]).ToArray());
        var row = InventoryTemplate.FirstDataRow;
        if (lines is null)
        {
            foreach (var name in placeholders)
            {
                WriteRow(writer, row++, [name]);
            }
        }
        else
        {
            foreach (var l in lines)
            {
                WriteRow(writer, row++,
                [
                    l.Name, l.Amount, l.Unit, l.Acquisition switch { Acquisition.SelfProduced => "自产", Acquisition.Purchased => "外购", _ => null },
                    l.DistanceKm, l.OriginPlace, l.TransportFactor, l.DataSource, l.DataKind == DataKind.Primary ? "初级" : "次级",
                    l.FactorKey, l.PlantLevel ? "是" : "否", l.CutOff ? "是" : "否", l.Notes,
                    l.Primary?.Description, l.Primary?.MonitoringPoint, l.Primary?.Instrument, l.Primary?.Procedure, l.Primary?.Frequency,
                    l.Primary?.QualityAssurance, l.Primary?.Use,
                ]);
            }
        }
        writer.WriteEndElement();
        var last = InventoryTemplate.FirstDataRow + InventoryTemplate.ValidatedRows - 1;
        string Range(string field) => $"{InventoryFields.LineColumn(field)}{InventoryTemplate.FirstDataRow}:{InventoryFields.LineColumn(field)}{last}";
        writer.WriteElement(new DataValidations(
            List(Range("unit"), listRange(0)),
            List(Range("transport"), listRange(1)),
            Suggest(Range("factor"), listRange(7)),
            List(Range("acquisition"), listRange(4)),
            List(Range("dataKind"), listRange(3)),
            List(Range("plantLevel"), listRange(2)),
            List(Range("cutOff"), listRange(2))));
    }

    // The factor sheet: every current library factor with its Chinese name, unit, category and source, so the engineer
    // finds a code by its Chinese name (Ctrl+F or the filter) and picks it from column J's drop-down.
    private static void WriteFactors(OpenXmlWriter writer, IReadOnlyList<TemplateFactor> factors)
    {
        writer.WriteElement(new Columns(
            new Column { Min = 1, Max = 1, Width = 44, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 44, CustomWidth = true },
            new Column { Min = 3, Max = 4, Width = 12, CustomWidth = true },
            new Column { Min = 5, Max = 5, Width = 60, CustomWidth = true }));
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, [InventoryTemplate.FactorsInstructions]);
        WriteRow(writer, 2, ["排放因子代码", "中文名称", "单位", "类别", "来源"]);
        var row = 3;
        foreach (var f in factors)
        {
            WriteRow(writer, row++, [f.Code, f.NameZh, f.Unit, f.Category, f.Source]);
        }
        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A2:E{Math.Max(2, row - 1)}" });
    }

    // A drop-down that proposes the library's codes but accepts other keys too (code@2, gas:SF6, process:unit-2).
    private static DataValidation Suggest(string range, string source)
    {
        var validation = List(range, source);
        validation.ShowErrorMessage = false;
        return validation;
    }

    private static DataValidation List(string range, string source) => new()
    {
        Type = DataValidationValues.List,
        AllowBlank = true,
        ShowErrorMessage = true,
        ErrorTitle = "无效的选项",
        Error = "请从下拉列表中选择。",
        SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
        Formula1 = new Formula1(source),
    };

    private static void WriteRow(OpenXmlWriter writer, int row, object?[] values)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)row });
        for (var c = 0; c < values.Length; c++)
        {
            var reference = Letter(c) + row.ToString(CultureInfo.InvariantCulture);
            switch (values[c])
            {
                case null:
                    break;
                case double d:
                    writer.WriteElement(new Cell { CellReference = reference, CellValue = new CellValue(d) });
                    break;
                case var v:
                    writer.WriteElement(new Cell
                    {
                        CellReference = reference, DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(Convert.ToString(v, CultureInfo.InvariantCulture)!)),
                    });
                    break;
            }
        }
        writer.WriteEndElement();
    }

    internal static string Letter(int column) => ((char)('A' + column)).ToString();
}
