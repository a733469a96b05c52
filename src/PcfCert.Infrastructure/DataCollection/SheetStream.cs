using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace PcfCert.Infrastructure.DataCollection;

/// <summary>
/// Reads worksheet rows and the shared-string table as a stream of XML nodes (a forward-only <see cref="XmlReader"/> over
/// the part, no DTD, no resolver), never a DOM, counting rows, cells and characters against <see cref="WorkbookLimits"/>
/// and stopping at the first one passed. Memory stays bounded by the limits, whatever the file claims. The plain reader
/// replaced the Open XML SDK's <c>OpenXmlReader</c>, which made an element object for every node (5 of the 7 s of a
/// 50,000-line import; docs/performance-import.md).
/// </summary>
internal static class SheetStream
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true, CloseInput = true,
    };

    // Column letters A … ZZ made once: 50,000 rows × 20 cells would otherwise make a million one-letter strings.
    private static readonly string[] Letters = [.. Enumerable.Range(0, 26 * 27).Select(MakeLetter)];

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
        var inText = false;
        using var reader = Open(part);
        var n = new Names(reader.NameTable);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when n.IsMain(reader.NamespaceURI):
                    var start = reader.LocalName;
                    if ((object)start == n.Item)
                    {
                        text.Clear();
                        if (reader.IsEmptyElement)
                        {
                            Add();
                        }
                    }
                    else if ((object)start == n.Phonetic)
                    {
                        phonetic = !reader.IsEmptyElement;
                    }
                    else if ((object)start == n.Text)
                    {
                        inText = !phonetic && !reader.IsEmptyElement;
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inText:
                    chars += reader.Value.Length;
                    if (chars > WorkbookLimits.MaxSharedStringChars)
                    {
                        throw new InventoryWorkbookException("too-large", "xl/sharedStrings.xml");
                    }
                    text.Append(reader.Value);
                    break;
                case XmlNodeType.EndElement when n.IsMain(reader.NamespaceURI):
                    var end = reader.LocalName;
                    if ((object)end == n.Item)
                    {
                        Add();
                    }
                    else if ((object)end == n.Phonetic)
                    {
                        phonetic = false;
                    }
                    else if ((object)end == n.Text)
                    {
                        inText = false;
                    }
                    break;
            }
        }
        return [.. strings];

        void Add()
        {
            if (strings.Count >= WorkbookLimits.MaxSharedStrings)
            {
                throw new InventoryWorkbookException("too-large", "xl/sharedStrings.xml");
            }
            strings.Add(text.ToString().Trim());
        }
    }

    /// <summary>Every row of a sheet that has a cell with text, cells by column letter; empty rows are counted, not kept.</summary>
    /// <param name="part">The worksheet.</param>
    /// <param name="sheet">Its name, for the limit messages.</param>
    /// <param name="shared">Shared strings.</param>
    public static IEnumerable<(int Row, Dictionary<string, string> Cells)> Rows(WorksheetPart part, string sheet, string[] shared)
    {
        using var reader = Open(part);
        var n = new Names(reader.NameTable);
        int implicitRow = 0, rowIndex = 0, implicitColumn = 0, rowElements = 0;
        long cellElements = 0;
        Dictionary<string, string>? cells = null;
        string? column = null, type = null, value = null;
        bool inValue = false, phonetic = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when n.IsMain(reader.NamespaceURI):
                    var start = reader.LocalName;
                    if ((object)start == n.Row)
                    {
                        rowIndex = int.TryParse(reader.GetAttribute("r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : implicitRow + 1;
                        if (++rowElements > WorkbookLimits.MaxRowsPerSheet || rowIndex > WorkbookLimits.MaxRowsPerSheet || rowIndex < 1)
                        {
                            throw new InventoryWorkbookException("too-many-rows", sheet);
                        }
                        implicitRow = rowIndex;
                        implicitColumn = 0;
                        cells = null;
                    }
                    else if ((object)start == n.Cell)
                    {
                        if (++cellElements > WorkbookLimits.MaxCellsPerSheet)
                        {
                            throw new InventoryWorkbookException("too-many-cells", sheet);
                        }
                        (column, implicitColumn) = Column(reader.GetAttribute("r"), implicitColumn);
                        type = reader.GetAttribute("t");
                        value = null;
                        if (reader.IsEmptyElement)
                        {
                            column = null;
                        }
                    }
                    else if ((object)start == n.Phonetic)
                    {
                        phonetic = !reader.IsEmptyElement;
                    }
                    else if (((object)start == n.Value || (object)start == n.Text) && column is not null && !phonetic)
                    {
                        value ??= reader.IsEmptyElement ? string.Empty : null;
                        inValue = !reader.IsEmptyElement;
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inValue:
                    value = value is null ? reader.Value : value + reader.Value;
                    break;
                case XmlNodeType.EndElement when n.IsMain(reader.NamespaceURI):
                    var end = reader.LocalName;
                    if ((object)end == n.Row)
                    {
                        if (cells is not null)
                        {
                            yield return (rowIndex, cells);
                        }
                        cells = null;
                    }
                    else if ((object)end == n.Cell && column is not null)
                    {
                        if (Text(type, value, shared) is { Length: > 0 } text)
                        {
                            (cells ??= new Dictionary<string, string>())[column] = text;
                        }
                        column = null;
                    }
                    else if ((object)end == n.Value || (object)end == n.Text)
                    {
                        if (inValue)
                        {
                            value ??= string.Empty;
                        }
                        inValue = false;
                    }
                    else if ((object)end == n.Phonetic)
                    {
                        phonetic = false;
                    }
                    break;
            }
        }
    }

    /// <summary>The last row of the used range (<c>&lt;dimension ref="A1:M50004"/&gt;</c>), or the rows counted up to the limit.</summary>
    public static int CountRows(WorksheetPart part, string sheet)
    {
        using var reader = Open(part);
        var n = new Names(reader.NameTable);
        var count = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || !n.IsMain(reader.NamespaceURI))
            {
                continue;
            }
            // Excel (and PcfCert) write the used range first: its last row is the count without reading the rows.
            if ((object)reader.LocalName == n.Dimension && reader.GetAttribute("ref") is { } range
                && int.TryParse(new string(range.Reverse().TakeWhile(char.IsDigit).Reverse().ToArray()), NumberStyles.Integer, CultureInfo.InvariantCulture, out var last))
            {
                return last <= WorkbookLimits.MaxRowsPerSheet ? last : throw new InventoryWorkbookException("too-many-rows", sheet);
            }
            if ((object)reader.LocalName == n.Row && ++count > WorkbookLimits.MaxRowsPerSheet)
            {
                throw new InventoryWorkbookException("too-many-rows", sheet);
            }
        }
        return count;
    }

    public static string Letter(int column) => column >= 0 && column < Letters.Length ? Letters[column] : MakeLetter(column);

    private static string MakeLetter(int column) =>
        column < 26 ? ((char)('A' + column)).ToString() : MakeLetter(column / 26 - 1) + (char)('A' + column % 26);

    private static XmlReader Open(OpenXmlPart part) => XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), Settings);

    // A cell's column from its reference ("B12"), or the one after the previous cell when the reference is left out.
    private static (string Column, int Next) Column(string? reference, int implicitColumn)
    {
        if (reference is null)
        {
            return (Letter(implicitColumn), implicitColumn + 1);
        }
        var letters = 0;
        var index = 0;
        while (letters < reference.Length && letters < 3 && char.IsAsciiLetterUpper(reference[letters]))
        {
            index = index * 26 + (reference[letters++] - 'A' + 1);
        }
        if (letters is 1 or 2 && (letters == reference.Length || !char.IsLetter(reference[letters])))
        {
            return (Letters[index - 1], index);
        }
        var column = new string(reference.TakeWhile(char.IsLetter).ToArray());
        return (column, ColumnIndex(column) + 1);
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

    // The names compared, atomized in the reader's name table: a comparison is one reference test. Both the transitional
    // and the strict (ISO 29500 strict) SpreadsheetML namespaces are read, as the SDK's reader did.
    private sealed class Names(XmlNameTable table)
    {
        private readonly string _transitional = table.Add("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
        private readonly string _strict = table.Add("http://purl.oclc.org/ooxml/spreadsheetml/main");

        public string Row { get; } = table.Add("row");

        public string Cell { get; } = table.Add("c");

        public string Value { get; } = table.Add("v");

        public string Text { get; } = table.Add("t");

        public string Item { get; } = table.Add("si");

        public string Phonetic { get; } = table.Add("rPh");

        public string Dimension { get; } = table.Add("dimension");

        public bool IsMain(string ns) => (object)ns == _transitional || (object)ns == _strict;
    }
}
