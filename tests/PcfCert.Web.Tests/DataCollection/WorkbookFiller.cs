using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PcfCert.Web.Tests.DataCollection;

/// <summary>Fills cells of a workbook the way a user types into Excel: the value replaces whatever the cell held.</summary>
public sealed class WorkbookFiller : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public WorkbookFiller(Stream workbook) => _document = SpreadsheetDocument.Open(workbook, isEditable: true);

    public WorkbookFiller Set(string sheet, string reference, object? value)
    {
        var part = (WorksheetPart)_document.WorkbookPart!.GetPartById(
            _document.WorkbookPart.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!);
        var data = part.Worksheet!.GetFirstChild<SheetData>()!;
        var rowIndex = uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value == rowIndex);
        if (row is null)
        {
            row = new Row { RowIndex = rowIndex };
            data.InsertBefore(row, data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value > rowIndex));
        }
        row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference)?.Remove();
        if (value is not null)
        {
            var cell = value is double or int
                ? new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(value, CultureInfo.InvariantCulture)) }
                : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)value)) };
            row.InsertBefore(cell, row.Elements<Cell>().FirstOrDefault(c => Compare(c.CellReference!.Value!, reference) > 0));
        }
        return this;
    }

    /// <summary>Sets the product field (the row whose hidden column C holds the field name).</summary>
    public WorkbookFiller Product(string field, object? value) =>
        Set("产品基本信息", "B" + (3 + PcfCert.Footprint.Inventory.InventoryFields.Product.ToList().IndexOf(field)), value);

    /// <summary>
    /// The tests' film capacitor, as a factory fills sheet 一 and the 综合信息 of the stage sheets: 0.12 kg a piece, the year
    /// 2025, the model's 10 000 pieces (1 200 kg) of the plant's 40 000 (6 000 kg), plant data allocated by mass, filled in by
    /// 王工; each stage sheet's time range 2025, 填表日期 2026-01-15 (F2), 填表人 李工 (H2).
    /// </summary>
    public WorkbookFiller CapacitorProduct2025()
    {
        Product("productMassKg", 0.12).Product("periodStart", "2025-01-01").Product("periodEnd", "2025-12-31")
            .Product("linePieces", 10000).Product("lineMassKg", 1200).Product("plantPieces", 40000).Product("plantMassKg", 6000)
            .Product("allocation", "质量").Product("filledBy", "王工");
        foreach (var sheet in new[] { "原材料获取", "生产制造", "销售和运输" })
        {
            Set(sheet, "B2", "2025-01-01").Set(sheet, "D2", "2025-12-31").Set(sheet, "F2", "2026-01-15").Set(sheet, "H2", "李工");
        }
        return this;
    }

    /// <summary>Sets a whole stage-sheet row from column A.</summary>
    public WorkbookFiller Line(string sheet, int row, params object?[] values)
    {
        for (var c = 0; c < values.Length; c++)
        {
            Set(sheet, ((char)('A' + c)).ToString() + row, values[c]);
        }
        return this;
    }

    private static int Compare(string a, string b)
    {
        var (ca, cb) = (new string(a.TakeWhile(char.IsLetter).ToArray()), new string(b.TakeWhile(char.IsLetter).ToArray()));
        return ca.Length != cb.Length ? ca.Length.CompareTo(cb.Length) : string.CompareOrdinal(ca, cb);
    }

    public void Dispose() => _document.Dispose();
}
