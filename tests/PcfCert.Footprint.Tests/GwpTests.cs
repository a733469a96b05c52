using PcfCert.Footprint.Gwp;
using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Tests;

public class GwpTests
{
    private const string Emissions = """
        [ { "gas": "CH4", "amount": 1, "unit": "kg", "origin": "fossil" },
          { "gas": "CH4", "amount": 1, "unit": "kg", "origin": "biogenic" },
          { "gas": "N2O", "amount": 1, "unit": "kg" },
          { "gas": "SF6", "amount": 1, "unit": "g" } ]
        """;

    [Fact]
    public void Ar6_uses_the_methane_split_of_table_7_15()
    {
        // 29.8 + 27.0 + 273 + 0.001 × 25200 = 354.999…+25.2 = 355.0
        var r = Doc.Calculate(Doc.OneProcess(emissions: Emissions, gwp: "AR6"));
        Doc.Close(29.8 + 27.0 + 273 + 25.2, r.TotalKgCO2e);
        Doc.Close(27.0, r.ByOrigin.BiogenicEmissions);
        Doc.Close(29.8 + 27.0, r.ByGas["CH4"]);
    }

    [Fact]
    public void Ar5_gives_different_figures_for_the_same_model()
    {
        // 30 (fossil, status R) + 28 + 265 + 0.001 × 23500 = 346.5
        var r = Doc.Calculate(Doc.OneProcess(emissions: Emissions, gwp: "AR5"));
        Doc.Close(30 + 28 + 265 + 23.5, r.TotalKgCO2e);
        Assert.Equal(GwpSet.AR5, r.Gwp);
    }

    [Fact]
    public void Gas_factors_are_characterised_with_the_chosen_set()
    {
        // Truck 0.071 CO2 + 4e-6 CH4 + 2e-6 N2O per t*km, 1000 t*km:
        // AR6: 71 + 0.004 × 29.8 + 0.002 × 273 = 71 + 0.1192 + 0.546 = 71.6652
        // AR5: 71 + 0.004 × 30 + 0.002 × 265 = 71 + 0.12 + 0.53 = 71.65
        const string factors = """[ { "id": "truck", "unit": "t*km", "gases": { "CO2": 0.071, "CH4": 0.000004, "N2O": 0.000002 } } ]""";
        const string inputs = """[ { "factor": "truck", "amount": 1000, "unit": "t*km" } ]""";
        Doc.Close(71.6652, Doc.Calculate(Doc.OneProcess(inputs, factors: factors, gwp: "AR6")).TotalKgCO2e);
        Doc.Close(71.65, Doc.Calculate(Doc.OneProcess(inputs, factors: factors, gwp: "AR5")).TotalKgCO2e);
    }

    [Theory]
    [InlineData("HFC134a", "HFC-134a")]
    [InlineData("c-C4F8", "c-C4F8")]
    [InlineData("cC4F8", "c-C4F8")]
    [InlineData("hfc-23", "HFC-23")]
    public void Gas_names_are_normalised(string written, string canonical) => Assert.Equal(canonical, GwpTable.Normalise(written));

    [Fact]
    public void All_sixteen_required_gases_are_known_in_both_sets()
    {
        string[] gases = ["CO2", "CH4", "N2O", "SF6", "NF3", "CF4", "C2F6", "C3F8", "c-C4F8", "HFC-23", "HFC-32", "HFC-125", "HFC-134a", "HFC-143a", "HFC-152a"];
        foreach (var g in gases)
        {
            Assert.NotNull(GwpTable.Find(GwpSet.AR5, g, Origin.Fossil));
            Assert.NotNull(GwpTable.Find(GwpSet.AR6, g, Origin.Fossil));
        }
        Assert.Equal("R", GwpTable.Find(GwpSet.AR5, "CH4", Origin.Fossil)!.Status);
        Assert.Equal(25200, GwpTable.Find(GwpSet.AR6, "SF6", Origin.Fossil)!.Value);
    }

    [Fact]
    public void Gas_outside_the_table_is_carried_at_zero_impact_and_listed()
    {
        // Issue 16 item 5: non-GHG and unknown flows stay in the inventory at zero impact instead of being refused.
        var r = Doc.Calculate(Doc.OneProcess(emissions: """[ { "gas": "XYZ", "amount": 1, "unit": "kg" }, { "gas": "CO2", "amount": 2, "unit": "kg" } ]"""));
        Assert.Equal(2, r.TotalKgCO2e);
        Assert.Equal(1, r.UncharacterisedFlows["XYZ"]);
    }

    [Fact]
    public void A_removal_of_a_gas_outside_the_table_is_still_an_error_at_its_path()
    {
        var e = Assert.Single(Doc.Errors(Doc.OneProcess(extra: """, "removals": [ { "gas": "XYZ", "amount": 1, "unit": "kg" } ]""")));
        Assert.Equal(ErrorCode.UnknownGas, e.Code);
        Assert.Equal("/processes/0/removals/0/gas", e.Path);
    }
}
