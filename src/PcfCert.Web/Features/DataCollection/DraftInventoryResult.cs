using Microsoft.Extensions.Localization;
using PcfCert.Footprint;
using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;
using PcfCert.Footprint.Results;
using PcfCert.Web.Features.Shared;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>
/// The footprint of a unit's inventory while it is still a draft: by stage, by gas and by line (hotspots with shares), the
/// data-quality rating and a Monte Carlo range, with the inputs that carry no uncertainty named — what the applicant
/// sees before submitting (issue 18 item 5).
/// </summary>
public sealed class DraftInventoryResult(IStringLocalizer<SharedResource> l)
{
    /// <summary>Monte Carlo draws on the page: enough for a stable 95 % range, fast on an inventory model of three stages.</summary>
    public const int Iterations = 1000;

    /// <summary>Hotspot lines shown in the table.</summary>
    public const int TopLines = 20;

    public sealed record View(
        FootprintResult Result, FootprintChart Stages, FootprintChart Gases, FootprintChart Lines, IReadOnlyList<LineContribution> TopLines,
        int LinesWithEmissions, IReadOnlyList<LifeCycleStage> OutsideBoundary, UncertaintyResult? Uncertainty, IReadOnlyList<string> WithoutUncertainty)
    {
        /// <summary>Upstream paths of the inventory's model with cumulative shares (issue 16 item 5); null when the result has none.</summary>
        public ContributionTreeView? Tree { get; init; }
    }

    public View? Handle(CheckInventory.Checked? checkedInventory, double? cutOffLimitShare)
    {
        if (checkedInventory?.Report.Result is not { } result)
        {
            return null;
        }
        var build = checkedInventory.Report.Build;
        var unit = $"kg CO2e / {result.DeclaredUnit.Amount:0.###} {result.DeclaredUnit.Unit}";
        string Text(string key) => l[key];
        var inside = FootprintChart.Stages.Where((s, i) => Admitted(result.Boundary, (LifeCycleStage)i)).ToList();
        var stages = new FootprintChart("draft-stages", l["Chart.ByStage"], unit,
            inside.Select(s => new ChartBar(Text(s.TextKey), result.ByStage.GetValueOrDefault(s.Key))).ToList());
        var gases = new FootprintChart("draft-gases", l["Inventory.ByGas"], unit,
            result.ByGas.Where(g => g.Value != 0).OrderByDescending(g => Math.Abs(g.Value)).Select(g => new ChartBar(g.Key, g.Value)).ToList());
        var contributions = LineContributions.Compute(checkedInventory.Inventory, build, result.TotalKgCO2e);
        var lines = new FootprintChart("draft-lines", l["Inventory.Hotspots"], unit,
            contributions.Take(FootprintChart.TopCount).Select(c => new ChartBar($"{c.Name} · {Text("Stage." + c.Stage)}", c.KgCO2e)).ToList());
        var outside = Enum.GetValues<LifeCycleStage>().Where(s => !Admitted(result.Boundary, s)).ToList();

        var options = CalculationOptions.Default with
        {
            MonteCarloIterations = Iterations, PedigreeUncertainty = true, ContributionTreeThreshold = null,
            CutOffLimitShare = cutOffLimitShare ?? CalculationOptions.Default.CutOffLimitShare,
        };
        var withUncertainty = FootprintCalculator.Calculate(build.Model, options);
        return new View(result, stages, gases, lines, [.. contributions.Take(TopLines)], contributions.Count, outside,
            withUncertainty.IsSuccess ? withUncertainty.Value!.Uncertainty : null, WithoutUncertainty(checkedInventory.Inventory, build))
        {
            Tree = ContributionTreeView.From("draft-tree", result.ContributionTree, build.Model),
        };
    }

    /// <summary>Whether a boundary admits a stage (GB/T 24067-2024 6.3.4): cradle to gate the first two, gate to gate production only.</summary>
    public static bool Admitted(SystemBoundary boundary, LifeCycleStage stage) => boundary switch
    {
        SystemBoundary.CradleToGrave => true,
        SystemBoundary.GateToGate => stage == LifeCycleStage.Production,
        _ => stage is LifeCycleStage.RawMaterialAcquisition or LifeCycleStage.Production,
    };

    /// <summary>
    /// Lines whose factor has neither a distribution nor a data-quality rating (the pedigree approach needs one), and
    /// direct emissions: Monte Carlo holds them fixed, so the range leaves their uncertainty out. Activity amounts carry none.
    /// </summary>
    private static IReadOnlyList<string> WithoutUncertainty(ActivityInventory inventory, InventoryBuild build)
    {
        var fixedFactors = build.Model.Factors.Where(f => f.Uncertainty is null && f.Dqr is null).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        return build.Matches
            .Where(m => (m.Outcome == LineOutcome.Factor && m.FactorId is { } id && fixedFactors.Contains(id)) || m.Outcome == LineOutcome.DirectEmission
                || (m.TransportFactorId is { } t && fixedFactors.Contains(t)))
            .Select(m => m.Outcome == LineOutcome.DirectEmission ? $"{m.Name} ({inventory.Lines[m.Index].FactorKey})"
                : $"{m.Name} ({string.Join(" + ", new[] { m.FactorId, m.TransportFactorId }.OfType<string>())})")
            .Distinct(StringComparer.Ordinal).ToList();
    }
}
