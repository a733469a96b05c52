using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using System.Xml;
using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;

namespace PcfCert.Infrastructure.DataCollection;

/// <summary>The upload is not a data-collection workbook PcfCert can read.</summary>
/// <param name="reason">Why: <c>not-xlsx</c>, <c>missing-sheet</c>, <c>layout</c>, <c>too-large</c>, <c>too-many-rows</c>, <c>too-many-cells</c> or <c>dtd</c>.</param>
/// <param name="detail">The sheet or part concerned.</param>
public sealed class InventoryWorkbookException(string reason, string? detail = null) : Exception($"{reason}: {detail}")
{
    public string Reason { get; } = reason;

    public string? Detail { get; } = detail;
}

/// <summary>
/// Reads a filled data-collection workbook into text cells (validation is the domain's, <see cref="InventoryParser"/>).
/// The package is checked first (<see cref="WorkbookLimits.CheckPackage"/>); worksheets are read as a stream of rows
/// (<see cref="SheetStream"/>), so 50 000 lines read in seconds and a hostile file stops at a limit; progress is
/// reported in rows read. A stage sheet the boundary needs must be there under its name, with the template's headers
/// in row 4: a renamed sheet or a moved header would otherwise drop or shift lines without a word.
/// </summary>
public static class InventoryWorkbookReader
{
    private const int HeaderRow = InventoryTemplate.FirstDataRow - 1;

    /// <summary>Reads the whole workbook into memory (templates, tests, small files); the import streams with <see cref="ReadInto"/>.</summary>
    public static RawInventory Read(Stream input, IProgress<int>? progress = null)
    {
        var collect = new Collect();
        Read(input, collect, progress);
        return new RawInventory(collect.ProductCells, collect.Sheets);
    }

    /// <summary>
    /// Streams the workbook into <paramref name="reading"/> row by row: each row is validated as it is read and its cells
    /// dropped, so memory holds the valid lines, not every cell of the workbook.
    /// </summary>
    public static void ReadInto(Stream input, InventoryReading reading, IProgress<int>? progress = null) =>
        Read(input, new Validate(reading), progress);

    private static void Read(Stream input, ISink sink, IProgress<int>? progress)
    {
        using var document = Open(input);
        try
        {
            Read(document, sink, progress);
        }
        catch (XmlException)
        {
            throw new InventoryWorkbookException("not-xlsx");
        }
    }

    // Where the rows go: kept whole (Read) or validated one by one (ReadInto). A sheet's header block comes before its rows.
    private interface ISink
    {
        void Product(Dictionary<string, RawCell> cells);

        void Sheet(RawLineSheet sheet);

        void Row(RawLineSheet sheet, RawLineRow row);
    }

    private sealed class Collect : ISink
    {
        private readonly List<RawLineRow> _rows = [];
        private RawLineSheet? _sheet;

        public Dictionary<string, RawCell> ProductCells { get; private set; } = [];

        public List<RawLineSheet> Sheets { get; } = [];

        public void Product(Dictionary<string, RawCell> cells) => ProductCells = cells;

        public void Sheet(RawLineSheet sheet)
        {
            Close();
            _sheet = sheet;
        }

        public void Row(RawLineSheet sheet, RawLineRow row) => _rows.Add(row);

        public void Close()
        {
            if (_sheet is not null)
            {
                Sheets.Add(_sheet with { Rows = [.. _rows] });
                _rows.Clear();
                _sheet = null;
            }
        }
    }

    private sealed class Validate(InventoryReading reading) : ISink
    {
        public void Product(Dictionary<string, RawCell> cells) => reading.Product(cells);

        public void Sheet(RawLineSheet sheet) => reading.Sheet(sheet);

        public void Row(RawLineSheet sheet, RawLineRow row) => reading.Row(sheet, row);
    }

    private static void Read(SpreadsheetDocument document, ISink sink, IProgress<int>? progress)
    {
        var workbookPart = document.WorkbookPart ?? throw new InventoryWorkbookException("not-xlsx");
        var shared = SheetStream.SharedStrings(workbookPart);
        var parts = Sheets(workbookPart);
        if (!parts.TryGetValue(InventoryTemplate.ProductSheet, out var productPart))
        {
            throw new InventoryWorkbookException("missing-sheet", InventoryTemplate.ProductSheet);
        }
        var read = 0;
        var product = new Dictionary<string, RawCell>();
        var productFields = InventoryFields.Product.ToHashSet();
        foreach (var (row, cells) in SheetStream.Rows(productPart, InventoryTemplate.ProductSheet, shared))
        {
            if (cells.GetValueOrDefault("C") is { } key && productFields.Contains(key))
            {
                product[key] = new RawCell(InventoryTemplate.ProductSheet, row, "B", cells.GetValueOrDefault("B"));
            }
        }
        sink.Product(product);
        var boundary = product.GetValueOrDefault("boundary")?.Value is { } b && InventoryParser.Boundaries.TryGetValue(b, out var known)
            ? known : SystemBoundary.CradleToGate;
        var required = InventoryTemplate.SheetsFor(boundary).Select(s => s.Sheet).ToHashSet();
        foreach (var (name, stage, _, _) in InventoryTemplate.StageSheets)
        {
            if (!parts.TryGetValue(name, out var part))
            {
                if (required.Contains(name))
                {
                    throw new InventoryWorkbookException("missing-sheet", name);
                }
                continue;
            }
            RawCell? from = null, to = null, filledOn = null, filledBy = null, collectionObject = null;
            RawLineSheet? sheet = null;
            RawCell Empty(string column) => new(name, InventoryTemplate.InfoRow, column, null);
            // The header block (row 2) is known before the first data row; a sheet without data rows is started at its end.
            RawLineSheet Started() => sheet ??= Start(new RawLineSheet(name, stage, from ?? Empty(InventoryTemplate.PeriodFromColumn),
                to ?? Empty(InventoryTemplate.PeriodToColumn), [], filledOn ?? Empty(InventoryTemplate.FilledOnColumn),
                filledBy ?? Empty(InventoryTemplate.FilledByColumn), collectionObject ?? Empty(InventoryTemplate.CollectionObjectColumn)));
            RawLineSheet Start(RawLineSheet s)
            {
                sink.Sheet(s);
                return s;
            }
            var headers = false;
            foreach (var (row, cells) in SheetStream.Rows(part, name, shared))
            {
                if (row == InventoryTemplate.InfoRow)
                {
                    (from, to, filledOn, filledBy, collectionObject) = (Info(InventoryTemplate.PeriodFromColumn), Info(InventoryTemplate.PeriodToColumn),
                        Info(InventoryTemplate.FilledOnColumn), Info(InventoryTemplate.FilledByColumn), Info(InventoryTemplate.CollectionObjectColumn));
                    RawCell Info(string column) => new(name, InventoryTemplate.InfoRow, column, cells.GetValueOrDefault(column));
                }
                else if (row == HeaderRow)
                {
                    headers = HasTemplateHeaders(cells) ? true : throw new InventoryWorkbookException("layout", name);
                }
                else if (row >= InventoryTemplate.FirstDataRow)
                {
                    if (!headers)
                    {
                        throw new InventoryWorkbookException("layout", name);
                    }
                    // Only the filled cells are kept (the parser makes the empty ones on demand): 50 000 rows stay small.
                    var line = new Dictionary<string, RawCell>(cells.Count);
                    for (var c = 0; c < InventoryFields.Line.Count; c++)
                    {
                        var column = SheetStream.Letter(c);
                        if (cells.TryGetValue(column, out var text))
                        {
                            line[InventoryFields.Line[c]] = new RawCell(name, row, column, text);
                        }
                    }
                    sink.Row(Started(), new RawLineRow(row, line));
                }
                if (++read % 1000 == 0)
                {
                    progress?.Report(read);
                }
            }
            Started();
        }
        (sink as Collect)?.Close();
        progress?.Report(read);
    }

    // Row 4 holds the template's headers in columns A … T (or A … M, the first template without the table 2 columns) and
    // nothing beyond: an inserted column or a moved header row is refused whole.
    private static bool HasTemplateHeaders(Dictionary<string, string> cells) =>
        (cells.Count == InventoryFields.Line.Count || cells.Count == InventoryFields.FirstLayoutColumns)
        && InventoryFields.Line.Take(cells.Count).Select((field, c) => cells.GetValueOrDefault(SheetStream.Letter(c)) == InventoryTemplate.LineHeaders[field]).All(x => x);

    /// <summary>Every non-empty row of the first sheet of any workbook, cells by column letter (for tabular imports).</summary>
    public static IReadOnlyList<(int Row, Dictionary<string, string> Cells)> ReadFirstSheet(Stream input)
    {
        using var document = Open(input);
        try
        {
            var workbookPart = document.WorkbookPart ?? throw new InventoryWorkbookException("not-xlsx");
            var shared = SheetStream.SharedStrings(workbookPart);
            var first = workbookPart.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InventoryWorkbookException("not-xlsx");
            var name = first.Name?.Value ?? "1";
            return SheetStream.Rows((WorksheetPart)workbookPart.GetPartById(first.Id!.Value!), name, shared).ToList();
        }
        catch (Exception e) when (e is XmlException or ArgumentException or InvalidCastException)
        {
            throw new InventoryWorkbookException("not-xlsx");
        }
    }

    /// <summary>Counts the data rows of the stage sheets without reading them: the denominator of the progress bar.</summary>
    public static int CountRows(Stream input)
    {
        using var document = Open(input);
        try
        {
            var names = InventoryTemplate.StageSheets.Select(s => s.Sheet).ToHashSet();
            return Sheets(document.WorkbookPart ?? throw new InventoryWorkbookException("not-xlsx"))
                .Where(s => names.Contains(s.Key)).Sum(s => SheetStream.CountRows(s.Value, s.Key));
        }
        catch (XmlException)
        {
            throw new InventoryWorkbookException("not-xlsx");
        }
    }

    // The package is checked (zip directory sizes, no DTD) before the Open XML SDK parses any part of it.
    private static SpreadsheetDocument Open(Stream input)
    {
        byte[] bytes;
        if (input is MemoryStream memory)
        {
            bytes = memory.ToArray();
        }
        else
        {
            using var copy = new MemoryStream();
            input.CopyTo(copy);
            bytes = copy.ToArray();
        }
        WorkbookLimits.CheckPackage(bytes);
        try
        {
            return SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or ArgumentException or XmlException)
        {
            throw new InventoryWorkbookException("not-xlsx");
        }
    }

    private static Dictionary<string, WorksheetPart> Sheets(WorkbookPart workbookPart)
    {
        var parts = new Dictionary<string, WorksheetPart>();
        foreach (var sheet in workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Name?.Value is { } name && sheet.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
            {
                parts.TryAdd(name, worksheet);
            }
        }
        return parts;
    }
}
