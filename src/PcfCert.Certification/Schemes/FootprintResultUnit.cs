using System.Globalization;

namespace PcfCert.Certification.Schemes;

/// <summary>
/// The unit a scheme states footprint results in, and the one conversion from the engine's kg CO2e to it: CEC 5.4.3.1
/// 相关结果应以吨二氧化碳当量（tCO₂e）表示 (the scheme's <see cref="SchemeParameters.ResultUnitKg"/> = 1000); kg CO2e
/// where the rule names no unit. The stated value keeps the resolution of 0.0001 kg CO2e whatever the unit, so a
/// tonne figure is never coarser than the kilogram figure it came from.
/// </summary>
/// <param name="KgPerUnit">Kilograms of CO2e in one unit (1 or 1000).</param>
/// <param name="Symbol">The unit's symbol, e.g. <c>t CO2e</c>.</param>
public sealed record FootprintResultUnit(decimal KgPerUnit, string Symbol)
{
    /// <summary>kg CO2e, the engine's unit.</summary>
    public static FootprintResultUnit Kilogram { get; } = new(1m, "kg CO2e");

    /// <summary>t CO2e (tCO₂e).</summary>
    public static FootprintResultUnit Tonne { get; } = new(1000m, "t CO2e");

    /// <summary>The unit the scheme states results in.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>kg CO2e when the scheme sets no unit; t CO2e for 1000; otherwise that many kg.</returns>
    public static FootprintResultUnit Of(SchemeDefinition scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return scheme.Parameters.ResultUnitKg.Value switch
        {
            null or 1m => Kilogram,
            1000m => Tonne,
            { } kg => new FootprintResultUnit(kg, $"{kg.ToString(CultureInfo.InvariantCulture)} kg CO2e"),
        };
    }

    /// <summary>A value in kg CO2e stated in this unit: rounded to 0.0001 kg, then divided exactly (12.5 kg = 0.0125 t).</summary>
    /// <param name="kgCO2e">The value in kg CO2e.</param>
    /// <returns>The value in this unit.</returns>
    public decimal FromKg(double kgCO2e) => FromKg((decimal)kgCO2e);

    /// <summary>A value in kg CO2e stated in this unit: rounded to 0.0001 kg, then divided exactly.</summary>
    /// <param name="kgCO2e">The value in kg CO2e.</param>
    /// <returns>The value in this unit.</returns>
    public decimal FromKg(decimal kgCO2e) => Math.Round(kgCO2e, 4) / KgPerUnit;

    /// <summary>The unit per declared unit, e.g. <c>t CO2e/1 piece</c>.</summary>
    /// <param name="declaredUnit">The declared or functional unit.</param>
    /// <returns>The label.</returns>
    public string Per(string declaredUnit) => $"{Symbol}/{declaredUnit}";

    /// <summary>The value with its unit per declared unit, invariant culture, e.g. <c>0.0125 t CO2e/1 piece</c>.</summary>
    /// <param name="kgCO2e">The value in kg CO2e.</param>
    /// <param name="declaredUnit">The declared or functional unit.</param>
    /// <returns>The text.</returns>
    public string Format(double kgCO2e, string declaredUnit) =>
        $"{FromKg(kgCO2e).ToString(CultureInfo.InvariantCulture)} {Per(declaredUnit)}";
}
