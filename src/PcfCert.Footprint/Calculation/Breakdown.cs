using PcfCert.Footprint.Model;
using PcfCert.Footprint.Results;

namespace PcfCert.Footprint.Calculation;

/// <summary>Sums the scaled terms into the breakdowns of the result document.</summary>
internal sealed class Breakdown
{
    public double Total { get; private set; }
    public double Aircraft { get; private set; }
    /// <summary>Part of the total from inputs marked as the product's packaging.</summary>
    public double Packaging { get; private set; }
    public double[] ByProcess { get; }
    public double[] ByDataset { get; }
    public Dictionary<string, double> ByStage { get; } = new(StringComparer.Ordinal); // life-cycle order
    public SortedDictionary<string, double> ByGas { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, double> ByMethod { get; } = new(StringComparer.Ordinal);
    /// <summary>kg per declared unit of flows outside the GWP table, carried at zero impact.</summary>
    public SortedDictionary<string, double> Uncharacterised { get; } = new(StringComparer.Ordinal);
    /// <summary>Credits of avoided products (system expansion), ≤ 0, contained in the total.</summary>
    public double Avoided { get; private set; }
    /// <summary>Per other metric (AR6 only): total, and the pre-characterised part left at its GWP100 value.</summary>
    public double[] MetricTotals { get; } = new double[Gwp.OtherMetrics.Names.Length];
    public double[] MetricPrecharacterised { get; } = new double[Gwp.OtherMetrics.Names.Length];
    private double _fossil, _biogenic, _removals, _dluc, _land, _biogenicCo2;

    public Breakdown(CompiledModel model, double[] scaling)
    {
        ByProcess = new double[model.Size];
        ByDataset = new double[model.Datasets.Count];
        foreach (var stage in Enum.GetValues<LifeCycleStage>()) ByStage[Names.Of(stage)] = 0;
        var ar6 = model.Gwp == GwpSet.AR6;
        foreach (var t in model.Terms)
        {
            if (t.Uncharacterised)
            {
                var kg = scaling[t.Process] * t.Mass;
                if (kg != 0) Uncharacterised[t.Gas] = Uncharacterised.GetValueOrDefault(t.Gas) + kg;
                continue;
            }
            var v = scaling[t.Process] * t.Value;
            if (v == 0) continue;
            if (t.Avoided || scaling[t.Process] < 0) Avoided += v;
            if (ar6) Metrics(t, v, scaling[t.Process] * t.Mass);
            Total += v;
            ByProcess[t.Process] += v;
            ByDataset[t.Dataset] += Math.Abs(v);
            ByStage[Names.Of(model.Stages[t.Process])] += v;
            ByGas[t.Gas] = ByGas.GetValueOrDefault(t.Gas) + v;
            var method = MethodName(t.Method);
            ByMethod[method] = ByMethod.GetValueOrDefault(method) + v;
            if (t.Aircraft) Aircraft += v;
            if (t.Packaging) Packaging += v;
            if (t.BiogenicCo2 && !t.Removal) _biogenicCo2 += v;
            switch (t.Origin)
            {
                case Origin.Biogenic when t.Removal: _removals += v; break;
                case Origin.Biogenic: _biogenic += v; break;
                case Origin.Dluc: _dluc += v; break;
                case Origin.LandManagement: _land += v; break;
                default: _fossil += v; break;
            }
        }
    }

    private void Metrics(Term t, double v, double kg)
    {
        for (var h = 0; h < MetricTotals.Length; h++)
        {
            if (t.Gas == FactorCompiler.Precharacterised) { MetricTotals[h] += v; MetricPrecharacterised[h] += v; }
            else if (Gwp.OtherMetrics.Value(t.Gas, h) is { } g) MetricTotals[h] += kg * g;
        }
    }

    public OriginBreakdown Origins => new(_fossil, _biogenic, _removals, _dluc, _land, _biogenicCo2);

    /// <summary>Total minus biogenic CO2 emissions and removals (PACT pCfExcludingBiogenic).</summary>
    public double ExcludingBiogenic => Total - _biogenicCo2 - _removals;

    private static string MethodName(Method m) => m switch
    {
        Method.EmissionFactor => "emissionFactor",
        Method.DirectEmission => "directEmission",
        Method.Measured => "measured",
        Method.MassBalance => "massBalance",
        _ => "removal",
    };
}
