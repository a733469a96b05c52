using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Inventory;

/// <summary>One cell as read from a workbook (or a form): where it is and its text, trimmed; null when empty.</summary>
/// <param name="Sheet">Sheet name.</param>
/// <param name="Row">1-based row.</param>
/// <param name="Column">Column letter.</param>
/// <param name="Value">Text, or null when empty.</param>
public sealed record RawCell(string Sheet, int Row, string Column, string? Value);

/// <summary>One data row of a line sheet, its cells by field name (see <see cref="InventoryFields"/>).</summary>
/// <param name="Row">1-based row.</param>
/// <param name="Cells">Cells by field.</param>
public sealed record RawLineRow(int Row, IReadOnlyDictionary<string, RawCell> Cells);

/// <summary>A line sheet: its stage, the 时间范围 (period it covers) and its data rows.</summary>
/// <param name="Sheet">Sheet name.</param>
/// <param name="Stage">Stage of the sheet.</param>
/// <param name="PeriodFrom">First day the sheet covers.</param>
/// <param name="PeriodTo">Last day the sheet covers.</param>
/// <param name="Rows">Data rows.</param>
/// <param name="FilledOn">填表日期 of the sheet's header block; null when the source has no such block (a form).</param>
/// <param name="FilledBy">填表人 of the header block; null when the source has none.</param>
/// <param name="CollectionObject">数据收集对象 of the header block; null when the source has none.</param>
public sealed record RawLineSheet(string Sheet, LifeCycleStage Stage, RawCell PeriodFrom, RawCell PeriodTo, IReadOnlyList<RawLineRow> Rows,
    RawCell? FilledOn = null, RawCell? FilledBy = null, RawCell? CollectionObject = null);

/// <summary>An inventory as text cells, before validation: product fields by name, and the line sheets.</summary>
/// <param name="ProductFields">Cells of sheet 一 by field name.</param>
/// <param name="Sheets">Line sheets.</param>
public sealed record RawInventory(IReadOnlyDictionary<string, RawCell> ProductFields, IReadOnlyList<RawLineSheet> Sheets);

/// <summary>Field names shared by the template, the reader and the validator.</summary>
public static class InventoryFields
{
    /// <summary>Product-sheet fields in template order.</summary>
    public static readonly IReadOnlyList<string> Product =
    [
        "name", "model", "productMassKg", "periodStart", "periodEnd", "linePieces", "lineMassKg", "plantPieces", "plantMassKg",
        "lineMetered", "declaredAmount", "declaredUnit", "boundary", "allocation", "lineValue", "plantValue", "filledBy", "contact",
    ];

    /// <summary>Line-sheet columns in template order (column A is the first).</summary>
    public static readonly IReadOnlyList<string> Line =
    [
        "name", "amount", "unit", "acquisition", "distanceKm", "originPlace", "transport", "dataSource", "dataKind", "factor", "plantLevel", "cutOff", "notes",
        "description", "monitoringPoint", "instrument", "procedure", "frequency", "qualityAssurance", "use",
    ];

    /// <summary>How many of <see cref="Line"/> the first template had (columns A–M); a workbook of that layout still reads.</summary>
    public const int FirstLayoutColumns = 13;

    /// <summary>The column letter of a line field.</summary>
    /// <param name="field">Field name.</param>
    /// <returns>A, B, …</returns>
    public static string LineColumn(string field) => ((char)('A' + IndexOf(Line, field))).ToString();

    /// <summary>The CEC table 2 fields of a primary datum, in column order (N … T).</summary>
    public static readonly IReadOnlyList<string> PrimaryRecord = ["description", "monitoringPoint", "instrument", "procedure", "frequency", "qualityAssurance", "use"];

    private static int IndexOf(IReadOnlyList<string> list, string field)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == field)
            {
                return i;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(field), field, "not a line field");
    }
}

/// <summary>A problem with one cell of an inventory; the code and arguments are localized by the caller.</summary>
/// <param name="Sheet">Sheet name.</param>
/// <param name="Row">1-based row.</param>
/// <param name="Column">Column letter.</param>
/// <param name="Field">Field name.</param>
/// <param name="Code">What is wrong (see <see cref="InventoryIssueCode"/>).</param>
/// <param name="Arguments">Values the message names.</param>
public sealed record InventoryIssue(string Sheet, int Row, string Column, string Field, InventoryIssueCode Code, IReadOnlyList<string> Arguments);

/// <summary>What can be wrong with an inventory cell.</summary>
public enum InventoryIssueCode
{
    /// <summary>A required cell is empty.</summary>
    Required,

    /// <summary>Not a number.</summary>
    NotANumber,

    /// <summary>A comma that may be a decimal comma ("1,5"): refused, not read as 15 (args: value).</summary>
    AmbiguousNumber,

    /// <summary>NaN or infinite.</summary>
    NotFinite,

    /// <summary>Negative.</summary>
    Negative,

    /// <summary>Zero or negative where a positive number is needed.</summary>
    NotPositive,

    /// <summary>Unit not in the unit table (args: unit).</summary>
    UnknownUnit,

    /// <summary>Unit of the wrong dimension (args: unit, expected dimension).</summary>
    WrongDimension,

    /// <summary>Not one of the allowed choices (args: value, allowed).</summary>
    UnknownChoice,

    /// <summary>Not a date (args: value).</summary>
    InvalidDate,

    /// <summary>The period ends before it starts.</summary>
    PeriodOrder,

    /// <summary>The statistical period is neither a natural year nor 12 months (args: start, end).</summary>
    PeriodNotTwelveMonths,

    /// <summary>A sheet's period lies outside the statistical period (args: start, end).</summary>
    OutsidePeriod,

    /// <summary>The factor key is not in the library (args: key).</summary>
    UnknownFactor,

    /// <summary>The gas of a direct emission is not in the GWP table (args: gas).</summary>
    UnknownGas,

    /// <summary>A transport mode without a distance.</summary>
    TransportNeedsDistance,

    /// <summary>A transported amount not in a mass unit (args: unit).</summary>
    TransportNeedsMass,

    /// <summary>A cut-off amount not in a mass unit (args: unit).</summary>
    CutOffNeedsMass,

    /// <summary>A plant output smaller than the product's.</summary>
    PlantBelowLine,

    /// <summary>
    /// A re-import: a stored line's evidence files match no line of the new workbook by stage and data type (args: line
    /// name, file names); the location is the stored line's.
    /// </summary>
    EvidenceNotMatched,
}
