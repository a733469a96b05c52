using PcfCert.Footprint.Units;

namespace PcfCert.Footprint.Tests;

public class UnitTests
{
    [Theory]
    // mass
    [InlineData("g", "kg", 1e-3)]
    [InlineData("t", "kg", 1e3)]
    // energy: 1 kWh = 3.6 MJ; 1 GJ = 277.77… kWh
    [InlineData("kWh", "MJ", 3.6)]
    [InlineData("MWh", "kWh", 1e3)]
    [InlineData("GWh", "MWh", 1e3)]
    [InlineData("Wh", "kJ", 3.6)]
    [InlineData("GJ", "kWh", 1000 / 3.6)]
    // volume, length, area, transport, count
    [InlineData("L", "m3", 1e-3)]
    [InlineData("km", "m", 1e3)]
    [InlineData("m2", "m2", 1)]
    [InlineData("kg*km", "t*km", 1e-3)]
    [InlineData("piece", "piece", 1)]
    public void Converts_within_a_dimension(string from, string to, double factor) =>
        Doc.Close(factor, UnitTable.Factor(UnitTable.Find(from)!, UnitTable.Find(to)!)!.Value, 1e-15);

    [Fact]
    public void Refuses_to_convert_across_dimensions() =>
        Assert.Null(UnitTable.Factor(UnitTable.Find("kg")!, UnitTable.Find("kWh")!));

    [Theory]
    // 2000 g of a 3 kg CO2e/kg material = 2 kg × 3 = 6
    [InlineData("g", 2000, "kg", 6)]
    // 0.5 MWh of a 3 kg CO2e/kWh source = 500 kWh × 3 = 1500
    [InlineData("MWh", 0.5, "kWh", 1500)]
    // 7.2 MJ of a 3 kg CO2e/kWh source = 2 kWh × 3 = 6
    [InlineData("MJ", 7.2, "kWh", 6)]
    // 250 L of a 3 kg CO2e/m3 fluid = 0.25 m3 × 3 = 0.75
    [InlineData("L", 250, "m3", 0.75)]
    // 2 km of a 3 kg CO2e/m pipe = 2000 m × 3 = 6000
    [InlineData("km", 2, "m", 6000)]
    // 4 m2 × 3 = 12
    [InlineData("m2", 4, "m2", 12)]
    // 500 kg*km of a 3 kg CO2e/t*km truck = 0.5 t*km × 3 = 1.5
    [InlineData("kg*km", 500, "t*km", 1.5)]
    // 4 pieces × 3 = 12
    [InlineData("piece", 4, "piece", 12)]
    public void Factor_inputs_are_converted_to_the_factor_unit(string inputUnit, double amount, string factorUnit, double expected)
    {
        var json = Doc.OneProcess(
            $$"""[ { "factor": "f", "amount": {{amount}}, "unit": "{{inputUnit}}" } ]""",
            factors: $$"""[ { "id": "f", "unit": "{{factorUnit}}", "kgCO2e": 3 } ]""");
        Doc.Close(expected, Doc.Calculate(json).TotalKgCO2e);
    }

    [Fact]
    public void Dimension_mismatch_names_the_input_unit()
    {
        var json = Doc.OneProcess("""[ { "factor": "grid", "amount": 1, "unit": "kg" } ]""",
            factors: """[ { "id": "grid", "unit": "kWh", "kgCO2e": 0.6 } ]""");
        var e = Assert.Single(Doc.Errors(json));
        Assert.Equal(ErrorCode.UnitDimensionMismatch, e.Code);
        Assert.Equal("/processes/0/inputs/0/unit", e.Path);
        Assert.Equal("kg", e.Arguments["unit"]);
        Assert.Equal("kWh", e.Arguments["expectedUnit"]);
    }

    [Fact]
    public void Unknown_unit_is_an_error() =>
        Assert.Equal(ErrorCode.UnknownUnit,
            Assert.Single(Doc.Errors(Doc.OneProcess("""[ { "factor": "f", "amount": 1, "unit": "furlong" } ]""",
                factors: """[ { "id": "f", "unit": "kg", "kgCO2e": 1 } ]"""))).Code);
}
