namespace PcfCert.Footprint.Tests;

public class CutOffAndQualityTests
{
    private static string WithClip(double grams) => Doc.Model($$"""
        [ { "id": "a", "stage": "production", "output": { "amount": 10, "unit": "piece" },
            "inputs": [ { "name": "clip", "amount": {{grams}}, "unit": "g", "cutOff": true } ] } ]
        """, product: """{ "name": "p", "declaredUnit": { "amount": 1, "unit": "piece" }, "massKg": 0.2 }""");

    [Fact]
    public void Cut_off_passes_at_the_limit()
    {
        // 100 g per 10 pieces = 10 g per piece = 0.01 kg; limit 5 % × 0.2 kg = 0.01 kg → passes, share 0.05.
        var c = Doc.Calculate(WithClip(100)).CutOff;
        Doc.Close(0.01, c.ExcludedMassKg);
        Doc.Close(0.05, c.Share!.Value);
        Doc.Close(0.01, c.LimitKg!.Value);
        Assert.True(c.Passed);
        Assert.Equal("clip", Assert.Single(c.Items).Name);
    }

    [Fact]
    public void Cut_off_fails_above_the_limit()
    {
        // 110 g / 10 = 0.011 kg > 0.01 kg.
        var c = Doc.Calculate(WithClip(110)).CutOff;
        Assert.False(c.Passed);
        Doc.Close(0.055, c.Share!.Value);
    }

    [Fact]
    public void The_scheme_can_supply_another_limit()
    {
        // 0.011 kg ≤ 10 % × 0.2 kg = 0.02 kg.
        var c = Doc.Calculate(WithClip(110), new CalculationOptions(CutOffLimitShare: 0.10)).CutOff;
        Assert.True(c.Passed);
        Assert.Equal(0.10, c.LimitShare);
    }

    [Fact]
    public void Cut_off_inputs_are_excluded_from_the_total() => Assert.Equal(0, Doc.Calculate(WithClip(100)).TotalKgCO2e);

    [Theory]
    [InlineData(1.0, "excellent")]
    [InlineData(1.5, "excellent")]
    [InlineData(1.75, "very good")]
    [InlineData(2.0, "very good")]
    [InlineData(2.25, "good")]
    [InlineData(3.0, "good")]
    [InlineData(3.5, "fair")]
    [InlineData(4.0, "fair")]
    [InlineData(4.25, "poor")]
    public void Dqr_bands(double dqr, string band) => Assert.Equal(band, Calculation.DataQualityRating.Band(dqr));

    [Fact]
    public void Product_dqr_is_the_contribution_weighted_mean_of_rated_datasets()
    {
        // f1: 3 kg CO2e, DQR (1+2+1+2)/4 = 1.5; f2: 1 kg CO2e, DQR (3+3+3+3)/4 = 3; f3: 1 kg unrated.
        // product DQR = (3 × 1.5 + 1 × 3) / 4 = 1.875 → very good; unrated share = 1/5 = 0.2.
        var r = Doc.Calculate(Doc.OneProcess("""
            [ { "factor": "f1", "amount": 3, "unit": "kg" }, { "factor": "f2", "amount": 1, "unit": "kg" }, { "factor": "f3", "amount": 1, "unit": "kg" } ]
            """, factors: """
            [ { "id": "f1", "unit": "kg", "kgCO2e": 1, "dqr": { "ter": 1, "ger": 2, "tir": 1, "p": 2 } },
              { "id": "f2", "unit": "kg", "kgCO2e": 1, "dqr": { "ter": 3, "ger": 3, "tir": 3, "p": 3 } },
              { "id": "f3", "unit": "kg", "kgCO2e": 1 } ]
            """));
        Doc.Close(1.875, r.DataQuality.Dqr!.Value);
        Assert.Equal("very good", r.DataQuality.Band);
        Doc.Close(0.2, r.DataQuality.UnratedShare);
    }
}
