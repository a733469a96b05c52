namespace PcfCert.Footprint.Background;

/// <summary>Maps openLCA unit names (reference data unit groups) to the engine's unit symbols.</summary>
public static class OpenLcaUnits
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.Ordinal)
    {
        ["kg"] = "kg", ["g"] = "g", ["t"] = "t", ["Mg"] = "t",
        ["Wh"] = "Wh", ["kWh"] = "kWh", ["MWh"] = "MWh", ["GWh"] = "GWh", ["kJ"] = "kJ", ["MJ"] = "MJ", ["GJ"] = "GJ",
        ["l"] = "L", ["L"] = "L", ["dm3"] = "L", ["m3"] = "m3",
        ["m"] = "m", ["km"] = "km", ["m2"] = "m2",
        ["t*km"] = "t*km", ["tkm"] = "t*km", ["kg*km"] = "kg*km",
        ["Item(s)"] = "piece", ["Items"] = "piece", ["p"] = "piece", ["pcs"] = "piece", ["unit"] = "piece",
    };

    /// <summary>The engine symbol for an openLCA unit name, or null when the engine has no such unit (e.g. <c>p*km</c>, <c>kBq</c>).</summary>
    /// <param name="name">Unit name as published.</param>
    public static string? Find(string name) => Map.GetValueOrDefault(name.Trim());
}
