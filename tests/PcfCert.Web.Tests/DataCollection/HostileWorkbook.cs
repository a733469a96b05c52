using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PcfCert.Web.Tests.DataCollection;

/// <summary>
/// Workbooks built to hurt a reader (also used by bench/PcfCert.Bench.Import): a valid template whose 原材料获取 sheet is
/// replaced, part for part in the zip, by millions of rows that compress to almost nothing, or by XML with a DTD.
/// </summary>
public static class HostileWorkbook
{
    /// <summary>The template with its header row and <paramref name="rows"/> more rows in 原材料获取, each holding one styled empty cell (or a text cell), without row numbers.</summary>
    public static byte[] ManyRows(byte[] template, int rows, bool withText = false) => Replace(template, "原材料获取", writer =>
    {
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        writer.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        // The template's header row, then rows without a reference number (each is the next row), identical, so the deflated part stays tiny.
        var row = withText ? "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>" : "<row><c s=\"0\"/></row>";
        writer.Write("<row r=\"4\">" + string.Concat(PcfCert.Footprint.Inventory.InventoryFields.Line.Select((f, c) =>
            $"<c r=\"{(char)('A' + c)}4\" t=\"inlineStr\"><is><t>{PcfCert.Infrastructure.DataCollection.InventoryTemplate.LineHeaders[f]}</t></is></c>")) + "</row>");
        var chunk = string.Concat(Enumerable.Repeat(row, 1000));
        for (var r = 0; r < rows / 1000; r++)
        {
            writer.Write(chunk);
        }
        for (var r = 0; r < rows % 1000; r++)
        {
            writer.Write(row);
        }
        writer.Write("</sheetData></worksheet>");
    });

    /// <summary>The template with a DTD (an entity that expands a thousandfold, twice) at the head of the 原材料获取 sheet.</summary>
    public static byte[] WithDtd(byte[] template) => Replace(template, "原材料获取", writer =>
    {
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">");
        writer.Write("<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>");
        writer.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        writer.Write("<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>");
    });

    private static byte[] Replace(byte[] template, string sheet, Action<StreamWriter> write)
    {
        string entry;
        using (var document = SpreadsheetDocument.Open(new MemoryStream(template), false))
        {
            var workbook = document.WorkbookPart!;
            var id = workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
            entry = workbook.GetPartById(id).Uri.OriginalString.TrimStart('/');
        }
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(template), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var e in source.Entries)
            {
                var copy = target.CreateEntry(e.FullName, CompressionLevel.Optimal);
                using var to = copy.Open();
                if (e.FullName == entry)
                {
                    using var writer = new StreamWriter(to, new UTF8Encoding(false), 1 << 16);
                    write(writer);
                }
                else
                {
                    using var from = e.Open();
                    from.CopyTo(to);
                }
            }
        }
        return output.ToArray();
    }
}
