namespace PcfCert.Footprint.Units;

/// <summary>Physical dimension of a unit; amounts convert only within one dimension.</summary>
public enum Dimension
{
    /// <summary>Mass, base kg.</summary>
    Mass,
    /// <summary>Energy, base MJ.</summary>
    Energy,
    /// <summary>Volume, base m3.</summary>
    Volume,
    /// <summary>Length, base m.</summary>
    Length,
    /// <summary>Area, base m2.</summary>
    Area,
    /// <summary>Transport work, base t*km.</summary>
    Transport,
    /// <summary>Count, base piece.</summary>
    Count,
}

/// <summary>A unit: its dimension and how many base units one of it is.</summary>
/// <param name="Symbol">Canonical symbol.</param>
/// <param name="Dimension">Dimension.</param>
/// <param name="ToBase">Base units per one of this unit.</param>
public sealed record UnitInfo(string Symbol, Dimension Dimension, double ToBase);

/// <summary>The units the model document accepts.</summary>
public static class UnitTable
{
    // Energy base is MJ so kWh (3.6 MJ) is exact; transport base is t*km.
    private static readonly Dictionary<string, UnitInfo> Units = new(StringComparer.Ordinal)
    {
        ["g"] = new("g", Dimension.Mass, 1e-3),
        ["kg"] = new("kg", Dimension.Mass, 1),
        ["t"] = new("t", Dimension.Mass, 1e3),
        ["Wh"] = new("Wh", Dimension.Energy, 3.6e-3),
        ["kWh"] = new("kWh", Dimension.Energy, 3.6),
        ["MWh"] = new("MWh", Dimension.Energy, 3.6e3),
        ["GWh"] = new("GWh", Dimension.Energy, 3.6e6),
        ["kJ"] = new("kJ", Dimension.Energy, 1e-3),
        ["MJ"] = new("MJ", Dimension.Energy, 1),
        ["GJ"] = new("GJ", Dimension.Energy, 1e3),
        ["L"] = new("L", Dimension.Volume, 1e-3),
        ["m3"] = new("m3", Dimension.Volume, 1),
        ["m"] = new("m", Dimension.Length, 1),
        ["km"] = new("km", Dimension.Length, 1e3),
        ["m2"] = new("m2", Dimension.Area, 1),
        ["kg*km"] = new("kg*km", Dimension.Transport, 1e-3),
        ["t*km"] = new("t*km", Dimension.Transport, 1),
        ["piece"] = new("piece", Dimension.Count, 1),
    };

    /// <summary>All accepted symbols.</summary>
    public static IEnumerable<string> Symbols => Units.Keys;

    /// <summary>Looks a unit symbol up.</summary>
    /// <param name="symbol">Symbol, case-sensitive (<c>MWh</c>, not <c>mwh</c>).</param>
    /// <returns>The unit, or null when unknown.</returns>
    public static UnitInfo? Find(string symbol) => Units.GetValueOrDefault(symbol);

    /// <summary>Factor that converts an amount in <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">Source unit.</param>
    /// <param name="to">Target unit.</param>
    /// <returns>The multiplier, or null when the dimensions differ.</returns>
    public static double? Factor(UnitInfo from, UnitInfo to) =>
        from.Dimension == to.Dimension ? from.ToBase / to.ToBase : null;
}
