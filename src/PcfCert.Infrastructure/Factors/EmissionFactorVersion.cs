using PcfCert.Footprint.Model;

namespace PcfCert.Infrastructure.Factors;

/// <summary>A factor of the library: its stable code and which version is current. The versions themselves never change.</summary>
public sealed class EmissionFactorEntry
{
    public Guid Id { get; set; }

    /// <summary>Stable code, e.g. <c>cn-elec-lcf-2023-national-average</c>; models refer to <c>code@version</c>.</summary>
    public string Code { get; set; } = string.Empty;

    public int CurrentVersion { get; set; }

    /// <summary>
    /// The organisation whose supplier factor this is (an EPD or a supplier's PCF): visible and usable only in that
    /// organisation's applications. Null for the body's library, which everyone reads.
    /// </summary>
    public Guid? OwnerOrganisationId { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>
/// One version of a library factor with its full provenance. Rows are immutable (the context refuses to update or delete
/// them): an edit inserts the next version, so a model that names <c>code@N</c> computes the same forever.
/// </summary>
public sealed class EmissionFactorVersion
{
    public Guid Id { get; set; }

    public Guid FactorId { get; set; }

    public string Code { get; set; } = string.Empty;

    public int Version { get; set; }

    public string NameZh { get; set; } = string.Empty;

    public string NameEn { get; set; } = string.Empty;

    /// <summary>electricity, fuel, material, transport, gas, waste, other.</summary>
    public string Category { get; set; } = "other";

    /// <summary>Unit of the activity the factor applies to (engine unit symbol).</summary>
    public string Unit { get; set; } = string.Empty;

    /// <summary>Characterised factor, kg CO2e per unit; null when <see cref="Gases"/> is given.</summary>
    public double? KgCO2e { get; set; }

    /// <summary>kg of each gas per unit, characterised with the model's GWP set; null when <see cref="KgCO2e"/> is given.</summary>
    public Dictionary<string, double>? Gases { get; set; }

    public Origin Origin { get; set; }

    public string Source { get; set; } = string.Empty;

    public string? SourceUrl { get; set; }

    public int? Year { get; set; }

    public string? Geography { get; set; }

    /// <summary>GWP basis of <see cref="KgCO2e"/> as published (AR5, AR6 …), or "none" for per-gas factors.</summary>
    public string GwpBasis { get; set; } = "none";

    public double? Ter { get; set; }

    public double? Ger { get; set; }

    public double? Tir { get; set; }

    public double? P { get; set; }

    /// <summary>Geometric standard deviation of a lognormal uncertainty, when known.</summary>
    public double? UncertaintyGsd { get; set; }

    public string? LicenceNote { get; set; }

    /// <summary>C confirmed in the primary source, C2 through reprints, R recalled (shown as unverified), or as imported.</summary>
    public string Status { get; set; } = "C";

    public string? ChangeNote { get; set; }

    /// <summary>The document behind a supplier factor (the EPD or the supplier's PCF report), a stored file.</summary>
    public Guid? DocumentFileId { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The key a model names: <c>code@version</c>.</summary>
    public string Key => $"{Code}@{Version}";

    /// <summary>The engine's factor for this exact version, its provenance in <see cref="EmissionFactor.Source"/>.</summary>
    public EmissionFactor ToModelFactor() => new(
        Key, Unit, KgCO2e, Gases, Origin, Aircraft: false,
        Source: $"{Source} ({Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, {Geography ?? "-"}, status {Status}; PcfCert factor library {Code} v{Version})",
        Dqr: Ter is { } ter && Ger is { } ger && Tir is { } tir && P is { } p ? new DataQuality(ter, ger, tir, p) : null,
        Uncertainty: UncertaintyGsd is { } gsd ? new UncertaintySpec(DistributionKind.Lognormal, Gsd: gsd) : null);
}
