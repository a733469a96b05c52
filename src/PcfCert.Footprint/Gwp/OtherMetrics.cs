namespace PcfCert.Footprint.Gwp;

/// <summary>
/// Other climate metrics reported beside GWP100 (ISO 14067 6.5.2 allows further results): AR6 GWP20 and GTP100 from
/// IPCC AR6 WG1 Table 7.SM.7, read through shared/reference/gwp/globalwarmingpotentials.csv (openclimatedata, CC0).
/// Methane takes the table's single value (GWP20 81.2, GTP100 5.38), without the fossil/non-fossil split that
/// GWP100 uses. Only for AR6 models; pre-characterised factor values cannot be re-characterised and are reported
/// apart (they stay at their GWP100 value).
/// </summary>
public static class OtherMetrics
{
    /// <summary>Names of the metrics, in result order.</summary>
    public static readonly string[] Names = ["GWP20", "GTP100"];

    private static readonly Dictionary<string, (double Gwp20, double Gtp100)> Ar6 = new(StringComparer.Ordinal)
    {
        ["CO2"] = (1, 1), ["CH4"] = (81.2, 5.38), ["N2O"] = (273, 233), ["SF6"] = (18300, 30600), ["NF3"] = (13400, 20000),
        ["CF4"] = (5300, 9050), ["C2F6"] = (8940, 15200), ["C3F8"] = (6770, 11200), ["c-C4F8"] = (7400, 12400),
        ["HFC-23"] = (12400, 15100), ["HFC-32"] = (2690, 142), ["HFC-125"] = (6740, 1300), ["HFC-134a"] = (4140, 306),
        ["HFC-143a"] = (7840, 3250), ["HFC-152a"] = (591, 29.8),
    };

    /// <summary>kg CO2e per kg of a gas (canonical name) for metric <paramref name="index"/> of <see cref="Names"/>; null if unknown.</summary>
    /// <param name="gas">Canonical gas name.</param>
    /// <param name="index">0 = GWP20, 1 = GTP100.</param>
    public static double? Value(string gas, int index) =>
        Ar6.TryGetValue(gas, out var v) ? (index == 0 ? v.Gwp20 : v.Gtp100) : null;
}
