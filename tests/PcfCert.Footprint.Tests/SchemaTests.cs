using NJsonSchema;
using PcfCert.Footprint.Documents;

namespace PcfCert.Footprint.Tests;

public class SchemaTests
{
    private static string Read(string folder, string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, folder, file));

    private static async Task<ICollection<NJsonSchema.Validation.ValidationError>> Validate(string schemaFile, string json)
    {
        // NJsonSchema resolves draft-07 "definitions" but not 2020-12 "$defs"; the keywords mean the same here.
        var text = Read("schemas", schemaFile).Replace("$defs", "definitions", StringComparison.Ordinal);
        var schema = await JsonSchema.FromJsonAsync(text);
        return schema.Validate(json);
    }

    [Fact]
    public async Task Worked_example_model_matches_the_model_schema() =>
        Assert.Empty(await Validate("pcfcert.model-1.schema.json", Read("examples", "capacitor.model.json")));

    [Fact]
    public async Task Model_schema_rejects_a_factor_with_both_kgco2e_and_gases()
    {
        var json = Doc.OneProcess(factors: """[ { "id": "f", "unit": "kg", "kgCO2e": 1, "gases": { "CO2": 1 } } ]""");
        Assert.NotEmpty(await Validate("pcfcert.model-1.schema.json", json));
    }

    [Fact]
    public async Task Result_with_monte_carlo_matches_the_result_schema()
    {
        var result = Doc.Calculate(Read("examples", "capacitor.model.json"), new CalculationOptions(50, 1));
        Assert.Empty(await Validate("pcfcert.result-1.schema.json", ResultDocument.Write(result)));
    }

    [Fact]
    public async Task Documented_example_result_matches_the_result_schema() =>
        Assert.Empty(await Validate("pcfcert.result-1.schema.json", Read("examples", "capacitor.result.json")));
}
