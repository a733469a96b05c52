using PcfCert.Footprint.Model;
using PcfCert.Footprint.Results;

namespace PcfCert.Footprint.Calculation;

/// <summary>Sums the scaled terms into the breakdowns of the result document.</summary>
internal sealed class Breakdown
{
    public double Total { get; private set; }
    public double Aircraft { get; private set; }
    public double[] ByProcess { get; }
    public double[] ByDataset { get; }
    public Dictionary<string, double> ByStage { get; } = new(StringComparer.Ordinal); // life-cycle order
    public SortedDictionary<string, double> ByGas { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, double> ByMethod { get; } = new(StringComparer.Ordinal);
    private double _fossil, _biogenic, _removals, _dluc, _land, _biogenicCo2;

    public Breakdown(CompiledModel model, double[] scaling)
    {
        ByProcess = new double[model.Size];
        ByDataset = new double[model.Datasets.Count];
        foreach (var stage in Enum.GetValues<LifeCycleStage>()) ByStage[Names.Of(stage)] = 0;
        foreach (var t in model.Terms)
        {
            var v = scaling[t.Process] * t.Value;
            if (v == 0) continue;
            Total += v;
            ByProcess[t.Process] += v;
            ByDataset[t.Dataset] += Math.Abs(v);
            ByStage[Names.Of(model.Stages[t.Process])] += v;
            ByGas[t.Gas] = ByGas.GetValueOrDefault(t.Gas) + v;
            var method = MethodName(t.Method);
            ByMethod[method] = ByMethod.GetValueOrDefault(method) + v;
            if (t.Aircraft) Aircraft += v;
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
