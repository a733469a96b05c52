namespace PcfCert.Footprint.Model;

/// <summary>The spelling of enumeration values in the JSON documents.</summary>
public static class Names
{
    /// <summary>Document spelling of a boundary.</summary>
    /// <param name="value">The boundary.</param>
    public static string Of(SystemBoundary value) => value switch
    {
        SystemBoundary.GateToGate => "gate-to-gate",
        SystemBoundary.CradleToGate => "cradle-to-gate",
        _ => "cradle-to-grave",
    };

    /// <summary>Document spelling of a stage.</summary>
    /// <param name="value">The stage.</param>
    public static string Of(LifeCycleStage value) => value switch
    {
        LifeCycleStage.RawMaterialAcquisition => "raw-material-acquisition",
        LifeCycleStage.Production => "production",
        LifeCycleStage.Distribution => "distribution",
        LifeCycleStage.Use => "use",
        _ => "end-of-life",
    };

    /// <summary>Document spelling of an origin.</summary>
    /// <param name="value">The origin.</param>
    public static string Of(Origin value) => value switch
    {
        Origin.Fossil => "fossil",
        Origin.Biogenic => "biogenic",
        Origin.Dluc => "dluc",
        _ => "land-management",
    };

    /// <summary>Document spelling of a distribution.</summary>
    /// <param name="value">The distribution.</param>
    public static string Of(DistributionKind value) => value.ToString().ToLowerInvariant();

    /// <summary>Parses a boundary spelling.</summary>
    /// <param name="text">Document spelling.</param>
    public static SystemBoundary? Boundary(string text) =>
        Enum.GetValues<SystemBoundary>().Cast<SystemBoundary?>().FirstOrDefault(v => Of(v!.Value) == text);

    /// <summary>Parses a stage spelling.</summary>
    /// <param name="text">Document spelling.</param>
    public static LifeCycleStage? Stage(string text) =>
        Enum.GetValues<LifeCycleStage>().Cast<LifeCycleStage?>().FirstOrDefault(v => Of(v!.Value) == text);

    /// <summary>Parses an origin spelling.</summary>
    /// <param name="text">Document spelling.</param>
    public static Origin? OriginOf(string text) =>
        Enum.GetValues<Origin>().Cast<Origin?>().FirstOrDefault(v => Of(v!.Value) == text);

    /// <summary>Parses a distribution spelling.</summary>
    /// <param name="text">Document spelling.</param>
    public static DistributionKind? Distribution(string text) =>
        Enum.GetValues<DistributionKind>().Cast<DistributionKind?>().FirstOrDefault(v => Of(v!.Value) == text);

    /// <summary>Parses a GWP set spelling (<c>AR5</c>, <c>AR6</c>).</summary>
    /// <param name="text">Document spelling.</param>
    public static GwpSet? Gwp(string text) => text switch { "AR5" => GwpSet.AR5, "AR6" => GwpSet.AR6, _ => null };
}
