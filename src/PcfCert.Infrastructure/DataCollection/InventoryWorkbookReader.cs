using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PcfCert.Footprint.Inventory;

namespace PcfCert.Infrastructure.DataCollection;

/// <summary>The upload is not a data-collection workbook PcfCert can read.</summary>
/// <param name="reason">Why: <c>not-xlsx</c> or <c>missing-sheet</c>.</param>
/// <param name="detail">The sheet that is missing, when that is the reason.</param>
public sealed class InventoryWorkbookException(string reason, string? detail = null) : Exception($"{reason}: {detail}")
{
    public string Reason { get; } = reason;

    public string? Detail { get; } = detail;
}

/// <summary>
/// Reads a filled data-collection workbook into text cells (validation is the domain's, <see cref="InventoryParser"/>).
/// Worksheets are read as a stream of rows (<see cref="OpenXmlReader"/>), so 50 000 lines read in seconds; progress is
/// reported in rows read.
/// </summary>
public static class InventoryWorkbookReader
{
    public static RawInventory Read(Stream input, IProgress<int>? progress = null)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(input, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or ArgumentException)
        {
            throw new InventoryWorkbookException("not-xlsx");
        }
        using (document)
        {
            var workbookPart = document.WorkbookPart ?? throw new InventoryWorkbookException("not-xlsx");
            var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var parts = (workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [])
                .Where(s => s.Name?.Value is not null && s.Id?.Value is not null)
                .ToDictionary(s => s.Name!.Value!, s => (WorksheetPart)workbookPart.GetPartById(s.Id!.Value!));
            if (!parts.TryGetValue(InventoryTemplate.ProductSheet, out var productPart))
            {
                throw new InventoryWorkbookException("missing-sheet", InventoryTemplate.ProductSheet);
            }
            var read = 0;
            var product = new Dictionary<string, RawCell>();
            var productFields = InventoryFields.Product.ToHashSet();
            foreach (var (row, cells) in Rows(productPart, shared))
            {
                if (cells.GetValueOrDefault("C") is { } key && productFields.Contains(key))
                {
                    product[key] = new RawCell(InventoryTemplate.ProductSheet, row, "B", cells.GetValueOrDefault("B"));
                }
            }
            var sheets = new List<RawLineSheet>();
            foreach (var (name, stage, _, _) in InventoryTemplate.StageSheets)
            {
                if (!parts.TryGetValue(name, out var part))
                {
                    continue;
                }
                RawCell? from = null, to = null;
                var rows = new List<RawLineRow>();
                foreach (var (row, cells) in Rows(part, shared))
                {
                    if (row == 2)
                    {
                        from = new RawCell(name, 2, "B", cells.GetValueOrDefault("B"));
                        to = new RawCell(name, 2, "D", cells.GetValueOrDefault("D"));
                    }
                    else if (row >= InventoryTemplate.FirstDataRow && cells.Count > 0)
                    {
                        rows.Add(new RawLineRow(row, InventoryFields.Line.Select((field, c) =>
                        {
                            var column = InventoryWorkbookWriter.Letter(c);
                            return KeyValuePair.Create(field, new RawCell(name, row, column, cells.GetValueOrDefault(column)));
                        }).ToDictionary()));
                    }
                    if (++read % 1000 == 0)
                    {
                        progress?.Report(read);
                    }
                }
                sheets.Add(new RawLineSheet(name, stage, from ?? new RawCell(name, 2, "B", null), to ?? new RawCell(name, 2, "D", null), rows));
            }
            progress?.Report(read);
            return new RawInventory(product, sheets);
        }
    }

    /// <summary>Every non-empty row of the first sheet of any workbook, cells by column letter (for tabular imports).</summary>
    public static IReadOnlyList<(int Row, Dictionary<string, string> Cells)> ReadFirstSheet(Stream input)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(input, isEditable: false);
            var workbookPart = document.WorkbookPart ?? throw new InventoryWorkbookException("not-xlsx");
            var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var first = workbookPart.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InventoryWorkbookException("not-xlsx");
            return Rows((WorksheetPart)workbookPart.GetPartById(first.Id!.Value!), shared).Where(r => r.Cells.Count > 0).ToList();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or ArgumentException)
        {
            throw new InventoryWorkbookException("not-xlsx");
        }
    }

    /// <summary>Counts the data rows of the stage sheets without reading them: the denominator of the progress bar.</summary>
    public static int CountRows(Stream input)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(input, isEditable: false);
            var workbookPart = document.WorkbookPart!;
            var names = InventoryTemplate.StageSheets.Select(s => s.Sheet).ToHashSet();
            return (workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [])
                .Where(s => s.Name?.Value is { } n && names.Contains(n))
                .Sum(s =>
                {
                    var part = (WorksheetPart)workbookPart.GetPartById(s.Id!.Value!);
                    using var reader = OpenXmlReader.Create(part);
                    var count = 0;
                    while (reader.Read())
                    {
                        // Excel (and PcfCert) write the used range first: its last row is the count without reading the rows.
                        if (reader.ElementType == typeof(SheetDimension) && Attribute(reader, "ref") is { } range
                            && int.TryParse(new string(range.Reverse().TakeWhile(char.IsDigit).Reverse().ToArray()), NumberStyles.Integer, CultureInfo.InvariantCulture, out var last))
                        {
                            return last;
                        }
                        if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                        {
                            count++;
                        }
                    }
                    return count;
                });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or ArgumentException or NullReferenceException)
        {
            throw new InventoryWorkbookException("not-xlsx");
        }
    }

    // Reads rows as a stream of XML events, without building a DOM per row: 50 000 rows read in about a second.
    private static IEnumerable<(int Row, Dictionary<string, string> Cells)> Rows(WorksheetPart part, string[] shared)
    {
        using var reader = OpenXmlReader.Create(part);
        var implicitRow = 0;
        Dictionary<string, string>? cells = null;
        var rowIndex = 0;
        var implicitColumn = 0;
        string? column = null, type = null, value = null;
        while (reader.Read())
        {
            var element = reader.ElementType;
            if (element == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    rowIndex = Attribute(reader, "r") is { } r && int.TryParse(r, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : implicitRow + 1;
                    implicitRow = rowIndex;
                    implicitColumn = 0;
                    cells = new Dictionary<string, string>();
                }
                else if (cells is not null)
                {
                    yield return (rowIndex, cells);
                    cells = null;
                }
            }
            else if (element == typeof(Cell))
            {
                if (reader.IsStartElement)
                {
                    var reference = Attribute(reader, "r");
                    column = reference is null ? InventoryWorkbookWriter.Letter(implicitColumn) : new string(reference.TakeWhile(char.IsLetter).ToArray());
                    implicitColumn = ColumnIndex(column) + 1;
                    type = Attribute(reader, "t");
                    value = null;
                }
                else if (cells is not null && column is not null)
                {
                    if (Text(type, value, shared) is { Length: > 0 } text)
                    {
                        cells[column] = text;
                    }
                    column = null;
                }
            }
            else if (reader.IsStartElement && (element == typeof(CellValue) || element == typeof(Text)) && column is not null)
            {
                value = (value ?? string.Empty) + reader.GetText();
            }
        }
    }

    private static string? Attribute(OpenXmlReader reader, string name)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == name)
            {
                return attribute.Value;
            }
        }
        return null;
    }

    private static string? Text(string? type, string? raw, string[] shared)
    {
        if (raw is null)
        {
            return null;
        }
        return type switch
        {
            "s" => int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i].Trim() : null,
            "b" => raw == "1" ? "是" : "否",
            _ => raw.Trim(),
        };
    }

    private static int ColumnIndex(string letters) => letters.Aggregate(0, (n, ch) => n * 26 + (ch - 'A' + 1)) - 1;
}
