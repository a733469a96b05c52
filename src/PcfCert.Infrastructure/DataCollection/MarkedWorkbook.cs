using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PcfCert.Infrastructure.DataCollection;

/// <summary>A message about one cell of an uploaded workbook.</summary>
/// <param name="Sheet">Sheet name.</param>
/// <param name="Row">1-based row.</param>
/// <param name="Column">Column letter.</param>
/// <param name="Message">What is wrong, in the user's language.</param>
public sealed record CellNote(string Sheet, int Row, string Column, string Message);

/// <summary>
/// The uploaded workbook given back with its faults marked: every faulty cell filled red, the row's messages written
/// beside the data (column U of a stage sheet, D of the product sheet, outside the columns the reader takes), and a first
/// sheet listing every message with a link to its cell. The file stays importable once the cells are corrected.
/// </summary>
public static class MarkedWorkbook
{
    public const string SummarySheet = "导入错误";

    /// <summary>The column the messages go to on a sheet: after the template's columns.</summary>
    public static string NoteColumn(string sheet) =>
        sheet == InventoryTemplate.ProductSheet ? "D" : InventoryWorkbookWriter.Letter(PcfCert.Footprint.Inventory.InventoryFields.Line.Count);

    public static byte[] Mark(byte[] workbook, IReadOnlyList<CellNote> notes, string summaryTitle)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var workbookPart = document.WorkbookPart ?? throw new InvalidOperationException("not a workbook");
            var (faulty, note) = AddStyles(workbookPart);
            var sheets = workbookPart.Workbook!.Sheets!;
            foreach (var bySheet in notes.GroupBy(n => n.Sheet))
            {
                if (sheets.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == bySheet.Key) is not { Id.Value: { } id }
                    || workbookPart.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }
                var data = part.Worksheet!.GetFirstChild<SheetData>() ?? part.Worksheet.AppendChild(new SheetData());
                foreach (var byRow in bySheet.GroupBy(n => n.Row).OrderBy(g => g.Key))
                {
                    var row = RowAt(data, byRow.Key);
                    foreach (var n in byRow)
                    {
                        CellAt(row, n.Column + n.Row.ToString(CultureInfo.InvariantCulture)).StyleIndex = faulty;
                    }
                    var message = CellAt(row, NoteColumn(bySheet.Key) + byRow.Key.ToString(CultureInfo.InvariantCulture));
                    SetText(message, string.Join("；", byRow.Select(n => $"{n.Column}：{n.Message}")));
                    message.StyleIndex = note;
                }
                part.Worksheet.Save();
            }
            AddSummary(workbookPart, notes, summaryTitle);
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static void AddSummary(WorkbookPart workbookPart, IReadOnlyList<CellNote> notes, string title)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(TextRow(1, [title]));
        var r = 2;
        foreach (var n in notes)
        {
            var at = $"{n.Sheet}!{n.Column}{n.Row}";
            var row = new Row { RowIndex = (uint)r };
            var link = new Cell { CellReference = $"A{r}", DataType = CellValues.String };
            link.CellFormula = new CellFormula($"HYPERLINK(\"#'{n.Sheet}'!{n.Column}{n.Row}\",\"{at}\")");
            link.CellValue = new CellValue(at);
            row.Append(link);
            row.Append(Text($"B{r}", n.Message));
            data.Append(row);
            r++;
        }
        part.Worksheet = new Worksheet(
            new Columns(new Column { Min = 1, Max = 1, Width = 22, CustomWidth = true }, new Column { Min = 2, Max = 2, Width = 110, CustomWidth = true }),
            data);
        part.Worksheet.Save();
        var sheets = workbookPart.Workbook!.Sheets!;
        var nextId = sheets.Elements<Sheet>().Select(s => s.SheetId?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1;
        // First in the tab order, so the workbook opens on the list of what to correct.
        sheets.InsertAt(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = nextId, Name = SummarySheet }, 0);
        if (workbookPart.Workbook.BookViews?.GetFirstChild<WorkbookView>() is { } view)
        {
            view.ActiveTab = 0;
            view.FirstSheet = 0;
        }
    }

    // A red fill for faulty cells and wrapped dark-red text for the messages, appended to the workbook's styles.
    private static (uint Faulty, uint Note) AddStyles(WorkbookPart workbookPart)
    {
        var stylesPart = workbookPart.WorkbookStylesPart ?? workbookPart.AddNewPart<WorkbookStylesPart>();
        var sheet = stylesPart.Stylesheet ??= new Stylesheet();
        var fonts = sheet.Fonts ??= new Fonts(new Font());
        if (!fonts.Elements<Font>().Any())
        {
            fonts.Append(new Font());
        }
        var fills = sheet.Fills ??= new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        var borders = sheet.Borders ??= new Borders(new Border());
        if (!borders.Elements<Border>().Any())
        {
            borders.Append(new Border());
        }
        var formats = sheet.CellFormats ??= new CellFormats(new CellFormat());
        if (!formats.Elements<CellFormat>().Any())
        {
            formats.Append(new CellFormat());
        }
        fills.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFC7CE" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }));
        var fillId = (uint)fills.Elements<Fill>().Count() - 1;
        fonts.Append(new Font(new Color { Rgb = "FF9C0006" }));
        var fontId = (uint)fonts.Elements<Font>().Count() - 1;
        formats.Append(new CellFormat { FontId = 0, FillId = fillId, BorderId = 0, ApplyFill = true });
        var faulty = (uint)formats.Elements<CellFormat>().Count() - 1;
        formats.Append(new CellFormat(new Alignment { WrapText = true }) { FontId = fontId, FillId = 0, BorderId = 0, ApplyFont = true, ApplyAlignment = true });
        var note = (uint)formats.Elements<CellFormat>().Count() - 1;
        fonts.Count = (uint)fonts.Elements<Font>().Count();
        fills.Count = (uint)fills.Elements<Fill>().Count();
        borders.Count = (uint)borders.Elements<Border>().Count();
        formats.Count = (uint)formats.Elements<CellFormat>().Count();
        stylesPart.Stylesheet.Save();
        return (faulty, note);
    }

    private static Row RowAt(SheetData data, int index)
    {
        Row? before = null;
        foreach (var row in data.Elements<Row>())
        {
            var at = (int)(row.RowIndex?.Value ?? 0);
            if (at == index)
            {
                return row;
            }
            if (at > index)
            {
                before = row;
                break;
            }
        }
        var created = new Row { RowIndex = (uint)index };
        return before is null ? data.AppendChild(created) : data.InsertBefore(created, before);
    }

    private static Cell CellAt(Row row, string reference)
    {
        var column = ColumnIndex(reference);
        Cell? before = null;
        foreach (var cell in row.Elements<Cell>())
        {
            var at = ColumnIndex(cell.CellReference?.Value ?? "");
            if (at == column)
            {
                return cell;
            }
            if (at > column)
            {
                before = cell;
                break;
            }
        }
        var created = new Cell { CellReference = reference };
        row.Spans = null; // a span no longer true would make Excel repair the file
        return before is null ? row.AppendChild(created) : row.InsertBefore(created, before);
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index;
    }

    private static void SetText(Cell cell, string text)
    {
        cell.CellFormula = null;
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text));
    }

    private static Row TextRow(int index, string[] values)
    {
        var row = new Row { RowIndex = (uint)index };
        for (var c = 0; c < values.Length; c++)
        {
            row.Append(Text(InventoryWorkbookWriter.Letter(c) + index.ToString(CultureInfo.InvariantCulture), values[c]));
        }
        return row;
    }

    private static Cell Text(string reference, string value) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) };
}
