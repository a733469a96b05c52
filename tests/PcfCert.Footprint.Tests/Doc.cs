using PcfCert.Footprint;
using PcfCert.Footprint.Documents;
using PcfCert.Footprint.Results;

namespace PcfCert.Footprint.Tests;

/// <summary>Builds small model documents: valid by default, a test overrides only what it checks.</summary>
internal static class Doc
{
    public static string Model(
        string processes,
        string factors = "[]",
        string reference = "a",
        string gwp = "AR6",
        string boundary = "cradle-to-grave",
        string product = """{ "name": "p", "declaredUnit": { "amount": 1, "unit": "piece" }, "massKg": 1 }""") =>
        $$"""
        { "format": "pcfcert.model/1", "product": {{product}}, "gwp": "{{gwp}}", "boundary": "{{boundary}}",
          "referenceProcess": "{{reference}}", "factors": {{factors}}, "processes": {{processes}} }
        """;

    /// <summary>A one-process model: process "a" makes 1 piece with the given inputs and emissions.</summary>
    public static string OneProcess(string inputs = "[]", string emissions = "[]", string factors = "[]", string gwp = "AR6", string extra = "") =>
        Model($$"""[ { "id": "a", "stage": "production", "output": { "amount": 1, "unit": "piece" }, "inputs": {{inputs}}, "emissions": {{emissions}} {{extra}} } ]""",
            factors, gwp: gwp);

    public static FootprintResult Calculate(string json, CalculationOptions? options = null)
    {
        var parsed = ModelDocument.Parse(json);
        Assert.True(parsed.IsSuccess, string.Join("\n", parsed.Errors));
        var outcome = FootprintCalculator.Calculate(parsed.Value!, options);
        Assert.True(outcome.IsSuccess, string.Join("\n", outcome.Errors));
        return outcome.Value!;
    }

    /// <summary>Errors of parsing, or of calculating when parsing succeeds.</summary>
    public static IReadOnlyList<Error> Errors(string json)
    {
        var parsed = ModelDocument.Parse(json);
        if (!parsed.IsSuccess) return parsed.Errors;
        var outcome = FootprintCalculator.Calculate(parsed.Value!);
        Assert.False(outcome.IsSuccess, "expected the calculation to fail");
        return outcome.Errors;
    }

    public static void Close(double expected, double actual, double relative = 1e-12) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1e-300, Math.Abs(expected)),
            $"expected {expected:R}, got {actual:R}");
}
