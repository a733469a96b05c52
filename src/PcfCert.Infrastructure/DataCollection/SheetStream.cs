using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PcfCert.Infrastructure.DataCollection;

/// <summary>
/// Reads worksheet rows and the shared-string table as a stream of XML events (<see cref="OpenXmlReader"/>), never a DOM,
/// counting rows, cells and characters against <see cref="WorkbookLimits"/> and stopping at the first one passed.
/// Memory stays bounded by the limits, whatever the file claims.
/// </summary>
internal static class SheetStream
{
    /// <summary>The shared strings, streamed; phonetic runs (rPh) are not part of the text.</summary>
    public static string[] SharedStrings(WorkbookPart workbook)
    {
        if (workbook.SharedStringTablePart is not { } part)
        {
            return [];
        }
        var strings = new List<string>();
        var text = new StringBuilder();
        long chars = 0;
        var phonetic = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            var element = reader.ElementType;
            if (element == typeof(SharedStringItem))
            {
                if (reader.IsStartElement)
                {
                    text.Clear();
                }
                else
                {
                    if (strings.Count >= WorkbookLimits.MaxSharedStrings)
                    {
                        throw new InventoryWorkbookException("too-large", "xl/sharedStrings.xml");
                    }
                    strings.Add(text.ToString().Trim());
                }
            }
            else if (element == typeof(PhoneticRun))
            {
                phonetic = reader.IsStartElement;
            }
            else if (element == typeof(Text) && reader.IsStartElement && !phonetic)
            {
                var value = reader.GetText();
                chars += value.Length;
                if (chars > WorkbookLimits.MaxSharedStringChars)
                {
                    throw new InventoryWorkbookException("too-large", "xl/sharedStrings.xml");
                }
                text.Append(value);
            }
        }
        return [.. strings];
    }

    /// <summary>Every row of a sheet that has a cell with text, cells by column letter; empty rows are counted, not kept.</summary>
    /// <param name="part">The worksheet.</param>
    /// <param name="sheet">Its name, for the limit messages.</param>
    /// <param name="shared">Shared strings.</param>
    public static IEnumerable<(int Row, Dictionary<string, string> Cells)> Rows(WorksheetPart part, string sheet, string[] shared)
    {
        using var reader = OpenXmlReader.Create(part);
        int implicitRow = 0, rowIndex = 0, implicitColumn = 0, rowElements = 0;
        long cellElements = 0;
        Dictionary<string, string>? cells = null;
        string? column = null, type = null, value = null;
        while (reader.Read())
        {
            var element = reader.ElementType;
            if (element == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    rowIndex = Attribute(reader, "r") is { } r && int.TryParse(r, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : implicitRow + 1;
                    if (++rowElements > WorkbookLimits.MaxRowsPerSheet || rowIndex > WorkbookLimits.MaxRowsPerSheet || rowIndex < 1)
                    {
                        throw new InventoryWorkbookException("too-many-rows", sheet);
                    }
                    implicitRow = rowIndex;
                    implicitColumn = 0;
                    cells = null;
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
                    if (++cellElements > WorkbookLimits.MaxCellsPerSheet)
                    {
                        throw new InventoryWorkbookException("too-many-cells", sheet);
                    }
                    var reference = Attribute(reader, "r");
                    column = reference is null ? Letter(implicitColumn) : new string(reference.TakeWhile(char.IsLetter).ToArray());
                    implicitColumn = ColumnIndex(column) + 1;
                    type = Attribute(reader, "t");
                    value = null;
                }
                else if (column is not null)
                {
                    if (Text(type, value, shared) is { Length: > 0 } text)
                    {
                        (cells ??= new Dictionary<string, string>())[column] = text;
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

    /// <summary>The last row of the used range (<c>&lt;dimension ref="A1:M50004"/&gt;</c>), or the rows counted up to the limit.</summary>
    public static int CountRows(WorksheetPart part, string sheet)
    {
        using var reader = OpenXmlReader.Create(part);
        var count = 0;
        while (reader.Read())
        {
            // Excel (and PcfCert) write the used range first: its last row is the count without reading the rows.
            if (reader.ElementType == typeof(SheetDimension) && Attribute(reader, "ref") is { } range
                && int.TryParse(new string(range.Reverse().TakeWhile(char.IsDigit).Reverse().ToArray()), NumberStyles.Integer, CultureInfo.InvariantCulture, out var last))
            {
                return last <= WorkbookLimits.MaxRowsPerSheet ? last : throw new InventoryWorkbookException("too-many-rows", sheet);
            }
            if (reader.ElementType == typeof(Row) && reader.IsStartElement && ++count > WorkbookLimits.MaxRowsPerSheet)
            {
                throw new InventoryWorkbookException("too-many-rows", sheet);
            }
        }
        return count;
    }

    public static string Letter(int column) =>
        column < 26 ? ((char)('A' + column)).ToString() : Letter(column / 26 - 1) + (char)('A' + column % 26);

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

    private static int ColumnIndex(string letters) => letters.Aggregate(0, (n, ch) => n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1)) - 1;
}
