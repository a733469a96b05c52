namespace PcfCert.Footprint.Tests;

/// <summary>Item 5 of issue 16: parameters with formulas, evaluated safely, errors at the parameter's path.</summary>
public class FormulaTests
{
    private static string WithParameters(string parameters, string amount) =>
        Doc.OneProcess($$"""[ { "factor": "f", "amount": {{amount}}, "unit": "kg" } ]""", factors: """[ { "id": "f", "unit": "kg", "kgCO2e": 2 } ]""")
            .Replace("\"format\"", $$"""  "parameters": {{parameters}}, "format" """.Trim(), StringComparison.Ordinal);

    [Fact]
    public void Amount_formula_over_parameters_is_evaluated()
    {
        // mass = 2.5; scrap = mass * 0.02 = 0.05; amount = mass + scrap = 2.55 kg × 2 kg CO2e/kg = 5.1.
        var r = Doc.Calculate(WithParameters("""{ "scrap": "mass * 0.02", "mass": 2.5 }""", "\"mass + scrap\""));
        Doc.Close(5.1, r.TotalKgCO2e);
    }

    [Fact]
    public void Operators_precedence_and_functions()
    {
        // 2 + 3 * 2 ^ 2 / 4 − min(1, 2) + sqrt(16) = 2 + 3 − 1 + 4 = 8 kg × 2 = 16.
        Doc.Close(16, Doc.Calculate(WithParameters("{}", "\"2 + 3 * 2 ^ 2 / 4 - min(1, 2) + sqrt(16)\"")).TotalKgCO2e);
    }

    [Theory]
    [InlineData("""{ "a": "b * 2", "b": "a + 1" }""", "\"a\"", "/parameters/b", "refers to itself")]
    [InlineData("""{ "a": "b * 2", "b": "a + 1" }""", "\"a\"", "/parameters/a", "parameter 'b' has an error of its own")]
    [InlineData("""{ "mass": 2 }""", "\"mass * x\"", "/processes/0/inputs/0/amount", "unknown parameter 'x'")]
    [InlineData("""{ "mass": "2 *" }""", "\"mass\"", "/parameters/mass", "ends where a value")]
    [InlineData("""{ "mass": "system(1)" }""", "1", "/parameters/mass", "unknown function 'system'")]
    [InlineData("""{ "mass": "1 / 0" }""", "1", "/parameters/mass", "not give a finite number")]
    public void Bad_formulas_are_errors_at_their_path(string parameters, string amount, string path, string reason)
    {
        var errors = Doc.Errors(WithParameters(parameters, amount));
        var e = Assert.Single(errors, x => x.Code == ErrorCode.InvalidFormula && x.Path == path);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }
}
