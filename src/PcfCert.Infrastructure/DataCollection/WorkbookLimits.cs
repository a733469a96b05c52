using System.IO.Compression;
using System.Text;

namespace PcfCert.Infrastructure.DataCollection;

/// <summary>
/// What an uploaded workbook may hold, checked before and while it is read so that a small upload cannot make the server
/// allocate gigabytes (an .xlsx is a zip: 229 KB of compressed empty rows unpack to millions of rows). The package is
/// checked from its zip directory and the prologue of each XML part (<see cref="CheckPackage"/>); rows, cells and shared
/// strings are counted while streaming and the read stops at the first limit passed.
/// </summary>
public static class WorkbookLimits
{
    /// <summary>Rows per sheet (a row number above it, or more row elements): twice the template's 50,000 lines.</summary>
    public const int MaxRowsPerSheet = 100_000;

    /// <summary>Cells per sheet: the rows above × the 13 columns of a stage sheet, with room for a few more.</summary>
    public const long MaxCellsPerSheet = 1_500_000;

    /// <summary>Unpacked size of all parts together, from the zip directory (a 50,000-line workbook unpacks to about 30 MB).</summary>
    public const long MaxUnpackedBytes = 256L * 1024 * 1024;

    /// <summary>Unpacked size of a part that is not streamed (workbook, styles, relationships …): those are read whole.</summary>
    public const long MaxSmallPartBytes = 4L * 1024 * 1024;

    /// <summary>Parts in the package.</summary>
    public const int MaxParts = 1_000;

    /// <summary>Shared strings, and their characters together.</summary>
    public const int MaxSharedStrings = 1_000_000;

    public const long MaxSharedStringChars = 64L * 1024 * 1024;

    /// <summary>How far into a part the XML prologue (where a DTD would be) is looked at.</summary>
    private const int PrologueChars = 64 * 1024;

    /// <summary>
    /// Refuses a package that is not a zip (<c>not-xlsx</c>), that unpacks beyond the limits (<c>too-large</c>) or whose XML
    /// parts declare a document type (<c>dtd</c>: entity expansion and external entities are refused, not parsed).
    /// </summary>
    /// <param name="content">The uploaded bytes.</param>
    /// <exception cref="InventoryWorkbookException">The reason and the part concerned.</exception>
    public static void CheckPackage(byte[] content)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException)
        {
            throw new InventoryWorkbookException("not-xlsx");
        }
        using (zip)
        {
            if (zip.Entries.Count > MaxParts)
            {
                throw new InventoryWorkbookException("too-large", $"{zip.Entries.Count} parts");
            }
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var streamed = entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && !entry.FullName.Contains("/_rels/", StringComparison.Ordinal)
                    || entry.FullName.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase);
                if (total > MaxUnpackedBytes || !streamed && IsXml(entry.FullName) && entry.Length > MaxSmallPartBytes)
                {
                    throw new InventoryWorkbookException("too-large", entry.FullName);
                }
            }
            foreach (var entry in zip.Entries.Where(e => IsXml(e.FullName)))
            {
                CheckPrologue(entry);
            }
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);

    // Reads up to the root element: a "<!DOCTYPE" (or anything but a declaration, comment or instruction) before it is refused.
    private static void CheckPrologue(ZipArchiveEntry entry)
    {
        string head;
        try
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[PrologueChars];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            head = new string(buffer, 0, read);
        }
        catch (InvalidDataException)
        {
            throw new InventoryWorkbookException("not-xlsx");
        }
        for (var i = head.IndexOf('<'); i >= 0 && i < head.Length - 1; i = head.IndexOf('<', i + 1))
        {
            var next = head[i + 1];
            if (char.IsLetter(next) || next == '_')
            {
                return; // the root element: the prologue is over
            }
            if (string.CompareOrdinal(head, i, "<!DOCTYPE", 0, 9) == 0 || string.Compare(head, i, "<!doctype", 0, 9, StringComparison.OrdinalIgnoreCase) == 0)
            {
                throw new InventoryWorkbookException("dtd", entry.FullName);
            }
        }
        if (head.Length == PrologueChars)
        {
            throw new InventoryWorkbookException("not-xlsx"); // 64 K characters of prologue is not a spreadsheet part
        }
    }
}
