using System.Text.Json;
using PcfCert.Footprint.Documents;

namespace PcfCert.Footprint.Tests;

public class DocumentTests
{
    private static string ExamplePath => Path.Combine(AppContext.BaseDirectory, "examples", "capacitor.model.json");

    [Fact]
    public void Worked_example_computes_to_the_documented_figure()
    {
        // docs/model-format.md, "Worked example": 0.880764 (assembly) + 0.079433852425 (film) = 0.960197852425.
        var r = Doc.Calculate(File.ReadAllText(ExamplePath));
        Doc.Close(0.960197852425, r.TotalKgCO2e);
        Doc.Close(0.880764, r.ByProcess[0].KgCO2e);
        Doc.Close(0.079433852425, r.ByStage["raw-material-acquisition"]);
        Doc.Close(0.002394, r.ByGas["SF6"]);
        Doc.Close(0.002394, r.ByMethod["measured"]);
        Doc.Close(0.000285, r.CutOff.ExcludedMassKg);
        Assert.True(r.CutOff.Passed);
        Doc.Close(1.5782464229604705, r.DataQuality.Dqr!.Value, 1e-10);
        Assert.Equal("very good", r.DataQuality.Band);
        Assert.Equal("mass", r.Allocation["assembly"]);
    }

    [Fact]
    public void Hash_ignores_key_order_whitespace_and_number_spelling()
    {
        const string a = """{"b":[1,2.50,{"y":1e2,"x":"s"}],"a":true}""";
        const string b = """
            {
              "a" : true,
              "b" : [ 1.0, 2.5, { "x": "s", "y": 100 } ]
            }
            """;
        Assert.Equal("""{"a":true,"b":[1,2.5,{"x":"s","y":100}]}""", CanonicalJson.Canonicalise(a));
        Assert.Equal(CanonicalJson.Sha256(a), CanonicalJson.Sha256(b));
        Assert.NotEqual(CanonicalJson.Sha256(a), CanonicalJson.Sha256(a.Replace("100", "101", StringComparison.Ordinal).Replace("1e2", "1e3", StringComparison.Ordinal)));
    }

    [Fact]
    public void Result_hash_is_the_same_for_a_reformatted_model()
    {
        var text = File.ReadAllText(ExamplePath);
        using var doc = JsonDocument.Parse(text);
        var compact = JsonSerializer.Serialize(doc.RootElement);
        Assert.Equal(Doc.Calculate(text).InputSha256, Doc.Calculate(compact).InputSha256);
        Assert.Matches("^[0-9a-f]{64}$", Doc.Calculate(text).InputSha256);
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(123456789012.0, "123456789012")]
    public void Numbers_are_written_in_shortest_form(double d, string expected) => Assert.Equal(expected, CanonicalJson.Number(d));

    [Fact]
    public void Model_written_and_read_back_gives_the_same_result()
    {
        var model = ModelDocument.Parse(File.ReadAllText(ExamplePath)).Value!;
        var again = ModelDocument.Parse(ModelDocument.Write(model));
        Assert.True(again.IsSuccess, string.Join("\n", again.Errors));
        Assert.Equal(FootprintCalculator.Calculate(model).Value!.TotalKgCO2e, FootprintCalculator.Calculate(again.Value!).Value!.TotalKgCO2e);
    }

    [Fact]
    public void Result_document_uses_the_contract_names()
    {
        var json = ResultDocument.Write(Doc.Calculate(File.ReadAllText(ExamplePath), new CalculationOptions(100, 1)));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("pcfcert.result/1", root.GetProperty("format").GetString());
        foreach (var name in new[] { "totalKgCO2e", "pcfExcludingBiogenic", "pcfIncludingBiogenic", "byStage", "byGas", "byOrigin",
                     "aircraftKgCO2e", "byProcess", "cutOff", "dataQuality", "uncertainty", "gwp", "declaredUnit", "engineVersion", "inputSha256" })
            Assert.True(root.TryGetProperty(name, out _), name);
        foreach (var name in new[] { "fossil", "biogenicEmissions", "biogenicRemovals", "dluc", "landManagement" })
            Assert.True(root.GetProperty("byOrigin").TryGetProperty(name, out _), name);
        Assert.Equal(5, root.GetProperty("byStage").EnumerateObject().Count());
    }

    [Fact]
    public void Model_built_in_code_gets_a_hash_of_its_written_form()
    {
        var model = ModelDocument.Parse(File.ReadAllText(ExamplePath)).Value! with { InputSha256 = null };
        Assert.Equal(CanonicalJson.Sha256(ModelDocument.Write(model)), FootprintCalculator.Calculate(model).Value!.InputSha256);
    }

    [Fact]
    public void A_changed_model_with_its_hash_reset_gets_a_different_hash()
    {
        var parsed = ModelDocument.Parse(File.ReadAllText(ExamplePath)).Value!;
        var changed = parsed with { Gwp = Model.GwpSet.AR5, InputSha256 = null };
        var a = FootprintCalculator.Calculate(parsed).Value!;
        var b = FootprintCalculator.Calculate(changed).Value!;
        Assert.NotEqual(a.InputSha256, b.InputSha256);
        Assert.NotEqual(a.TotalKgCO2e, b.TotalKgCO2e); // SF6 25,200 (AR6) vs 23,500 (AR5)
    }
}
