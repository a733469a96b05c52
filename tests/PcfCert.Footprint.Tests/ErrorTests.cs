using PcfCert.Footprint.Documents;

namespace PcfCert.Footprint.Tests;

public class ErrorTests
{
    private const string F = """[ { "id": "f", "unit": "kg", "kgCO2e": 1 } ]""";

    public static TheoryData<string, ErrorCode, string> Cases => new()
    {
        { Doc.OneProcess("""[ { "factor": "nope", "amount": 1, "unit": "kg" } ]""", factors: F), ErrorCode.MissingEmissionFactor, "/processes/0/inputs/0/factor" },
        { Doc.OneProcess("""[ { "process": "nope", "amount": 1, "unit": "kg" } ]"""), ErrorCode.UnknownProcess, "/processes/0/inputs/0/process" },
        { Doc.OneProcess("""[ { "factor": "f", "amount": -1, "unit": "kg" } ]""", factors: F), ErrorCode.NegativeAmount, "/processes/0/inputs/0/amount" },
        { Doc.OneProcess("""[ { "factor": "f", "amount": 1e999, "unit": "kg" } ]""", factors: F), ErrorCode.NonFiniteAmount, "/processes/0/inputs/0/amount" },
        { Doc.OneProcess("""[ { "factor": "f", "process": "a", "amount": 1, "unit": "kg" } ]""", factors: F), ErrorCode.AmbiguousInput, "/processes/0/inputs/0" },
        { Doc.OneProcess("""[ { "name": "clip", "amount": 1, "unit": "kWh", "cutOff": true } ]"""), ErrorCode.InvalidCutOff, "/processes/0/inputs/0/unit" },
        { Doc.OneProcess(factors: """[ { "id": "f", "unit": "kg", "kgCO2e": 1, "gases": { "CO2": 1 } } ]"""), ErrorCode.InvalidFactor, "/factors/0" },
        { Doc.OneProcess(extra: """, "removals": [ { "gas": "H2O", "amount": 1, "unit": "kg" } ]"""), ErrorCode.UnknownGas, "/processes/0/removals/0/gas" },
        { Doc.OneProcess(factors: """[ { "id": "f", "unit": "kg", "kgCO2e": 1 }, { "id": "f", "unit": "kg", "kgCO2e": 2 } ]"""), ErrorCode.DuplicateId, "/factors/1/id" },
        { Doc.OneProcess(factors: """[ { "id": "f", "unit": "kg", "kgCO2e": 1, "dqr": { "ter": 6, "ger": 1, "tir": 1, "p": 1 } } ]"""), ErrorCode.InvalidDataQuality, "/factors/0/dqr/ter" },
        { Doc.OneProcess(factors: """[ { "id": "f", "unit": "kg", "kgCO2e": 1, "uncertainty": { "distribution": "lognormal", "gsd": 0.5 } } ]"""), ErrorCode.InvalidUncertainty, "/factors/0/uncertainty" },
        { Doc.OneProcess(factors: """[ { "id": "f", "unit": "kg", "kgCO2e": 1, "uncertainty": { "distribution": "beta" } } ]"""), ErrorCode.InvalidValue, "/factors/0/uncertainty/distribution" },
        { Doc.OneProcess(emissions: """[ { "gas": "CO2", "amount": 1 } ]"""), ErrorCode.MissingField, "/processes/0/emissions/0/unit" },
        { Doc.OneProcess(emissions: """[ { "gas": "CO2", "amount": "1", "unit": "kg" } ]"""), ErrorCode.InvalidValue, "/processes/0/emissions/0/amount" },
        { Doc.OneProcess(emissions: """[ { "gas": "CO2", "amount": 1, "unit": "kWh" } ]"""), ErrorCode.UnitDimensionMismatch, "/processes/0/emissions/0/unit" },
        { Doc.Model("""[ { "id": "a", "stage": "production", "output": { "amount": 1, "unit": "piece" } } ]""", reference: "b"), ErrorCode.UnknownProcess, "/referenceProcess" },
        { Doc.Model("""[ { "id": "a", "stage": "use", "output": { "amount": 1, "unit": "piece" } } ]""", boundary: "cradle-to-gate"), ErrorCode.ProcessOutsideBoundary, "/processes/0/stage" },
        { Doc.Model("""[ { "id": "a", "stage": "production", "output": { "amount": 1, "unit": "kg" } } ]"""), ErrorCode.UnitDimensionMismatch, "/product/declaredUnit/unit" },
        { Doc.Model("[]", gwp: "AR4"), ErrorCode.UnknownGwpSet, "/gwp" },
        { """{ "format": "pcfcert.model/2" }""", ErrorCode.UnsupportedFormat, "/format" },
        { "{ not json", ErrorCode.InvalidJson, "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_error_names_its_code_and_json_pointer(string json, ErrorCode code, string path)
    {
        var errors = Doc.Errors(json);
        Assert.Contains(errors, e => e.Code == code && e.Path == path);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void All_errors_are_collected_not_only_the_first()
    {
        var json = Doc.Model("""
            [ { "id": "a", "stage": "use", "output": { "amount": 1, "unit": "piece" },
                "inputs": [ { "factor": "x", "amount": 1, "unit": "kg" }, { "process": "y", "amount": -2, "unit": "kg" } ],
                "emissions": [ { "gas": "Q", "amount": 1, "unit": "kg" } ] },
              { "id": "b", "stage": "production", "output": { "amount": 1, "unit": "parsec" } } ]
            """, boundary: "gate-to-gate");
        var codes = ModelDocument.Parse(json).Errors.Select(e => e.Code).ToHashSet();
        Assert.Superset(new HashSet<ErrorCode> { ErrorCode.ProcessOutsideBoundary, ErrorCode.MissingEmissionFactor,
            ErrorCode.NegativeAmount, ErrorCode.UnknownProcess, ErrorCode.UnknownUnit }, codes);
    }

    [Fact]
    public void A_missing_field_is_reported_once_and_later_items_keep_their_paths()
    {
        var json = Doc.OneProcess("""[ { "factor": "f", "amount": 1 }, { "factor": "g", "amount": 1, "unit": "kg" } ]""", factors: F);
        var errors = ModelDocument.Parse(json).Errors;
        Assert.Equal(2, errors.Count);
        Assert.Equal(("/processes/0/inputs/0/unit", ErrorCode.MissingField), (errors[0].Path, errors[0].Code));
        Assert.Equal(("/processes/0/inputs/1/factor", ErrorCode.MissingEmissionFactor), (errors[1].Path, errors[1].Code));
    }

    [Fact]
    public void Errors_carry_arguments_for_localisation()
    {
        var e = Assert.Single(Doc.Errors(Doc.OneProcess("""[ { "factor": "grid", "amount": 1, "unit": "kWh" } ]""")));
        Assert.Equal("grid", e.Arguments["factor"]);
        Assert.Contains("grid", e.Message);
    }
}
