using PcfCert.Footprint.Documents;
using PcfCert.Footprint.Model;
using PcfCert.Footprint.Uncertainty;

namespace PcfCert.Footprint.Tests;

/// <summary>Item 4 of issue 16: Monte Carlo that finishes, with domains respected and infeasible draws counted.</summary>
public class MonteCarloRobustnessTests
{
    [Fact]
    public void A_normal_amount_is_truncated_at_zero_and_has_the_truncated_mean()
    {
        // amount ~ N(1, 2) truncated at 0: α = −μ/σ = −0.5, λ = φ(α)/(1 − Φ(α)) = 0.35207/0.69146 = 0.50917;
        // mean = μ + σλ = 2.01832, sd = σ √(1 + αλ − λ²) = 1.39453; 20,000 draws: standard error 0.0099, bound 4 SE.
        var json = Doc.OneProcess("""[ { "factor": "f", "amount": 1, "unit": "kg", "uncertainty": { "distribution": "normal", "sd": 2 } } ]""",
            factors: """[ { "id": "f", "unit": "kg", "kgCO2e": 1 } ]""");
        var u = Doc.Calculate(json, new CalculationOptions(20000, 9)).Uncertainty!;
        Assert.InRange(u.Mean, 2.01832 - 0.04, 2.01832 + 0.04);
        Assert.InRange(u.StandardDeviation, 1.39453 * 0.97, 1.39453 * 1.03);
        Assert.True(u.Samples!.Values[0].All(v => v >= 0));
        Assert.Equal(0, u.FailedDraws);
    }

    // a needs x kg of b per piece and b needs 1 kg of a... per kg: the loop gain is x. x ~ lognormal(median 0.9, gsd 2):
    // P(x ≥ 1) = P(z ≥ ln(1/0.9)/ln 2 = 0.152) = 0.44, and such a draw cannot be met by running the loop forwards.
    private static string Loop => Doc.Model("""
        [ { "id": "a", "stage": "production", "output": { "amount": 1, "unit": "kg" },
            "inputs": [ { "process": "b", "amount": 0.9, "unit": "kg", "uncertainty": { "distribution": "lognormal", "gsd": 2 } } ],
            "emissions": [ { "gas": "CO2", "amount": 1, "unit": "kg" } ] },
          { "id": "b", "stage": "production", "output": { "amount": 1, "unit": "kg" },
            "inputs": [ { "process": "a", "amount": 1, "unit": "kg" } ] } ]
        """, product: """{ "name": "p", "declaredUnit": { "amount": 1, "unit": "kg" } }""");

    [Fact]
    public void Infeasible_draws_are_counted_with_the_input_that_caused_them_and_the_run_returns_its_statistics()
    {
        var u = Doc.Calculate(Loop, new CalculationOptions(1000, 4)).Uncertainty!;
        Assert.InRange(u.FailedDraws, 380, 500); // 1000 × 0.44 ± 4 sd (sd = √(1000 × 0.44 × 0.56) = 15.7)
        var f = u.Failures[0];
        Assert.Equal("process/a/inputs/0", f.Parameter);
        Assert.Equal("/processes/0/inputs/0", f.Path);
        Assert.True(f.Multiplier >= 1 / 0.9 * 0.999, $"{f.Multiplier}");
        // The total of a successful draw is 1 / (1 − x) ≥ 1.
        Assert.True(u.P2_5 >= 1);
        Assert.Equal(20, u.Failures.Count);
    }

    [Fact]
    public void Statistics_come_per_stage_and_per_process_and_the_samples_export_as_csv()
    {
        var r = Doc.Calculate(Loop, new CalculationOptions(200, 2));
        var u = r.Uncertainty!;
        Assert.Equal(5, u.ByStage.Count);
        Assert.Equal(u.Mean, u.ByStage["production"].Mean, 12);
        Assert.Equal(0, u.ByStage["use"].Mean);
        Assert.Equal("a", Assert.Single(u.ByProcess).Id);
        var lines = SamplesCsv.Write(u).TrimEnd('\n').Split('\n');
        Assert.Equal(201, lines.Length);
        Assert.Equal("iteration,status,total,stage:raw-material-acquisition,stage:production,stage:distribution,stage:use,stage:end-of-life,process:a", lines[0]);
        Assert.Equal(u.FailedDraws, lines.Skip(1).Count(l => !l.Split(',')[1].Equals("ok", StringComparison.Ordinal)));
        Assert.Contains("\"failedDraws\"", ResultDocument.Write(r), StringComparison.Ordinal);
    }

    [Fact]
    public void A_uniform_below_zero_for_a_quantity_that_cannot_be_negative_is_refused_at_its_path()
    {
        var json = Doc.OneProcess("""[ { "factor": "f", "amount": 1, "unit": "kg", "uncertainty": { "distribution": "uniform", "min": -1, "max": 3 } } ]""",
            factors: """[ { "id": "f", "unit": "kg", "kgCO2e": 1 } ]""");
        var e = Assert.Single(Doc.Errors(json));
        Assert.Equal(ErrorCode.InvalidUncertainty, e.Code);
        Assert.Equal("/processes/0/inputs/0/uncertainty", e.Path);
    }

    [Fact]
    public void Pedigree_sigma_follows_the_ciroth_2016_factors()
    {
        // ter 3 → 1.65, ger 2 → 1.04, tir 4 → 1.19, p 2 → 1.54: σ = ½ √(ln²1.65 + ln²1.04 + ln²1.19 + ln²1.54)
        // = ½ √(0.250776 + 0.001538 + 0.030260 + 0.186436) = 0.342422; gsd = e^σ = 1.408354.
        Doc.Close(0.3424215098082866, Pedigree.Sigma(new DataQuality(3, 2, 4, 2)), 1e-12);
        Assert.Null(Pedigree.Lognormal(new DataQuality(1, 1, 1, 1)));
    }

    [Fact]
    public void Pedigree_option_turns_a_rated_factor_into_an_uncertain_one()
    {
        var json = Doc.OneProcess("""[ { "factor": "f", "amount": 10, "unit": "kg" } ]""",
            factors: """[ { "id": "f", "unit": "kg", "kgCO2e": 2, "dqr": { "ter": 3, "ger": 2, "tir": 4, "p": 2 } } ]""");
        var plain = Doc.Calculate(json, new CalculationOptions(2000, 1)).Uncertainty!;
        Assert.Equal(0, plain.UncertainParameters);
        var u = Doc.Calculate(json, new CalculationOptions(20000, 1) { PedigreeUncertainty = true }).Uncertainty!;
        Assert.Equal(1, u.UncertainParameters);
        Assert.True(u.Pedigree);
        // Median 20; 97.5 % = 20·e^(1.959964 σ) = 20 × 1.95636 = 39.13.
        Assert.InRange(u.P50, 20 * 0.98, 20 * 1.02);
        Assert.InRange(u.P97_5, 39.13 * 0.97, 39.13 * 1.03);
    }
}
