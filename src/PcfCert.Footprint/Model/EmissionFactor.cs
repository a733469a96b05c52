namespace PcfCert.Footprint.Model;

/// <summary>A secondary dataset: emissions per unit of a purchased good or service.</summary>
/// <param name="Id">Id referenced by inputs.</param>
/// <param name="Unit">Unit the factor is given per.</param>
/// <param name="KgCO2e">Characterised factor in kg CO2e per unit (exclusive with <paramref name="Gases"/>).</param>
/// <param name="Gases">kg of each gas per unit, characterised with the model's GWP set.</param>
/// <param name="Origin">Origin of the emissions; fossil unless stated.</param>
/// <param name="Aircraft">Whether the emissions are also reported as aircraft emissions.</param>
/// <param name="Source">Provenance of the factor.</param>
/// <param name="Dqr">Data quality rating.</param>
/// <param name="Uncertainty">Uncertainty of the factor value.</param>
public sealed record EmissionFactor(
    string Id,
    string Unit,
    double? KgCO2e,
    IReadOnlyDictionary<string, double>? Gases,
    Origin Origin = Origin.Fossil,
    bool Aircraft = false,
    string? Source = null,
    DataQuality? Dqr = null,
    UncertaintySpec? Uncertainty = null);
