using PcfCert.Footprint.Units;

namespace PcfCert.Footprint.Inventory;

/// <summary>
/// The unit names a Chinese factory writes, mapped to the engine's symbols (<see cref="UnitTable"/>): 千克 and 公斤 are kg,
/// 吨 is t, 度 (an electricity meter's unit) is kWh, 立方米 and m³ are m3, 吨公里 is t*km. Symbols are matched as written
/// first, then without regard to case (KWH, Kg). An unknown name gets the nearest known one as a suggestion.
/// </summary>
public static class UnitNames
{
    /// <summary>Other names by engine symbol.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["克"] = "g", ["千克"] = "kg", ["公斤"] = "kg", ["吨"] = "t", ["公吨"] = "t",
        ["度"] = "kWh", ["千瓦时"] = "kWh", ["千瓦·时"] = "kWh", ["kW·h"] = "kWh", ["kW*h"] = "kWh", ["兆瓦时"] = "MWh",
        ["千焦"] = "kJ", ["兆焦"] = "MJ", ["吉焦"] = "GJ",
        ["升"] = "L", ["l"] = "L", ["立方米"] = "m3", ["方"] = "m3", ["m³"] = "m3", ["米"] = "m", ["千米"] = "km", ["公里"] = "km",
        ["平方米"] = "m2", ["m²"] = "m2",
        ["吨公里"] = "t*km", ["吨·公里"] = "t*km", ["t·km"] = "t*km", ["tkm"] = "t*km", ["千克公里"] = "kg*km", ["kg·km"] = "kg*km",
        ["件"] = "piece", ["个"] = "piece", ["只"] = "piece", ["台"] = "piece", ["套"] = "piece", ["pcs"] = "piece", ["pc"] = "piece",
    };

    private static readonly Dictionary<string, string> IgnoringCase = UnitTable.Symbols
        .GroupBy(s => s, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The engine symbol a name stands for, or null.</summary>
    /// <param name="name">As written (trimmed).</param>
    /// <returns>kg, t, kWh …</returns>
    public static string? Resolve(string name)
    {
        if (UnitTable.Find(name) is not null)
        {
            return name;
        }
        if (Aliases.TryGetValue(name, out var alias))
        {
            return alias;
        }
        return IgnoringCase.GetValueOrDefault(name);
    }

    /// <summary>
    /// The known name nearest to an unknown one, shown in the message: fewest edits; on a tie one that contains what was
    /// written (千瓦 → 千瓦时), then an engine symbol before a Chinese name.
    /// </summary>
    /// <param name="name">The unknown name.</param>
    /// <returns>A symbol or a Chinese name.</returns>
    public static string Nearest(string name) =>
        UnitTable.Symbols.Concat(Aliases.Keys)
            .Select((known, order) => (known, order, distance: Distance(name.ToLowerInvariant(), known.ToLowerInvariant())))
            .OrderBy(x => x.distance).ThenByDescending(x => x.known.Contains(name, StringComparison.OrdinalIgnoreCase)).ThenBy(x => x.order).First().known;

    // Levenshtein distance; names are a few characters long.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
