using PcfCert.Footprint.Uncertainty;

namespace PcfCert.Footprint.Tests;

public class MonteCarloTests
{
    private static string Lognormal(double gsd) => Doc.OneProcess("""[ { "factor": "f", "amount": 10, "unit": "kg" } ]""",
        factors: $$"""[ { "id": "f", "unit": "kg", "kgCO2e": 2, "uncertainty": { "distribution": "lognormal", "gsd": {{gsd}} } } ]""");

    [Fact]
    public void Lognormal_median_is_the_stated_value_and_mean_follows_the_analytic_formula()
    {
        // Stated 10 kg × 2 = 20 is the median. σ = ln 1.5 = 0.405465; mean = 20·exp(σ²/2) = 20 × 1.085594 = 21.7119;
        // sd = mean·sqrt(exp(σ²) - 1) = 21.7119 × 0.42276 = 9.1789; 2.5 % / 97.5 % = 20·exp(∓1.959964 σ) = 9.034 / 44.28.
        var u = Doc.Calculate(Lognormal(1.5), new CalculationOptions(20000, 42)).Uncertainty!;
        var sigma = Math.Log(1.5);
        Assert.InRange(u.P50, 20 * 0.98, 20 * 1.02);
        Assert.InRange(u.Mean, 20 * Math.Exp(sigma * sigma / 2) * 0.985, 20 * Math.Exp(sigma * sigma / 2) * 1.015);
        var sd = 20 * Math.Exp(sigma * sigma / 2) * Math.Sqrt(Math.Exp(sigma * sigma) - 1);
        Assert.InRange(u.StandardDeviation, sd * 0.95, sd * 1.05);
        Assert.InRange(u.P2_5, 20 * Math.Exp(-1.959964 * sigma) * 0.97, 20 * Math.Exp(-1.959964 * sigma) * 1.03);
        Assert.InRange(u.P97_5, 20 * Math.Exp(1.959964 * sigma) * 0.97, 20 * Math.Exp(1.959964 * sigma) * 1.03);
    }

    [Fact]
    public void Same_seed_gives_identical_figures_and_another_seed_does_not()
    {
        var a = Doc.Calculate(Lognormal(1.2), new CalculationOptions(2500, 7)).Uncertainty!; // ten chunks, run in parallel
        var b = Doc.Calculate(Lognormal(1.2), new CalculationOptions(2500, 7)).Uncertainty!;
        var c = Doc.Calculate(Lognormal(1.2), new CalculationOptions(2500, 8)).Uncertainty!;
        Assert.Equal(BitConverter.DoubleToInt64Bits(a.Mean), BitConverter.DoubleToInt64Bits(b.Mean));
        Assert.Equal(BitConverter.DoubleToInt64Bits(a.P97_5), BitConverter.DoubleToInt64Bits(b.P97_5));
        Assert.NotEqual(a.Mean, c.Mean);
    }

    [Fact]
    public void Normal_amount_and_uniform_factor_combine_as_independent_variables()
    {
        // amount ~ N(10, 1), factor ~ U(1, 3) (stated 2): E = 10 × 2 = 20;
        // Var(XY) = Var X·Var Y + Var X·E[Y]² + Var Y·E[X]² = 1·(1/3) + 1·4 + (1/3)·100 = 37.667 → sd 6.137.
        var json = Doc.OneProcess("""[ { "factor": "f", "amount": 10, "unit": "kg", "uncertainty": { "distribution": "normal", "sd": 1 } } ]""",
            factors: """[ { "id": "f", "unit": "kg", "kgCO2e": 2, "uncertainty": { "distribution": "uniform", "min": 1, "max": 3 } } ]""");
        var u = Doc.Calculate(json, new CalculationOptions(20000, 3)).Uncertainty!;
        Assert.InRange(u.Mean, 19.8, 20.2);
        Assert.InRange(u.StandardDeviation, 6.137 * 0.97, 6.137 * 1.03);
        Assert.Equal(2, u.UncertainParameters);
    }

    [Fact]
    public void Uncertain_process_input_resolves_the_technosphere()
    {
        // a uses x kg of b (b: 1 kg CO2 per kg), x ~ triangular(1, 2, 3): mean total = (1+2+3)/3 = 2.
        var json = Doc.Model("""
            [ { "id": "a", "stage": "production", "output": { "amount": 1, "unit": "piece" },
                "inputs": [ { "process": "b", "amount": 2, "unit": "kg", "uncertainty": { "distribution": "triangular", "min": 1, "mode": 2, "max": 3 } } ] },
              { "id": "b", "stage": "production", "output": { "amount": 1, "unit": "kg" }, "emissions": [ { "gas": "CO2", "amount": 1, "unit": "kg" } ] } ]
            """);
        var u = Doc.Calculate(json, new CalculationOptions(4000, 5)).Uncertainty!;
        Assert.InRange(u.Mean, 1.97, 2.03);
        Assert.InRange(u.P50, 1.95, 2.05);
    }

    [Fact]
    public void Triangular_inverse_cdf_hits_its_corners()
    {
        Assert.Equal(1, Sampler.Triangular(1, 2, 4, 0));
        Doc.Close(2, Sampler.Triangular(1, 2, 4, 1.0 / 3)); // F(mode) = (c-a)/(b-a) = 1/3
        Assert.Equal(4, Sampler.Triangular(1, 2, 4, 1));
    }

    [Fact]
    public void Keyed_draws_are_uniform_and_depend_on_key_iteration_and_seed()
    {
        // Mean of 20,000 uniforms is 0.5 ± 0.002 (sd 0.2887/√20000 = 0.002, bound at 3 sd);
        // changing any one of seed, key, iteration changes the draw.
        var key = KeyedRandom.Hash("factor/f");
        var mean = Enumerable.Range(0, 20000).Average(i => KeyedRandom.Uniform(1, key, i, 0));
        Assert.InRange(mean, 0.494, 0.506);
        var u = KeyedRandom.Uniform(1, key, 5, 0);
        Assert.Equal(u, KeyedRandom.Uniform(1, key, 5, 0));
        Assert.NotEqual(u, KeyedRandom.Uniform(2, key, 5, 0));
        Assert.NotEqual(u, KeyedRandom.Uniform(1, KeyedRandom.Hash("factor/g"), 5, 0));
        Assert.NotEqual(u, KeyedRandom.Uniform(1, key, 6, 0));
    }
}
