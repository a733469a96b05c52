using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Background;

/// <summary>A library factor computed from a background process by the engine.</summary>
/// <param name="Process">The process (its UUID, version and provenance).</param>
/// <param name="Unit">Engine unit of the reference flow; the factor is per one of it.</param>
/// <param name="KgCO2e">kg CO2e per unit: the engine's total for the model of <see cref="BackgroundModelBuilder"/>.</param>
/// <param name="ByGas">The total by gas (characterised), as the engine reports it.</param>
/// <param name="BiogenicKgCO2e">Biogenic CO2 emissions minus removals contained in the total.</param>
/// <param name="InputSha256">SHA-256 of the computed model, so anyone can reproduce the figure.</param>
/// <param name="Model">The model: usable as an upstream unit process in another model.</param>
/// <param name="Coverage">What the figure covers and what it leaves out.</param>
public sealed record BackgroundFactor(
    LcaProcess Process, string Unit, double KgCO2e, IReadOnlyDictionary<string, double> ByGas, double BiogenicKgCO2e,
    string InputSha256, FootprintModel Model, Coverage Coverage);

/// <summary>A process that could not become a factor, with the reason.</summary>
/// <param name="Process">The process.</param>
/// <param name="Reason">English reason (unit unknown to the engine, engine error …).</param>
public sealed record SkippedProcess(LcaProcess Process, string Reason);

/// <summary>Computes library factors from a background package with the footprint engine, not by hand.</summary>
public static class BackgroundFactors
{
    /// <summary>One factor per process of the package (kg CO2e per unit of its reference flow), or the reason it has none.</summary>
    /// <param name="package">A package read by <see cref="OpenLcaJsonLdReader"/>.</param>
    /// <param name="gwp">GWP set (AR6 unless the library's convention says otherwise).</param>
    public static (IReadOnlyList<BackgroundFactor> Factors, IReadOnlyList<SkippedProcess> Skipped) Compute(LcaPackage package, GwpSet gwp)
    {
        ArgumentNullException.ThrowIfNull(package);
        var factors = new List<BackgroundFactor>();
        var skipped = new List<SkippedProcess>();
        foreach (var process in package.Processes)
        {
            var (model, coverage, refusal) = BackgroundModelBuilder.Build(package, process.Id, gwp);
            if (model is null || coverage is null)
            {
                skipped.Add(new SkippedProcess(process, refusal ?? "no model"));
                continue;
            }
            var outcome = FootprintCalculator.Calculate(model);
            if (!outcome.IsSuccess)
            {
                skipped.Add(new SkippedProcess(process, string.Join("; ", outcome.Errors.Select(e => e.ToString()))));
                continue;
            }
            var result = outcome.Value!;
            factors.Add(new BackgroundFactor(process, model.Product.DeclaredUnit.Unit, result.TotalKgCO2e, result.ByGas,
                result.PcfIncludingBiogenic - result.PcfExcludingBiogenic, result.InputSha256, model, coverage));
        }
        return (factors, skipped);
    }
}
