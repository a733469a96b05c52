using PcfCert.Footprint.Model;
using PcfCert.Footprint.Results;
using PcfCert.Footprint.Units;

namespace PcfCert.Footprint.Inventory;

/// <summary>Mass balance of the bill of materials against the product, per declared unit.</summary>
/// <param name="BillOfMaterialsKg">Raw-material inputs in mass units (cut-off ones included), kg per declared unit.</param>
/// <param name="ProductKg">Product mass per declared unit.</param>
/// <param name="Ratio">Bill of materials ÷ product mass.</param>
/// <param name="Passed">
/// False when the materials weigh more than 1 % less than the product (an input is missing) or more than
/// <see cref="ExcessTolerance"/> more (counted twice, or a unit slip such as g entered as kg).
/// </param>
/// <remarks>
/// Neither rule states a tolerance for the bill of materials (CEC 5.4.3 and PCEC name 物料平衡 as a method and a record,
/// not a threshold). PcfCert flags a bill of materials 25 % above the product mass: process losses of an electronic
/// component (film and foil trimmings, solvent) stay well below it, and a slip that doubles a line goes far beyond it.
/// The flag does not block submission; the verifier decides (docs/data-collection.md).
/// </remarks>
public sealed record MassBalanceCheck(double BillOfMaterialsKg, double ProductKg, double Ratio, bool Passed)
{
    /// <summary>How far the materials may fall short of the product mass: 1 %.</summary>
    public const double ShortTolerance = 0.01;

    /// <summary>How far the materials may exceed the product mass: 25 %.</summary>
    public const double ExcessTolerance = 0.25;

    /// <summary>True when the materials weigh more than the tolerance above the product.</summary>
    public bool Excess => Ratio > 1 + ExcessTolerance;
}

/// <summary>The scheme's cut-off rule: excluded inputs at most a share of the product mass.</summary>
/// <param name="ExcludedKg">Cut-off inputs, kg per declared unit.</param>
/// <param name="Share">Excluded ÷ product mass.</param>
/// <param name="LimitShare">The scheme's limit (CEC: 0.05); null when the scheme sets none.</param>
/// <param name="Passed">True when within the limit or no limit applies.</param>
public sealed record CutOffShareCheck(double ExcludedKg, double Share, double? LimitShare, bool Passed);

/// <summary>How much of the inventory is primary data.</summary>
/// <param name="ByLines">Primary lines ÷ lines inside the boundary.</param>
/// <param name="ByEmissions">Footprint of the primary lines alone ÷ the whole footprint; null when the model cannot be computed.</param>
public sealed record PrimaryDataShare(double ByLines, double? ByEmissions);

/// <summary>What a verifier looks at before the model is submitted.</summary>
/// <param name="Build">The model and the line matches.</param>
/// <param name="MassBalance">Bill of materials vs product mass.</param>
/// <param name="CutOff">Cut-off share.</param>
/// <param name="WithoutFactor">Lines inside the boundary with no factor: they are not in the model.</param>
/// <param name="PrimaryShare">Primary-data share.</param>
/// <param name="Result">The engine's result for the model, when it computes.</param>
/// <param name="Errors">The engine's errors, when it does not.</param>
public sealed record InventoryCheckReport(
    InventoryBuild Build, MassBalanceCheck MassBalance, CutOffShareCheck CutOff, IReadOnlyList<LineMatch> WithoutFactor,
    PrimaryDataShare PrimaryShare, FootprintResult? Result, IReadOnlyList<Error> Errors)
{
    /// <summary>True when the model may be submitted for verification: it computes, every line has a factor and the cut-off rule holds.</summary>
    public bool ReadyToSubmit => Result is not null && WithoutFactor.Count == 0 && CutOff.Passed;
}

/// <summary>Runs the verifier's checks on an inventory and computes its model with the engine.</summary>
public static class InventoryChecks
{
    /// <summary>Builds, checks and computes.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="factors">Factor resolver (see <see cref="InventoryModelBuilder.Build"/>).</param>
    /// <param name="cutOffLimitShare">The scheme's <c>cutOffMassShareMax</c>, or null.</param>
    /// <param name="gwp">GWP set.</param>
    /// <param name="processes">Resolves <c>process:KEY</c> lines to the supplying inventory (see <see cref="InventoryModelBuilder.Build"/>).</param>
    /// <returns>The report.</returns>
    public static InventoryCheckReport Run(ActivityInventory inventory, Func<string, EmissionFactor?> factors, double? cutOffLimitShare, GwpSet gwp = GwpSet.AR6,
        Func<string, ActivityInventory?>? processes = null)
    {
        var build = InventoryModelBuilder.Build(inventory, factors, gwp, processes: processes);
        var perUnit = inventory.Product.DeclaredUnit.Amount / inventory.OutputInDeclaredUnits; // period amount → per declared unit
        var productKg = InventoryModelBuilder.ProductMassPerDeclaredUnit(inventory.Product);

        double Kg(LineMatch m) => UnitTable.Find(m.Unit) is { Dimension: Dimension.Mass } u ? m.AmountInModel * u.ToBase * perUnit : 0;
        var bom = build.Matches.Where(m => m.Stage == LifeCycleStage.RawMaterialAcquisition).Sum(Kg);
        var ratio = productKg > 0 ? bom / productKg : 0;
        var massBalance = new MassBalanceCheck(bom, productKg, ratio,
            ratio >= 1 - MassBalanceCheck.ShortTolerance && ratio <= 1 + MassBalanceCheck.ExcessTolerance);

        var excluded = build.Matches.Where(m => m.Outcome == LineOutcome.CutOff).Sum(Kg);
        var share = productKg > 0 ? excluded / productKg : 0;
        var cutOff = new CutOffShareCheck(excluded, share, cutOffLimitShare, cutOffLimitShare is not { } limit || share <= limit);

        var inBoundary = build.Matches.Where(m => m.Outcome != LineOutcome.OutsideBoundary).ToList();
        var withoutFactor = inBoundary.Where(m => m.Outcome == LineOutcome.NoFactor).ToList();
        var primaryLines = inBoundary.Count(m => inventory.Lines[m.Index].DataKind == DataKind.Primary);

        var options = CalculationOptions.Default with { CutOffLimitShare = cutOffLimitShare ?? CalculationOptions.Default.CutOffLimitShare };
        var outcome = FootprintCalculator.Calculate(build.Model, options);
        double? byEmissions = null;
        if (outcome.IsSuccess && outcome.Value!.TotalKgCO2e > 0)
        {
            var primaryOnly = InventoryModelBuilder.Build(inventory, factors, gwp, l => l.DataKind == DataKind.Primary, processes);
            var primary = FootprintCalculator.Calculate(primaryOnly.Model, options);
            byEmissions = primary.IsSuccess ? primary.Value!.TotalKgCO2e / outcome.Value.TotalKgCO2e : null;
        }
        var primaryShare = new PrimaryDataShare(inBoundary.Count == 0 ? 0 : (double)primaryLines / inBoundary.Count, byEmissions);
        return new InventoryCheckReport(build, massBalance, cutOff, withoutFactor, primaryShare,
            outcome.IsSuccess ? outcome.Value : null, outcome.Errors);
    }
}
