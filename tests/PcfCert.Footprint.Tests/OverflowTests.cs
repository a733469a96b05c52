namespace PcfCert.Footprint.Tests;

/// <summary>Issue 12 item 2: a model whose result overflows to ±Infinity is a domain error at the input's path, not a 500.</summary>
public class OverflowTests
{
    [Theory]
    [InlineData(1e200, 1e200, 1)]   // 1e200 kg × 1e200 kg CO2e/kg overflows when the input is compiled
    [InlineData(1e300, 1e10, 1e10)] // finite per run, but 1e10 pieces × 1e300 kg × 1e10 kg CO2e/kg overflows when scaled
    public void A_result_that_overflows_to_infinity_names_the_factor_and_the_input(double amount, double factor, double declared)
    {
        var json = Doc.Model($$"""
            [ { "id": "a", "stage": "production", "output": { "amount": 1, "unit": "piece" },
                "inputs": [ { "factor": "f", "amount": {{amount:R}}, "unit": "kg" } ] } ]
            """, $$"""[ { "id": "f", "unit": "kg", "kgCO2e": {{factor:R}} } ]""",
            product: $$"""{ "name": "p", "declaredUnit": { "amount": {{declared:R}}, "unit": "piece" } }""");
        var e = Assert.Single(Doc.Errors(json));
        Assert.Equal(ErrorCode.NonFiniteResult, e.Code);
        Assert.Equal("/processes/0/inputs/0", e.Path);
        Assert.Equal("f", e.Arguments["factor"]);
        Assert.Equal("+Infinity", e.Arguments["value"]);
        Assert.Contains("factor 'f'", e.Message, StringComparison.Ordinal);
    }
}
