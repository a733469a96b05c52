using PcfCert.Footprint.Calculation;
using PcfCert.Footprint.Gwp;
using PcfCert.Footprint.Model;
using PcfCert.Footprint.Units;

namespace PcfCert.Footprint.Inventory;

/// <summary>What a line became in the model, and why.</summary>
public enum LineOutcome
{
    /// <summary>An input from a library factor.</summary>
    Factor,

    /// <summary>A direct emission of a gas.</summary>
    DirectEmission,

    /// <summary>Excluded under the cut-off rule (counted in the cut-off check).</summary>
    CutOff,

    /// <summary>No factor chosen, or the factor key is unknown: not in the model.</summary>
    NoFactor,

    /// <summary>Its stage is outside the system boundary: not in the model.</summary>
    OutsideBoundary,

    /// <summary>Supplied by another process (another unit's inventory), whose own inputs are in the model.</summary>
    Process,
}

/// <summary>One line's match in the import report.</summary>
/// <param name="Index">Index of the line in the inventory.</param>
/// <param name="Name">Line name.</param>
/// <param name="Stage">Stage.</param>
/// <param name="Outcome">What it became.</param>
/// <param name="FactorId">The exact factor version used (<c>code@N</c>), or the supplying process id, when any.</param>
/// <param name="AmountInModel">The amount that went into the model (allocated when plant-level).</param>
/// <param name="Unit">Its unit.</param>
/// <param name="TransportFactorId">The transport factor used, when the line was transported.</param>
/// <param name="TonneKilometres">t·km of the transport (mass in t × distance in km).</param>
/// <param name="Source">Sheet and row.</param>
public sealed record LineMatch(
    int Index, string Name, LifeCycleStage Stage, LineOutcome Outcome, string? FactorId, double AmountInModel, string Unit,
    string? TransportFactorId, double? TonneKilometres, SourceLocation? Source);

/// <summary>The model built from an inventory, with what every line became and the allocation factor applied.</summary>
/// <param name="Model">The pcfcert.model/1 model.</param>
/// <param name="Matches">One entry per line.</param>
/// <param name="AllocationFactor">Share of plant-level data allocated to the product.</param>
public sealed record InventoryBuild(FootprintModel Model, IReadOnlyList<LineMatch> Matches, double AllocationFactor);

/// <summary>
/// Turns an inventory into a footprint model: one process per life-cycle stage inside the boundary, chained so each
/// stage demands the previous one's output (raw materials → production → distribution → use → end of life; the last is
/// the reference process). Every stage process produces the period's output of the product; a line's amount for the
/// period goes in as is, or multiplied by the allocation factor when it is plant-level data. A transported line adds
/// t·km = mass in t × distance in km of its transport factor.
/// </summary>
public static class InventoryModelBuilder
{
    private static readonly LifeCycleStage[] Order =
        [LifeCycleStage.RawMaterialAcquisition, LifeCycleStage.Production, LifeCycleStage.Distribution, LifeCycleStage.Use, LifeCycleStage.EndOfLife];

    /// <summary>The process id of a stage in built models.</summary>
    /// <param name="stage">Stage.</param>
    /// <returns>e.g. <c>raw-material-acquisition</c>.</returns>
    public static string ProcessId(LifeCycleStage stage) => stage switch
    {
        LifeCycleStage.RawMaterialAcquisition => "raw-material-acquisition",
        LifeCycleStage.Production => "production",
        LifeCycleStage.Distribution => "distribution",
        LifeCycleStage.Use => "use",
        _ => "end-of-life",
    };

    /// <summary>Builds the model.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="factors">Resolves a factor key (<c>code</c> or <c>code@N</c>) to the exact factor version; null when unknown.</param>
    /// <param name="gwp">GWP set of the model.</param>
    /// <param name="includeLine">Lines to include (all by default); the primary-data check builds with primary lines only.</param>
    /// <param name="processes">Resolves a <c>process:KEY</c> line to the inventory of the process that supplies it; null when unknown.</param>
    /// <returns>The model and the match report.</returns>
    public static InventoryBuild Build(ActivityInventory inventory, Func<string, EmissionFactor?> factors, GwpSet gwp = GwpSet.AR6,
        Func<InventoryLine, bool>? includeLine = null, Func<string, ActivityInventory?>? processes = null)
    {
        var usedFactors = new Dictionary<string, EmissionFactor>(StringComparer.Ordinal);
        var allProcesses = new List<UnitProcess>();
        var built = new Dictionary<string, string>(StringComparer.Ordinal); // supplier key → its reference process id
        var (reference, matches) = AddProcesses(inventory, "", factors, includeLine, processes ?? (_ => null), usedFactors, allProcesses, built);
        var product = inventory.Product;
        var model = new FootprintModel(
            new Product($"{product.Name} {product.Model}".Trim(), product.DeclaredUnit, ProductMassPerDeclaredUnit(product)),
            gwp, product.Boundary, reference, [.. usedFactors.Values.OrderBy(f => f.Id, StringComparer.Ordinal)], allProcesses);
        return new InventoryBuild(model, matches, inventory.AllocationFactor ?? 1);
    }

    // Adds the stage processes of one inventory (ids prefixed for a supplier) and, first, those of every supplier it names.
    private static (string Reference, List<LineMatch> Matches) AddProcesses(ActivityInventory inventory, string prefix, Func<string, EmissionFactor?> factors,
        Func<InventoryLine, bool>? includeLine, Func<string, ActivityInventory?> processes, Dictionary<string, EmissionFactor> usedFactors,
        List<UnitProcess> allProcesses, Dictionary<string, string> built)
    {
        var product = inventory.Product;
        var allocation = inventory.AllocationFactor ?? 1;
        var output = inventory.OutputInDeclaredUnits;
        var outputUnit = UnitTable.Find(product.DeclaredUnit.Unit)?.Dimension == Dimension.Mass ? product.DeclaredUnit.Unit : "piece";
        var stages = Order.Where(s => Boundaries.Admits(product.Boundary, s)).ToList();
        var matches = new List<LineMatch>();
        var inputs = stages.ToDictionary(s => s, _ => new List<ProcessInput>());
        var emissions = stages.ToDictionary(s => s, _ => new List<DirectEmission>());

        for (var i = 0; i < inventory.Lines.Count; i++)
        {
            var line = inventory.Lines[i];
            if (includeLine is not null && !includeLine(line))
            {
                continue;
            }
            var amount = line.PlantLevel ? line.Amount * allocation : line.Amount;
            if (!stages.Contains(line.Stage))
            {
                matches.Add(new LineMatch(i, line.Name, line.Stage, LineOutcome.OutsideBoundary, null, amount, line.Unit, null, null, line.Source));
                continue;
            }
            string? transportId = null;
            double? tkm = null;
            if (line.TransportFactor is { } transportKey && line.DistanceKm is { } distance && factors(transportKey) is { } transport
                && UnitTable.Find(line.Unit) is { Dimension: Dimension.Mass } massUnit)
            {
                usedFactors.TryAdd(transport.Id, transport);
                transportId = transport.Id;
                tkm = amount * massUnit.ToBase / 1000 * distance; // kg base → t, times km
                inputs[line.Stage].Add(new ProcessInput(null, transport.Id, null, tkm.Value, "t*km"));
            }
            if (line.CutOff)
            {
                inputs[line.Stage].Add(new ProcessInput(null, null, line.Name, amount, line.Unit, CutOff: true));
                matches.Add(new LineMatch(i, line.Name, line.Stage, LineOutcome.CutOff, null, amount, line.Unit, transportId, tkm, line.Source));
            }
            else if (line.SupplyingProcess is { } supplierKey && Supplier(supplierKey) is { } supplier)
            {
                inputs[line.Stage].Add(new ProcessInput(supplier, null, null, amount, line.Unit));
                matches.Add(new LineMatch(i, line.Name, line.Stage, LineOutcome.Process, supplier, amount, line.Unit, transportId, tkm, line.Source));
            }
            else if (line.Gas is { } gas && GwpTable.Normalise(gas) is { } canonical)
            {
                emissions[line.Stage].Add(new DirectEmission(canonical, amount, line.Unit));
                matches.Add(new LineMatch(i, line.Name, line.Stage, LineOutcome.DirectEmission, null, amount, line.Unit, transportId, tkm, line.Source));
            }
            else if (line.FactorKey is { } key && factors(key) is { } factor)
            {
                usedFactors.TryAdd(factor.Id, factor);
                inputs[line.Stage].Add(new ProcessInput(null, factor.Id, null, amount, line.Unit, Packaging: line.IsPackaging));
                matches.Add(new LineMatch(i, line.Name, line.Stage, LineOutcome.Factor, factor.Id, amount, line.Unit, transportId, tkm, line.Source));
            }
            else
            {
                matches.Add(new LineMatch(i, line.Name, line.Stage, LineOutcome.NoFactor, null, amount, line.Unit, transportId, tkm, line.Source));
            }
        }

        for (var s = 0; s < stages.Count; s++)
        {
            var stageInputs = inputs[stages[s]];
            if (s > 0)
            {
                stageInputs.Insert(0, new ProcessInput(prefix + ProcessId(stages[s - 1]), null, null, output, outputUnit));
            }
            allProcesses.Add(new UnitProcess(prefix + ProcessId(stages[s]), null, stages[s], new ProcessOutput(output, outputUnit), [], null,
                stageInputs, emissions[stages[s]], []));
        }
        return (prefix + ProcessId(stages[^1]), matches);

        // A supplier's processes are added once, whoever names it; a supplier that names this inventory back closes a
        // cycle, which the engine solves as a linear system.
        string? Supplier(string key)
        {
            if (built.TryGetValue(key, out var id))
            {
                return id;
            }
            if (processes(key) is not { } supplied)
            {
                return null;
            }
            // Registered before its own lines are read, so a supplier that names this one back finds it.
            var reference = $"{key}/{ProcessId(Order.Last(st => Boundaries.Admits(supplied.Product.Boundary, st)))}";
            built[key] = reference;
            AddProcesses(supplied, key + "/", factors, includeLine, processes, usedFactors, allProcesses, built);
            return reference;
        }
    }

    /// <summary>Mass of one declared unit in kg: the piece mass times the pieces, or the declared mass itself.</summary>
    /// <param name="product">The product information.</param>
    /// <returns>kg.</returns>
    public static double ProductMassPerDeclaredUnit(ProductInformation product) =>
        UnitTable.Find(product.DeclaredUnit.Unit) is { Dimension: Dimension.Mass } unit
            ? product.DeclaredUnit.Amount * unit.ToBase
            : product.DeclaredUnit.Amount * product.ProductMassKg;
}
