namespace PcfCert.Footprint.Tests;

/// <summary>Item 2 of issue 16: equilibration and a relative pivot test make singularity a property of the model, not of its units.</summary>
public class ScaleInvarianceTests
{
    // A widget uses one 0.0002 t batch of a chemical; a batch needs 1 kWh; the power plant makes 5e9 kWh a year and uses
    // 1000 t of the chemical a year. Per kWh the plant needs 2e-7 t, so chemical C and power P satisfy
    // C = 0.0002 + 2e-7 P and P = C / 0.0002 (1 kWh per batch) → C = 0.0002 / 0.999. Emissions: 3.995 kg CO2 per batch,
    // 1 kg CO2 per kWh (5e9 kg a year): total = (C / 0.0002)(3.995 + 1) = 4.995 / 0.999 = 5.0 kg CO2.
    private static string Plant(string unit, double batch, double plantUse) => Doc.Model($$"""
        [ { "id": "widget", "stage": "production", "output": { "amount": 1, "unit": "piece" },
            "inputs": [ { "process": "batch", "amount": {{batch}}, "unit": "{{unit}}" } ] },
          { "id": "batch", "stage": "production", "output": { "amount": {{batch}}, "unit": "{{unit}}" },
            "inputs": [ { "process": "plant", "amount": 1, "unit": "kWh" } ], "emissions": [ { "gas": "CO2", "amount": 3.995, "unit": "kg" } ] },
          { "id": "plant", "stage": "production", "output": { "amount": 5e9, "unit": "kWh" },
            "inputs": [ { "process": "batch", "amount": {{plantUse}}, "unit": "{{unit}}" } ], "emissions": [ { "gas": "CO2", "amount": 5e6, "unit": "t" } ] } ]
        """, reference: "widget");

    public static TheoryData<string, string> Units => new()
    {
        { "tonnes (refused as SingularSystem before equilibration)", Plant("t", 0.0002, 1000) },
        { "grams", Plant("g", 200, 1e9) },
        { "kilograms", Plant("kg", 0.2, 1e6) },
    };

    [Theory]
    [MemberData(nameof(Units))]
    public void Badly_scaled_cycle_computes_the_same_in_any_unit(string unit, string json)
    {
        var r = Doc.Calculate(json);
        Doc.Close(5.0, r.TotalKgCO2e, 1e-12);
        Doc.Close(1 / 0.999, r.ByProcess.Single(p => p.Id == "batch").Scaling, 1e-12);
        Assert.True(r.Solver.ScaledResidual <= 1e-12, unit);
    }

    [Fact]
    public void A_truly_singular_cycle_is_still_refused_in_any_unit()
    {
        // The plant uses all the chemical the batches make for it: 5e9 kWh need 5e9 batches of 0.0002 t = 1e6 t.
        foreach (var (unit, batch, use) in new[] { ("t", 0.0002, 1e6), ("g", 200.0, 1e12) })
        {
            var json = Plant(unit, batch, use).Replace("\"widget\", \"stage\"", "\"widget\", \"stage\"", StringComparison.Ordinal);
            var e = Assert.Single(Doc.Errors(json));
            Assert.True(e.Code is ErrorCode.SingularSystem or ErrorCode.NegativeScaling, $"{unit}: {e}");
        }
    }
}
