using PcfCert.Footprint.Gwp;
using PcfCert.Footprint.Model;
using PcfCert.Footprint.Units;
using static PcfCert.Footprint.Documents.JsonFields;

namespace PcfCert.Footprint.Calculation;

/// <summary>A factor reduced to characterised kg CO2e per unit, by gas.</summary>
internal sealed record CompiledFactor(
    EmissionFactor Source, UnitInfo Unit, (string Gas, double KgPerUnit, double KgCO2ePerUnit)[] Parts, int Param, int Dataset);

/// <summary>Validates factors and characterises them with the model's GWP set.</summary>
internal static class FactorCompiler
{
    /// <summary>Label of pre-characterised factor values in the by-gas breakdown.</summary>
    public const string Precharacterised = "CO2e";

    public static Dictionary<string, CompiledFactor> Compile(FootprintModel model, Checks c, CompiledParts parts)
    {
        var result = new Dictionary<string, CompiledFactor>(StringComparer.Ordinal);
        for (var i = 0; i < model.Factors.Count; i++)
        {
            var f = model.Factors[i];
            var path = Child("/factors", i);
            if (result.ContainsKey(f.Id))
            {
                c.Errors.Add(Error.Of(ErrorCode.DuplicateId, Child(path, "id"), $"Factor id '{f.Id}' is used twice.", ("id", f.Id)));
                continue;
            }
            var unit = c.Unit(f.Unit, Child(path, "unit"));
            var gases = Characterise(model.Gwp, f, path, c);
            c.Dqr(f.Dqr, path);
            if (unit is null || gases is null) continue;
            var total = gases.Sum(g => g.KgCO2ePerUnit);
            var spec = parts.Spec(f.Uncertainty, f.Dqr);
            var param = c.Uncertainty(spec, total, path) ? parts.AddParameter(spec!, total, "factor/" + f.Id, path) : -1;
            result[f.Id] = new CompiledFactor(f, unit, gases, param, parts.AddDataset("factor", f.Id, f.Dqr));
        }
        return result;
    }

    // A gas the GWP table does not know (a non-GHG flow such as H2O or SO2) is carried at zero impact and reported
    // in the result's uncharacterisedFlows, not refused.
    private static (string Gas, double KgPerUnit, double KgCO2ePerUnit)[]? Characterise(GwpSet set, EmissionFactor f, string path, Checks c)
    {
        if ((f.KgCO2e is null) == (f.Gases is null))
        {
            c.Errors.Add(Error.Of(ErrorCode.InvalidFactor, path, $"Factor '{f.Id}' must give exactly one of 'kgCO2e' and 'gases'.", ("id", f.Id)));
            return null;
        }
        if (f.KgCO2e is { } v)
            return c.Amount(v, Child(path, "kgCO2e")) ? [(Precharacterised, double.NaN, v)] : null;
        var parts = new List<(string Gas, string Key, double Kg, double KgCO2ePerUnit)>();
        var ok = true;
        foreach (var (gas, kg) in f.Gases!)
        {
            var gp = Child(Child(path, "gases"), gas);
            var gwp = GwpTable.Find(set, gas, f.Origin);
            if (!c.Amount(kg, gp)) ok = false;
            if (ok) parts.Add((GwpTable.Normalise(gas) ?? gas.Trim(), gas, kg, kg * (gwp?.Value ?? 0)));
        }
        // Gases in ordinal order of their name, so that the sum does not depend on the key order of the document.
        return ok ? parts.OrderBy(p => p.Gas, StringComparer.Ordinal).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Gas, p.Kg, p.KgCO2ePerUnit)).ToArray() : null;
    }
}
