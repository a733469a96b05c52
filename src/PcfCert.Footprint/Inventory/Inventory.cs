using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Inventory;

/// <summary>How plant-level data is shared out to the product (the applicant states it).</summary>
public enum AllocationMethod
{
    /// <summary>By output mass: product kg / plant kg.</summary>
    Mass,

    /// <summary>By pieces: product pieces / plant pieces.</summary>
    Pieces,

    /// <summary>By economic value: product value / plant value.</summary>
    EconomicValue,
}

/// <summary>Whether a figure was measured at the factory (初级) or taken from elsewhere (次级).</summary>
public enum DataKind
{
    /// <summary>Primary activity data: measured directly (GB/T 24067 / PCEC 2.10).</summary>
    Primary,

    /// <summary>Secondary activity data: from other sources (PCEC 2.11).</summary>
    Secondary,
}

/// <summary>Self-produced or purchased (自产/外购), as annex 2 asks.</summary>
public enum Acquisition
{
    /// <summary>自产.</summary>
    SelfProduced,

    /// <summary>外购.</summary>
    Purchased,
}

/// <summary>Sheet (一) of the CEC annex 2 inventory: the product and the statistical period.</summary>
/// <param name="Name">Product name and category.</param>
/// <param name="Model">Specification / model.</param>
/// <param name="DeclaredUnit">Functional or declared unit, e.g. 1 piece.</param>
/// <param name="ProductMassKg">Mass of one piece in kg.</param>
/// <param name="PeriodStart">First day of the statistical period.</param>
/// <param name="PeriodEnd">Last day of the statistical period.</param>
/// <param name="LinePieces">Output of this model in the period, pieces.</param>
/// <param name="LineMassKg">Output of this model in the period, kg.</param>
/// <param name="PlantPieces">Output of the whole plant in the period, pieces.</param>
/// <param name="PlantMassKg">Output of the whole plant in the period, kg.</param>
/// <param name="LineValue">Economic value of this model's output (for economic allocation).</param>
/// <param name="PlantValue">Economic value of the plant's output (for economic allocation).</param>
/// <param name="LineMeteredSeparately">Whether the product's line is metered on its own.</param>
/// <param name="Boundary">System boundary.</param>
/// <param name="Allocation">How plant-level data is allocated.</param>
/// <param name="FilledBy">Who filled the inventory in.</param>
/// <param name="Contact">How to reach them.</param>
public sealed record ProductInformation(
    string Name,
    string Model,
    Quantity DeclaredUnit,
    double ProductMassKg,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    double LinePieces,
    double LineMassKg,
    double PlantPieces,
    double PlantMassKg,
    double? LineValue,
    double? PlantValue,
    bool LineMeteredSeparately,
    SystemBoundary Boundary,
    AllocationMethod Allocation,
    string FilledBy,
    string? Contact);

/// <summary>Where a line came from in a workbook, for messages and the import report.</summary>
/// <param name="Sheet">Sheet name.</param>
/// <param name="Row">1-based row number as Excel shows it.</param>
public sealed record SourceLocation(string Sheet, int Row);

/// <summary>
/// The technical record CEC-7065CVP-A/0 5.4.3 a) table 2 asks for each primary datum (初级数据质量要求): what it is, where
/// and how it is measured, how often, how its quality is assured and what it is used for. Its unit and source are the
/// line's own <see cref="InventoryLine.Unit"/> and <see cref="InventoryLine.DataSource"/>.
/// </summary>
/// <param name="Description">数据描述.</param>
/// <param name="MonitoringPoint">监测点要求: where it is measured.</param>
/// <param name="Instrument">监测仪表要求: the meter or instrument.</param>
/// <param name="Procedure">监测程序和方法.</param>
/// <param name="Frequency">监测频次与记录要求.</param>
/// <param name="QualityAssurance">质量保证/质量控制程序要求.</param>
/// <param name="Use">数据用途.</param>
public sealed record PrimaryDataRecord(
    string? Description, string? MonitoringPoint, string? Instrument, string? Procedure, string? Frequency, string? QualityAssurance, string? Use);

/// <summary>One line of activity data (a row of sheets 二 to 四 of annex 2, or of the use and end-of-life sheets).</summary>
/// <param name="Stage">Life-cycle stage of the sheet.</param>
/// <param name="Name">Data type, e.g. 薄膜, 电力.</param>
/// <param name="Amount">Amount in the statistical period.</param>
/// <param name="Unit">Unit symbol of the engine's unit table.</param>
/// <param name="Acquisition">Self-produced or purchased.</param>
/// <param name="DistanceKm">Transport distance (estimated) in km.</param>
/// <param name="OriginPlace">Where it comes from.</param>
/// <param name="TransportFactor">Factor key of the transport mode (a t*km factor of the library).</param>
/// <param name="DataSource">Where the figure comes from (meter, invoice, ledger …).</param>
/// <param name="DataKind">Primary or secondary.</param>
/// <param name="FactorKey">Factor key (<c>code</c> or <c>code@version</c>), <c>gas:NAME</c> for a direct emission, <c>process:KEY</c> for another process; null when none is chosen yet.</param>
/// <param name="PlantLevel">True when the amount is the whole plant's and must be allocated.</param>
/// <param name="CutOff">True when the input is excluded under the cut-off rule.</param>
/// <param name="Notes">Remarks.</param>
/// <param name="Source">Where the line was read from, when imported.</param>
/// <param name="Primary">The CEC table 2 record of a primary datum, when given.</param>
public sealed record InventoryLine(
    LifeCycleStage Stage,
    string Name,
    double Amount,
    string Unit,
    Acquisition? Acquisition,
    double? DistanceKm,
    string? OriginPlace,
    string? TransportFactor,
    string? DataSource,
    DataKind DataKind,
    string? FactorKey,
    bool PlantLevel,
    bool CutOff,
    string? Notes,
    SourceLocation? Source = null,
    PrimaryDataRecord? Primary = null)
{
    /// <summary>Prefix of <see cref="FactorKey"/> for a direct emission of a gas.</summary>
    public const string GasPrefix = "gas:";

    /// <summary>
    /// Prefix of <see cref="FactorKey"/> for an input made by another process: another certification unit's inventory
    /// of the same application (<c>process:unit-2</c>), e.g. a self-produced intermediate.
    /// </summary>
    public const string ProcessPrefix = "process:";

    /// <summary>The other process a line is supplied by, or null.</summary>
    public string? SupplyingProcess => FactorKey is { } key && key.StartsWith(ProcessPrefix, StringComparison.Ordinal) ? key[ProcessPrefix.Length..] : null;

    /// <summary>The gas of a direct emission line, or null.</summary>
    public string? Gas => FactorKey is { } key && key.StartsWith(GasPrefix, StringComparison.Ordinal) ? key[GasPrefix.Length..] : null;

    /// <summary>
    /// A raw-material line for the product's packaging: its data type begins with 包装 (CEC annex 2 lists
    /// "包装材料 木板" among the raw materials) or "packaging". Its emissions are also reported apart (PACT packagingGhgEmissions).
    /// </summary>
    public bool IsPackaging => Stage == LifeCycleStage.RawMaterialAcquisition
        && (Name.TrimStart().StartsWith("包装", StringComparison.Ordinal) || Name.TrimStart().StartsWith("packaging", StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The 综合信息 block CEC-7065CVP-A/0 annex 2 prints at the head of each stage sheet: 填表日期 (the day it was filled in),
/// 填表人 (who filled it in) and 数据收集对象 (what the data was collected on, e.g. 电子元器件产品原材料的生产).
/// </summary>
/// <param name="Stage">Stage of the sheet.</param>
/// <param name="FilledOn">填表日期.</param>
/// <param name="FilledBy">填表人.</param>
/// <param name="CollectionObject">数据收集对象, when given.</param>
public sealed record StageSheetHeader(LifeCycleStage Stage, DateOnly FilledOn, string FilledBy, string? CollectionObject);

/// <summary>An activity-data inventory of one certification unit.</summary>
/// <param name="Product">Product information and statistical period.</param>
/// <param name="Lines">Activity data lines.</param>
/// <param name="Sheets">The header block of each stage sheet read from a workbook (none for an inventory entered in forms).</param>
public sealed record ActivityInventory(ProductInformation Product, IReadOnlyList<InventoryLine> Lines, IReadOnlyList<StageSheetHeader>? Sheets = null)
{
    /// <summary>
    /// The share of plant-level data that belongs to the product, by the stated method; null when the plant figure is
    /// zero or missing.
    /// </summary>
    public double? AllocationFactor => Product.Allocation switch
    {
        AllocationMethod.Mass => Share(Product.LineMassKg, Product.PlantMassKg),
        AllocationMethod.Pieces => Share(Product.LinePieces, Product.PlantPieces),
        _ => Product.LineValue is { } line && Product.PlantValue is { } plant ? Share(line, plant) : null,
    };

    /// <summary>The product's output in the period, in the declared unit's unit (pieces or kg).</summary>
    public double OutputInDeclaredUnits =>
        Units.UnitTable.Find(Product.DeclaredUnit.Unit)?.Dimension == Units.Dimension.Mass
            ? Product.LineMassKg / Units.UnitTable.Find(Product.DeclaredUnit.Unit)!.ToBase
            : Product.LinePieces;

    private static double? Share(double part, double whole) => whole > 0 ? part / whole : null;
}
