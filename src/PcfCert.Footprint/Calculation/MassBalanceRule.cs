using PcfCert.Footprint.Model;
using static PcfCert.Footprint.Documents.JsonFields;

namespace PcfCert.Footprint.Calculation;

/// <summary>Mass-balance method: CO2 = (Σ m_in·c_in − Σ m_out·c_out) × 44/12, per run of the process.</summary>
internal static class MassBalanceRule
{
    /// <summary>44/12: kg CO2 per kg of carbon (molar masses 44 and 12).</summary>
    public const double Co2PerCarbon = 44.0 / 12.0;

    /// <summary>kg CO2 per run, or null with errors when a flow is invalid or carbon out exceeds carbon in.</summary>
    public static double? Co2(MassBalance mb, string path, Checks c)
    {
        var cin = Carbon(mb.CarbonIn, Child(path, "carbonIn"), c);
        var cout = Carbon(mb.CarbonOut, Child(path, "carbonOut"), c);
        if (cin is null || cout is null) return null;
        if (cout > cin)
        {
            c.Errors.Add(Error.Of(ErrorCode.NegativeMassBalance, path,
                $"Carbon out ({cout} kg) exceeds carbon in ({cin} kg).", ("carbonInKg", cin), ("carbonOutKg", cout)));
            return null;
        }
        return (cin.Value - cout.Value) * Co2PerCarbon;
    }

    private static double? Carbon(IReadOnlyList<CarbonFlow> flows, string listPath, Checks c)
    {
        double sum = 0;
        var ok = true;
        for (var k = 0; k < flows.Count; k++)
        {
            var fp = Child(listPath, k);
            var kg = c.Mass(flows[k].Amount, flows[k].Unit, fp);
            if (!(flows[k].CarbonFraction is >= 0 and <= 1))
            {
                c.Errors.Add(Error.Of(ErrorCode.InvalidValue, Child(fp, "carbonFraction"), "The carbon fraction must be between 0 and 1."));
                ok = false;
            }
            if (kg is null) ok = false; else sum += kg.Value * flows[k].CarbonFraction;
        }
        return ok ? sum : null;
    }
}
