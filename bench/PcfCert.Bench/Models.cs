using PcfCert.Footprint.Model;

namespace PcfCert.Bench;

/// <summary>Generated models for the benchmarks.</summary>
internal static class Models
{
    /// <summary>One process with <paramref name="inputs"/> factor inputs over <paramref name="factors"/> factors.</summary>
    public static FootprintModel Flat(int inputs, int factors, bool uncertain)
    {
        var lognormal = uncertain ? new UncertaintySpec(DistributionKind.Lognormal, Gsd: 1.1) : null;
        var fs = Enumerable.Range(0, factors)
            .Select(i => new EmissionFactor($"f{i}", "kg", 0.5 + i % 7, null, Uncertainty: i % 2 == 0 ? lognormal : null))
            .ToList();
        var ins = Enumerable.Range(0, inputs)
            .Select(i => new ProcessInput(null, $"f{i % factors}", null, 1 + i % 13, i % 3 == 0 ? "g" : "kg",
                Uncertainty: i % 2 == 1 ? lognormal : null))
            .ToList();
        var process = new UnitProcess("a", "flat", LifeCycleStage.Production, new ProcessOutput(1, "piece"), [], null, ins, [], []);
        return new FootprintModel(new Product("flat", new Quantity(1, "piece"), 1), GwpSet.AR6, SystemBoundary.CradleToGate, "a", fs, [process]);
    }
}
