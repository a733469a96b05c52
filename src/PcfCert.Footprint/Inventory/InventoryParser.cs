using System.Globalization;
using PcfCert.Footprint.Gwp;
using PcfCert.Footprint.Model;
using PcfCert.Footprint.Units;

namespace PcfCert.Footprint.Inventory;

/// <summary>
/// Turns an inventory's text cells into an <see cref="ActivityInventory"/>, checking every cell: required cells present,
/// numbers finite and non-negative, units known and of the right dimension, choices from the lists, the statistical
/// period a natural year or 12 months and every sheet's period inside it, factor keys known to the library. Every
/// problem is reported, not only the first; the inventory is returned only when there is none.
/// </summary>
public static class InventoryParser
{
    /// <summary>Accepted spellings of each choice: the template's Chinese words and the English names.</summary>
    public static readonly IReadOnlyDictionary<string, SystemBoundary> Boundaries = new Dictionary<string, SystemBoundary>(StringComparer.OrdinalIgnoreCase)
    {
        ["从摇篮到大门"] = SystemBoundary.CradleToGate, ["从摇篮到坟墓"] = SystemBoundary.CradleToGrave, ["从大门到大门"] = SystemBoundary.GateToGate,
        ["cradle-to-gate"] = SystemBoundary.CradleToGate, ["cradle-to-grave"] = SystemBoundary.CradleToGrave, ["gate-to-gate"] = SystemBoundary.GateToGate,
    };

    /// <summary>Allocation methods by spelling.</summary>
    public static readonly IReadOnlyDictionary<string, AllocationMethod> Allocations = new Dictionary<string, AllocationMethod>(StringComparer.OrdinalIgnoreCase)
    {
        ["质量"] = AllocationMethod.Mass, ["数量"] = AllocationMethod.Pieces, ["经济价值"] = AllocationMethod.EconomicValue,
        ["mass"] = AllocationMethod.Mass, ["pieces"] = AllocationMethod.Pieces, ["economic-value"] = AllocationMethod.EconomicValue,
    };

    /// <summary>Data kinds by spelling.</summary>
    public static readonly IReadOnlyDictionary<string, DataKind> DataKinds = new Dictionary<string, DataKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["初级"] = DataKind.Primary, ["次级"] = DataKind.Secondary, ["primary"] = DataKind.Primary, ["secondary"] = DataKind.Secondary,
    };

    /// <summary>Acquisition by spelling.</summary>
    public static readonly IReadOnlyDictionary<string, Acquisition> Acquisitions = new Dictionary<string, Acquisition>(StringComparer.OrdinalIgnoreCase)
    {
        ["自产"] = Acquisition.SelfProduced, ["外购"] = Acquisition.Purchased, ["self-produced"] = Acquisition.SelfProduced, ["purchased"] = Acquisition.Purchased,
    };

    /// <summary>Yes/no by spelling.</summary>
    public static readonly IReadOnlyDictionary<string, bool> YesNo = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
    {
        ["是"] = true, ["否"] = false, ["yes"] = true, ["no"] = false,
    };

    /// <summary>Parses and validates a whole inventory held in memory (see <see cref="InventoryReading"/> to validate while reading).</summary>
    /// <param name="raw">The cells.</param>
    /// <param name="factors">Looks a factor key up in the library; null when unknown.</param>
    /// <returns>The inventory (null when there are issues) and every issue.</returns>
    public static (ActivityInventory? Inventory, IReadOnlyList<InventoryIssue> Issues) Parse(RawInventory raw, Func<string, EmissionFactor?> factors)
    {
        var reading = new InventoryReading();
        reading.Product(raw.ProductFields);
        foreach (var sheet in raw.Sheets)
        {
            reading.Sheet(sheet);
            foreach (var row in sheet.Rows)
            {
                reading.Row(sheet, row);
            }
        }
        return reading.Finish(factors);
    }

    // A sheet's 时间范围 must lie inside a valid statistical period.
    internal static void ParsePeriod(Context c, RawLineSheet sheet, ProductInformation? product)
    {
        var from = c.Date(sheet.PeriodFrom, "periodFrom", required: true);
        var to = c.Date(sheet.PeriodTo, "periodTo", required: true);
        if (from is { } f && to is { } t && product is { } p && IsTwelveMonths(p.PeriodStart, p.PeriodEnd) && (f < p.PeriodStart || t > p.PeriodEnd || t < f))
        {
            c.Add(sheet.PeriodTo, "periodTo", InventoryIssueCode.OutsidePeriod, Day(p.PeriodStart), Day(p.PeriodEnd));
        }
    }

    // CEC annex 2 综合信息: 填表日期 a date, 填表人 not empty, 数据收集对象 as written. A source without the block (a form) has none.
    internal static StageSheetHeader? ParseHeader(Context c, RawLineSheet sheet)
    {
        if (sheet.FilledOn is null || sheet.FilledBy is null)
        {
            return null;
        }
        var filledOn = c.Date(sheet.FilledOn, "sheetFilledOn", required: true);
        var filledBy = c.Text(sheet.FilledBy, "sheetFilledBy", required: true);
        return filledOn is { } day && filledBy is not null ? new StageSheetHeader(sheet.Stage, day, filledBy, sheet.CollectionObject?.Value) : null;
    }

    /// <summary>Parses one line entered in a form (cells by field name); issues name the field (sheet "form", row 0).</summary>
    /// <param name="stage">Stage of the line.</param>
    /// <param name="fields">Text by line field (see <see cref="InventoryFields.Line"/>).</param>
    /// <param name="factors">Factor resolver.</param>
    /// <returns>The line or the issues.</returns>
    public static (InventoryLine? Line, IReadOnlyList<InventoryIssue> Issues) ParseLine(LifeCycleStage stage, IReadOnlyDictionary<string, string?> fields,
        Func<string, EmissionFactor?> factors)
    {
        var c = new Context(factors);
        var row = new RawLineRow(0, InventoryFields.Line.ToDictionary(f => f, f => new RawCell("form", 0, f, Clean(fields.GetValueOrDefault(f)))));
        var sheet = new RawLineSheet("form", stage, new RawCell("form", 0, "", null), new RawCell("form", 0, "", null), [row]);
        if (IsPlaceholder(row))
        {
            c.Add(row.Cells["amount"], "amount", InventoryIssueCode.Required);
        }
        var line = ParseLine(c, sheet, row);
        return (c.Issues.Count == 0 ? line! with { Source = null } : null, c.Issues);
    }

    /// <summary>Parses the product information entered in a form (text by product field).</summary>
    /// <param name="fields">Text by product field (see <see cref="InventoryFields.Product"/>).</param>
    /// <returns>The product information or the issues.</returns>
    public static (ProductInformation? Product, IReadOnlyList<InventoryIssue> Issues) ParseProduct(IReadOnlyDictionary<string, string?> fields)
    {
        var c = new Context(_ => null);
        var product = ParseProduct(c, InventoryFields.Product.ToDictionary(f => f, f => new RawCell("form", 0, f, Clean(fields.GetValueOrDefault(f)))));
        return (c.Issues.Count == 0 ? product : null, c.Issues);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Whether a row has nothing in it but the data-type name: a template placeholder the factory did not use.</summary>
    /// <param name="row">The row.</param>
    /// <returns>True when only the name (or nothing) is filled in.</returns>
    public static bool IsPlaceholder(RawLineRow row) =>
        row.Cells.Where(kv => kv.Key != "name").All(kv => kv.Value.Value is null);

    internal static ProductInformation? ParseProduct(Context c, IReadOnlyDictionary<string, RawCell> cells)
    {
        RawCell Cell(string field) => cells.TryGetValue(field, out var cell) ? cell : new RawCell("?", 0, "?", null);
        var name = c.Text(Cell("name"), "name", required: true);
        var model = c.Text(Cell("model"), "model", required: true);
        var mass = c.Number(Cell("productMassKg"), "productMassKg", required: true, positive: true);
        var start = c.Date(Cell("periodStart"), "periodStart", required: true);
        var end = c.Date(Cell("periodEnd"), "periodEnd", required: true);
        if (start is { } s && end is { } e)
        {
            if (e < s)
            {
                c.Add(Cell("periodEnd"), "periodEnd", InventoryIssueCode.PeriodOrder);
            }
            else if (!IsTwelveMonths(s, e))
            {
                c.Add(Cell("periodEnd"), "periodEnd", InventoryIssueCode.PeriodNotTwelveMonths, Day(s), Day(e));
            }
        }
        var linePieces = c.Number(Cell("linePieces"), "linePieces", required: true);
        var lineMass = c.Number(Cell("lineMassKg"), "lineMassKg", required: true);
        var plantPieces = c.Number(Cell("plantPieces"), "plantPieces", required: true);
        var plantMass = c.Number(Cell("plantMassKg"), "plantMassKg", required: true);
        if (plantPieces < linePieces)
        {
            c.Add(Cell("plantPieces"), "plantPieces", InventoryIssueCode.PlantBelowLine);
        }
        if (plantMass < lineMass)
        {
            c.Add(Cell("plantMassKg"), "plantMassKg", InventoryIssueCode.PlantBelowLine);
        }
        var metered = c.Choice(Cell("lineMetered"), "lineMetered", YesNo, required: false);
        var declaredAmount = c.Number(Cell("declaredAmount"), "declaredAmount", required: true, positive: true);
        var declaredUnit = c.Unit(Cell("declaredUnit"), "declaredUnit", required: true, Dimension.Count, Dimension.Mass);
        var boundary = c.Choice(Cell("boundary"), "boundary", Boundaries, required: true);
        var allocation = c.Choice(Cell("allocation"), "allocation", Allocations, required: true);
        var byValue = allocation == AllocationMethod.EconomicValue;
        var lineValue = c.Number(Cell("lineValue"), "lineValue", required: byValue, positive: byValue);
        var plantValue = c.Number(Cell("plantValue"), "plantValue", required: byValue, positive: byValue);
        var filledBy = c.Text(Cell("filledBy"), "filledBy", required: true);
        var contact = c.Text(Cell("contact"), "contact", required: false);
        if (name is null || model is null || mass is null || start is null || end is null || linePieces is null || lineMass is null
            || plantPieces is null || plantMass is null || declaredAmount is null || declaredUnit is null || boundary is null
            || allocation is null || filledBy is null)
        {
            return null;
        }
        return new ProductInformation(name, model, new Quantity(declaredAmount.Value, declaredUnit), mass.Value, start.Value, end.Value,
            linePieces.Value, lineMass.Value, plantPieces.Value, plantMass.Value, lineValue, plantValue, metered ?? false,
            boundary.Value, allocation.Value, filledBy, contact);
    }

    internal static InventoryLine? ParseLine(Context c, RawLineSheet sheet, RawLineRow row)
    {
        if (IsPlaceholder(row))
        {
            return null;
        }
        RawCell Cell(string field) => row.Cells.TryGetValue(field, out var cell)
            ? cell
            : new RawCell(sheet.Sheet, row.Row, InventoryFields.LineColumn(field), null);
        var before = c.Issues.Count;
        var name = c.Text(Cell("name"), "name", required: true);
        var amount = c.Number(Cell("amount"), "amount", required: true);
        var unit = c.Unit(Cell("unit"), "unit", required: true);
        var acquisition = c.Choice(Cell("acquisition"), "acquisition", Acquisitions, required: false);
        var distance = c.Number(Cell("distanceKm"), "distanceKm", required: false);
        var origin = c.Text(Cell("originPlace"), "originPlace", required: false);
        var transport = c.Text(Cell("transport"), "transport", required: false) is { } t ? c.Intern(t) : null;
        var source = c.Text(Cell("dataSource"), "dataSource", required: false);
        var kind = c.Choice(Cell("dataKind"), "dataKind", DataKinds, required: true);
        var factor = c.Text(Cell("factor"), "factor", required: false) is { } f ? c.Intern(f) : null;
        var plantLevel = c.Choice(Cell("plantLevel"), "plantLevel", YesNo, required: false) ?? false;
        var cutOff = c.Choice(Cell("cutOff"), "cutOff", YesNo, required: false) ?? false;
        var notes = c.Text(Cell("notes"), "notes", required: false);
        var record = InventoryFields.PrimaryRecord.Select(f => c.Text(Cell(f), f, required: false)).ToArray();
        var primary = record.Any(v => v is not null) ? new PrimaryDataRecord(record[0], record[1], record[2], record[3], record[4], record[5], record[6]) : null;
        var unitInfo = unit is null ? null : UnitTable.Find(unit);

        if (transport is not null)
        {
            if (Cell("distanceKm").Value is null)
            {
                c.Add(Cell("distanceKm"), "distanceKm", InventoryIssueCode.TransportNeedsDistance);
            }
            if (unitInfo is not null && unitInfo.Dimension != Dimension.Mass)
            {
                c.Add(Cell("unit"), "unit", InventoryIssueCode.TransportNeedsMass, unit!);
            }
            c.Factor(Cell("transport"), "transport", transport, UnitTable.Find("t*km"));
        }
        if (cutOff && unitInfo is not null && unitInfo.Dimension != Dimension.Mass)
        {
            c.Add(Cell("unit"), "unit", InventoryIssueCode.CutOffNeedsMass, unit!);
        }
        if (factor is not null && !cutOff && !factor.StartsWith(InventoryLine.ProcessPrefix, StringComparison.Ordinal))
        {
            if (factor.StartsWith(InventoryLine.GasPrefix, StringComparison.Ordinal))
            {
                if (GwpTable.Normalise(factor[InventoryLine.GasPrefix.Length..]) is null)
                {
                    c.Add(Cell("factor"), "factor", InventoryIssueCode.UnknownGas, factor[InventoryLine.GasPrefix.Length..]);
                }
                else if (unitInfo is not null && unitInfo.Dimension != Dimension.Mass)
                {
                    c.Add(Cell("unit"), "unit", InventoryIssueCode.WrongDimension, unit!, nameof(Dimension.Mass));
                }
            }
            else
            {
                c.Factor(Cell("factor"), "factor", factor, unitInfo, Cell("unit"));
            }
        }
        if (c.Issues.Count > before)
        {
            return null;
        }
        return new InventoryLine(sheet.Stage, name!, amount!.Value, unit!, acquisition, distance, origin, transport, source, kind!.Value,
            factor, plantLevel, cutOff, notes, new SourceLocation(sheet.Sheet, row.Row), primary);
    }

    /// <summary>A natural year (1 January to 31 December) or twelve consecutive months.</summary>
    /// <param name="start">First day.</param>
    /// <param name="end">Last day.</param>
    /// <returns>True when the period is one the annex allows.</returns>
    public static bool IsTwelveMonths(DateOnly start, DateOnly end) => start.AddMonths(12).AddDays(-1) == end;

    /// <summary>
    /// A comma that is not a thousands separator: "1,5" is 1.5 in a German Excel and 15 with the comma dropped, so it is
    /// refused rather than guessed. Accepted: "1,500", "12,345,678.9" (groups of three after the first comma).
    /// </summary>
    /// <param name="text">The cell text.</param>
    /// <returns>True when a comma is present and the text is not digit groups of three.</returns>
    public static bool AmbiguousComma(string text)
    {
        if (!text.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }
        var body = text.TrimStart('+', '-');
        var point = body.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? body : body[..point];
        var groups = integer.Split(',');
        return groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3) || !integer.Replace(",", "", StringComparison.Ordinal).All(char.IsAsciiDigit)
            || point >= 0 && body[(point + 1)..].Contains(',', StringComparison.Ordinal);
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Checks cells and collects the issues. Without a resolver (while a workbook is read) the factor checks wait in Pending
    // until the library's answer for the keys read is known (Resolve).
    internal sealed class Context(Func<string, EmissionFactor?>? factors)
    {
        public List<InventoryIssue> Issues { get; } = [];

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        private readonly List<(RawCell Cell, string Field, string Key, UnitInfo? Unit, RawCell? UnitCell)> _pending = [];

        /// <summary>One instance per distinct key, so 50 000 lines naming the same factor hold one string.</summary>
        public string Intern(string key)
        {
            if (Keys.TryGetValue(key, out var known))
            {
                return known;
            }
            Keys.Add(key);
            return key;
        }

        public void Resolve(Func<string, EmissionFactor?> resolver)
        {
            foreach (var (cell, field, key, unit, unitCell) in _pending)
            {
                Check(resolver, cell, field, key, unit, unitCell);
            }
            _pending.Clear();
        }

        public void Add(RawCell cell, string field, InventoryIssueCode code, params string[] args) =>
            Issues.Add(new InventoryIssue(cell.Sheet, cell.Row, cell.Column, field, code, args));

        public string? Text(RawCell cell, string field, bool required)
        {
            if (cell.Value is null && required)
            {
                Add(cell, field, InventoryIssueCode.Required);
            }
            return cell.Value;
        }

        public double? Number(RawCell cell, string field, bool required, bool positive = false)
        {
            if (cell.Value is null)
            {
                if (required)
                {
                    Add(cell, field, InventoryIssueCode.Required);
                }
                return null;
            }
            if (AmbiguousComma(cell.Value))
            {
                Add(cell, field, InventoryIssueCode.AmbiguousNumber, cell.Value);
                return null;
            }
            if (!double.TryParse(cell.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                Add(cell, field, InventoryIssueCode.NotANumber, cell.Value);
                return null;
            }
            if (!double.IsFinite(value))
            {
                Add(cell, field, InventoryIssueCode.NotFinite, cell.Value);
                return null;
            }
            if (value < 0)
            {
                Add(cell, field, InventoryIssueCode.Negative, cell.Value);
                return null;
            }
            if (positive && value == 0)
            {
                Add(cell, field, InventoryIssueCode.NotPositive, cell.Value);
                return null;
            }
            return value;
        }

        public DateOnly? Date(RawCell cell, string field, bool required)
        {
            if (cell.Value is null)
            {
                if (required)
                {
                    Add(cell, field, InventoryIssueCode.Required);
                }
                return null;
            }
            if (DateOnly.TryParseExact(cell.Value, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            // Excel keeps a typed date as a serial number (days since 1899-12-30).
            if (double.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
            {
                return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
            }
            Add(cell, field, InventoryIssueCode.InvalidDate, cell.Value);
            return null;
        }

        public string? Unit(RawCell cell, string field, bool required, params Dimension[] allowed)
        {
            if (Text(cell, field, required) is not { } unit)
            {
                return null;
            }
            if (UnitNames.Resolve(unit) is not { } symbol)
            {
                var nearest = UnitNames.Nearest(unit);
                Add(cell, field, InventoryIssueCode.UnknownUnit, unit, UnitNames.Aliases.TryGetValue(nearest, out var s) ? $"{nearest} ({s})" : nearest);
                return null;
            }
            unit = symbol;
            var info = UnitTable.Find(unit)!;
            if (allowed.Length > 0 && !allowed.Contains(info.Dimension))
            {
                Add(cell, field, InventoryIssueCode.WrongDimension, unit, string.Join("/", allowed));
                return null;
            }
            return unit;
        }

        public T? Choice<T>(RawCell cell, string field, IReadOnlyDictionary<string, T> choices, bool required) where T : struct
        {
            if (Text(cell, field, required) is not { } value)
            {
                return null;
            }
            if (choices.TryGetValue(value, out var choice))
            {
                return choice;
            }
            Add(cell, field, InventoryIssueCode.UnknownChoice, value, string.Join("/", choices.Keys.Where(k => k.Any(ch => ch > 127))));
            return null;
        }

        public void Factor(RawCell cell, string field, string key, UnitInfo? unit, RawCell? unitCell = null)
        {
            if (factors is null)
            {
                _pending.Add((cell, field, Intern(key), unit, unitCell));
                return;
            }
            Check(factors, cell, field, key, unit, unitCell);
        }

        private void Check(Func<string, EmissionFactor?> resolver, RawCell cell, string field, string key, UnitInfo? unit, RawCell? unitCell)
        {
            if (resolver(key) is not { } factor)
            {
                Add(cell, field, InventoryIssueCode.UnknownFactor, key);
                return;
            }
            if (unit is not null && UnitTable.Find(factor.Unit) is { } factorUnit && factorUnit.Dimension != unit.Dimension)
            {
                Add(unitCell ?? cell, unitCell is null ? field : "unit", InventoryIssueCode.WrongDimension, unit.Symbol, factorUnit.Dimension.ToString());
            }
        }
    }
}
