using PcfCert.Footprint.Gwp;
using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Inventory;

/// <summary>One line's part of the footprint (a hotspot), per declared unit.</summary>
/// <param name="Index">Index of the line in the inventory.</param>
/// <param name="Name">Line name.</param>
/// <param name="Stage">Stage.</param>
/// <param name="KgCO2e">Its factor's and its transport's emissions, kg CO2e per declared unit.</param>
/// <param name="Share">Its part of the total.</param>
public sealed record LineContribution(int Index, string Name, LifeCycleStage Stage, double KgCO2e, double Share);

/// <summary>
/// Splits an inventory model's total into its lines. Each stage process of a built model produces the period's output and
/// the next stage demands exactly that output, so every stage is scaled by declared unit ÷ output; a line's part is its
/// amount in the model × the engine's kg CO2e for one unit of its factor (or gas) × that scaling, plus the same for its
/// t·km. The engine characterises one unit of each distinct factor once, so the split costs one tiny calculation per
/// factor, not one per line. Lines supplied by another process are not split (their share stays in the remainder).
/// </summary>
public static class LineContributions
{
    /// <summary>The lines' parts, largest first.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="build">Its built model and matches.</param>
    /// <param name="totalKgCO2e">The model's total per declared unit (for the shares).</param>
    /// <returns>One entry per line with a factor, a gas or a transport.</returns>
    public static IReadOnlyList<LineContribution> Compute(ActivityInventory inventory, InventoryBuild build, double totalKgCO2e)
    {
        var perUnit = inventory.Product.DeclaredUnit.Amount / inventory.OutputInDeclaredUnits;
        var factors = build.Model.Factors.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var unitImpact = new Dictionary<(string Key, string Unit), double>();
        var result = new List<LineContribution>();
        foreach (var m in build.Matches)
        {
            double kg = 0;
            if (m.Outcome == LineOutcome.Factor && m.FactorId is { } id && factors.TryGetValue(id, out var factor))
            {
                kg += m.AmountInModel * Impact(("f:" + id, m.Unit), () => Input(factor, m.Unit));
            }
            else if (m.Outcome == LineOutcome.DirectEmission && inventory.Lines[m.Index].Gas is { } gas)
            {
                kg += m.AmountInModel * Impact(("g:" + gas, m.Unit), () => Emission(gas, m.Unit));
            }
            if (m.TransportFactorId is { } tid && m.TonneKilometres is { } tkm && factors.TryGetValue(tid, out var transport))
            {
                kg += tkm * Impact(("f:" + tid, "t*km"), () => Input(transport, "t*km"));
            }
            if (kg != 0)
            {
                var perDu = kg * perUnit;
                result.Add(new LineContribution(m.Index, m.Name, m.Stage, perDu, totalKgCO2e != 0 ? perDu / totalKgCO2e : 0));
            }
        }
        return [.. result.OrderByDescending(c => Math.Abs(c.KgCO2e))];

        double Impact((string Key, string Unit) key, Func<FootprintModel> model)
        {
            if (!unitImpact.TryGetValue(key, out var value))
            {
                var outcome = FootprintCalculator.Calculate(model(), CalculationOptions.Default with { ContributionTreeThreshold = null });
                value = outcome.IsSuccess ? outcome.Value!.TotalKgCO2e : 0;
                unitImpact[key] = value;
            }
            return value;
        }

        FootprintModel Input(EmissionFactor factor, string unit) =>
            OneUnit([factor], [new ProcessInput(null, factor.Id, null, 1, unit)], []);

        FootprintModel Emission(string gas, string unit) =>
            OneUnit([], [], [new DirectEmission(GwpTable.Normalise(gas) ?? gas, 1, unit)]);

        FootprintModel OneUnit(IReadOnlyList<EmissionFactor> used, IReadOnlyList<ProcessInput> inputs, IReadOnlyList<DirectEmission> emissions) =>
            new(new Product("line", new Quantity(1, "piece"), null), build.Model.Gwp, SystemBoundary.CradleToGate, "p", used,
                [new UnitProcess("p", null, LifeCycleStage.Production, new ProcessOutput(1, "piece"), [], null, inputs, emissions, [])]);
    }
}
