using System.Globalization;
using PcfCert.Certification.Schemes;
using PcfCert.Footprint;
using PcfCert.Footprint.Documents;

namespace PcfCert.Web.Features.Footprints;

/// <summary>
/// A pcfcert.model/1 document computed by the engine under the scheme's cut-off limit (CEC 5.4.3.2 c): the result
/// document, its input hash, the total and the declared unit. Used wherever a model is attached for verification:
/// the application's verification and a surveillance's (CEC 6.2, PCEC 8.1 3)).
/// </summary>
public sealed record ComputedModel(string ModelJson, string ResultJson, string InputSha256, double TotalKgCO2e, string DeclaredUnit, bool CutOffPassed)
{
    /// <summary>Parses and computes the model; the engine's errors (each with its JSON path) when it refuses.</summary>
    public static (ComputedModel? Model, IReadOnlyList<Error> Errors) Compute(string json, SchemeDefinition scheme)
    {
        var parsed = ModelDocument.Parse(json);
        if (!parsed.IsSuccess)
        {
            return (null, parsed.Errors);
        }
        var cutOff = (double?)scheme.Parameters.CutOffMassShareMax.Value ?? CalculationOptions.Default.CutOffLimitShare;
        var outcome = FootprintCalculator.Calculate(parsed.Value!, CalculationOptions.Default with { CutOffLimitShare = cutOff });
        if (!outcome.IsSuccess)
        {
            return (null, outcome.Errors);
        }
        var result = outcome.Value!;
        var unit = $"{result.DeclaredUnit.Amount.ToString(CultureInfo.InvariantCulture)} {result.DeclaredUnit.Unit}";
        return (new ComputedModel(json, ResultDocument.Write(result), result.InputSha256, result.TotalKgCO2e, unit, result.CutOff.Passed), []);
    }
}
