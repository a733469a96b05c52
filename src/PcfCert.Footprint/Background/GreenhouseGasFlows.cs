using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Background;

/// <summary>What a greenhouse-gas elementary flow is: the engine's gas and its origin.</summary>
/// <param name="Gas">Canonical gas name of <see cref="Gwp.GwpTable"/>.</param>
/// <param name="Origin">Origin read from the flow name (<c>fossil</c>, <c>biogenic</c>/<c>non-fossil</c>, <c>land transformation</c>).</param>
public sealed record GreenhouseGas(string Gas, Origin Origin);

/// <summary>
/// Recognises the greenhouse gases of the engine's GWP table among elementary flows, by CAS number (leading zeros
/// ignored: openLCA writes <c>000074-82-8</c>) or by name (openLCA / ecoinvent / USLCI naming, before the first comma:
/// "Carbon dioxide, fossil", "Methane, biogenic", "Dinitrogen monoxide"). Origin from the name's qualifiers; a flow without
/// one (plain "Methane") counts as fossil, the engine's default and the conservative choice for methane (29.8 vs 27.0).
/// </summary>
public static class GreenhouseGasFlows
{
    private static readonly Dictionary<string, string> ByCas = new(StringComparer.Ordinal)
    {
        ["124-38-9"] = "CO2", ["74-82-8"] = "CH4", ["10024-97-2"] = "N2O", ["2551-62-4"] = "SF6", ["7783-54-2"] = "NF3",
        ["75-73-0"] = "CF4", ["76-16-4"] = "C2F6", ["76-19-7"] = "C3F8", ["115-25-3"] = "c-C4F8", ["75-46-7"] = "HFC-23",
        ["75-10-5"] = "HFC-32", ["354-33-6"] = "HFC-125", ["811-97-2"] = "HFC-134a", ["420-46-2"] = "HFC-143a", ["75-37-6"] = "HFC-152a",
    };

    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["carbon dioxide"] = "CO2", ["methane"] = "CH4", ["dinitrogen monoxide"] = "N2O", ["nitrous oxide"] = "N2O",
        ["sulfur hexafluoride"] = "SF6", ["sulphur hexafluoride"] = "SF6", ["nitrogen trifluoride"] = "NF3",
    };

    /// <summary>The greenhouse gas a flow is, or null for any other flow (it is then carried at zero impact).</summary>
    /// <param name="flow">An elementary flow.</param>
    public static GreenhouseGas? Find(LcaFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        if (flow.Type != LcaFlowType.Elementary) return null;
        var parts = flow.Name.Split(',', StringSplitOptions.TrimEntries);
        var gas = (flow.Cas is { } cas ? ByCas.GetValueOrDefault(cas.Trim().TrimStart('0')) : null)
            ?? ByName.GetValueOrDefault(parts[0])
            ?? parts.Select(p => Gwp.GwpTable.Normalise(p)).FirstOrDefault(g => g is not null && g != "CO2" && g != "CH4");
        if (gas is null) return null;
        var qualifiers = string.Join(' ', parts.Skip(1)).ToLowerInvariant();
        var origin = qualifiers.Contains("non-fossil", StringComparison.Ordinal) || qualifiers.Contains("biogenic", StringComparison.Ordinal)
            ? Origin.Biogenic
            : qualifiers.Contains("land transformation", StringComparison.Ordinal) || qualifiers.Contains("land use change", StringComparison.Ordinal)
                ? Origin.Dluc
                : Origin.Fossil;
        return new GreenhouseGas(gas, origin);
    }
}
