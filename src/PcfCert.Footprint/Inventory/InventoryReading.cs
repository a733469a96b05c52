using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Inventory;

/// <summary>
/// Validates an inventory while it is read, row by row, with the same checks and messages as
/// <see cref="InventoryParser.Parse"/>: the product sheet first, then each stage sheet's header block and period, then
/// each of its rows. No cell is kept: a valid row becomes its <see cref="InventoryLine"/>, an invalid one its issues. The
/// factor checks wait until <see cref="Finish"/>, when the library has been asked once for every key read
/// (<see cref="FactorKeys"/>); the issues are then put back in workbook order (sheet, row).
/// </summary>
public sealed class InventoryReading
{
    private readonly InventoryParser.Context _c = new(null);
    private readonly List<InventoryLine> _lines = [];
    private readonly List<StageSheetHeader> _headers = [];
    private readonly Dictionary<string, int> _sheetOrder = new(StringComparer.Ordinal);
    private ProductInformation? _product;
    private bool _productRead;

    /// <summary>The factor and transport keys named so far (each once), for one look-up in the library.</summary>
    public IReadOnlyCollection<string> FactorKeys => _c.Keys;

    /// <summary>Lines read and valid so far.</summary>
    public int LineCount => _lines.Count;

    /// <summary>Reads the product sheet (一); must come first.</summary>
    /// <param name="cells">Its cells by field name.</param>
    public void Product(IReadOnlyDictionary<string, RawCell> cells)
    {
        if (_productRead)
        {
            throw new InvalidOperationException("The product sheet is read once, first.");
        }
        _productRead = true;
        Order(cells.Values.FirstOrDefault()?.Sheet);
        _product = InventoryParser.ParseProduct(_c, cells);
    }

    /// <summary>Starts a stage sheet: its header block (综合信息) and its 时间范围; its rows follow through <see cref="Row"/>.</summary>
    /// <param name="sheet">The sheet (its <see cref="RawLineSheet.Rows"/> are not read here).</param>
    public void Sheet(RawLineSheet sheet)
    {
        if (!_productRead)
        {
            throw new InvalidOperationException("The product sheet is read first.");
        }
        Order(sheet.Sheet);
        if (InventoryParser.ParseHeader(_c, sheet) is { } header)
        {
            _headers.Add(header);
        }
        InventoryParser.ParsePeriod(_c, sheet, _product);
    }

    /// <summary>Reads one data row of the current stage sheet.</summary>
    /// <param name="sheet">The sheet it belongs to.</param>
    /// <param name="row">The row.</param>
    public void Row(RawLineSheet sheet, RawLineRow row)
    {
        if (InventoryParser.ParseLine(_c, sheet, row) is { } line)
        {
            _lines.Add(line);
        }
    }

    /// <summary>Checks every factor key read against the library and returns the inventory, or every issue.</summary>
    /// <param name="factors">Looks a factor key up in the library; null when unknown.</param>
    /// <returns>The inventory (null when there are issues) and every issue in workbook order.</returns>
    public (ActivityInventory? Inventory, IReadOnlyList<InventoryIssue> Issues) Finish(Func<string, EmissionFactor?> factors)
    {
        _c.Resolve(factors);
        if (_c.Issues.Count == 0 && _product is not null)
        {
            return (new ActivityInventory(_product, _lines, _headers.Count > 0 ? _headers : null), []);
        }
        // Stable: within a row the factor checks come after the cell checks, as they did when made at once.
        return (null, [.. _c.Issues.OrderBy(i => _sheetOrder.GetValueOrDefault(i.Sheet, int.MaxValue)).ThenBy(i => i.Row)]);
    }

    private void Order(string? sheet)
    {
        if (sheet is not null)
        {
            _sheetOrder.TryAdd(sheet, _sheetOrder.Count);
        }
    }
}
