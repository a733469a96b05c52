using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Gwp;

/// <summary>A GWP100 value with its source and verification status.</summary>
/// <param name="Value">kg CO2e per kg of gas.</param>
/// <param name="Source">Table the value is taken from.</param>
/// <param name="Status">Table values are C2 (read through the openclimatedata transcription of the IPCC tables); C confirmed in the primary source, C2 via reprints, R recalled (see shared/reference/README.md).</param>
public sealed record GwpValue(double Value, string Source, string Status);

/// <summary>
/// GWP100 values of the gases the engine knows, AR5 and AR6.
/// Source: shared/reference/gwp/gwp-selected.csv, taken from openclimatedata/globalwarmingpotentials (CC0):
/// AR5 = IPCC AR5 WG1 Table 8.A.1 (no climate-carbon feedback); AR6 = IPCC AR6 WG1 Table 7.SM.7.
/// Methane depends on origin: AR6 Table 7.15 gives fossil 29.8 and non-fossil 27.0; AR5 fossil 30
/// (28 plus oxidation to CO2, Table 8.A.1 footnote, status R) and non-fossil 28.
/// </summary>
public static class GwpTable
{
    private const string Ar5 = "IPCC AR5 WG1 Table 8.A.1";
    private const string Ar6 = "IPCC AR6 WG1 Table 7.SM.7";

    // name -> (AR5, AR6); methane handled separately.
    private static readonly (string Name, double Ar5, double Ar6)[] Rows =
    [
        ("CO2", 1, 1), ("N2O", 265, 273), ("SF6", 23500, 25200), ("NF3", 16100, 17400),
        ("CF4", 6630, 7380), ("C2F6", 11100, 12400), ("C3F8", 8900, 9290), ("c-C4F8", 9540, 10200),
        ("HFC-23", 12400, 14600), ("HFC-32", 677, 771), ("HFC-125", 3170, 3740), ("HFC-134a", 1300, 1530),
        ("HFC-143a", 4800, 5810), ("HFC-152a", 138, 164),
    ];

    private static readonly Dictionary<string, string> Canonical =
        Rows.Select(r => r.Name).Append("CH4").ToDictionary(Key, n => n);

    /// <summary>Canonical names of the known gases.</summary>
    public static IEnumerable<string> Gases => Canonical.Values;

    /// <summary>Canonical spelling of a gas name (<c>HFC134a</c> → <c>HFC-134a</c>), or null if unknown.</summary>
    /// <param name="gas">Gas name as written; case, spaces and hyphens are ignored.</param>
    public static string? Normalise(string gas) => Canonical.GetValueOrDefault(Key(gas));

    /// <summary>GWP100 of a gas in a set, for an origin (only methane depends on it).</summary>
    /// <param name="set">AR5 or AR6.</param>
    /// <param name="gas">Gas name.</param>
    /// <param name="origin">Origin; fossil methane carries the oxidation to CO2.</param>
    /// <returns>The value, or null for an unknown gas.</returns>
    public static GwpValue? Find(GwpSet set, string gas, Origin origin)
    {
        var name = Normalise(gas);
        if (name is null) return null;
        if (name == "CH4")
        {
            var fossil = origin == Origin.Fossil;
            return set == GwpSet.AR6
                ? new GwpValue(fossil ? 29.8 : 27.0, "IPCC AR6 WG1 Table 7.15", "C2")
                : new GwpValue(fossil ? 30 : 28, Ar5, fossil ? "R" : "C2");
        }
        var row = Rows.First(r => r.Name == name);
        return set == GwpSet.AR6 ? new GwpValue(row.Ar6, Ar6, "C2") : new GwpValue(row.Ar5, Ar5, "C2");
    }

    private static string Key(string gas) =>
        new string(gas.Where(c => c != '-' && c != ' ' && c != '_').ToArray()).ToUpperInvariant();
}
