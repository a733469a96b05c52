using PcfCert.Footprint.Results;
using PcfCert.Footprint.Uncertainty;

namespace PcfCert.Footprint.Calculation;

/// <summary>
/// Monte Carlo over every uncertain amount and factor. Each iteration draws the parameters in model order from
/// one xoshiro256** stream, so the same seed gives the same totals bit for bit on the same runtime and CPU
/// family (Math.Log/Exp come from the platform's maths library). The technosphere is re-solved only when an
/// uncertain amount sits in it; otherwise the scaling is fixed and each iteration is a weighted sum.
/// </summary>
internal static class MonteCarlo
{
    public const string Generator = "xoshiro256** seeded by SplitMix64; normal by Marsaglia polar; lognormal median = stated value";

    public static (UncertaintyResult? Result, Error? Error) Run(CompiledModel model, double[] scaling, int iterations, ulong seed)
    {
        var rng = new Xoshiro256StarStar(seed);
        var parameters = model.Parameters;
        var m = new double[parameters.Count];
        var totals = new double[iterations];
        var resolve = model.Entries.Any(e => e.AmountParam >= 0);
        var fixedPart = 0.0;
        var uncertain = new List<Term>();
        foreach (var t in model.Terms)
            if (t.AmountParam < 0 && t.FactorParam < 0 && !resolve) fixedPart += scaling[t.Process] * t.Value;
            else uncertain.Add(t);
        var terms = uncertain.ToArray();
        for (var it = 0; it < iterations; it++)
        {
            for (var k = 0; k < m.Length; k++) m[k] = Sampler.Multiplier(parameters[k].Spec, parameters[k].Stated, rng);
            var s = scaling;
            if (resolve)
            {
                var (x, _, error) = TechnosphereSolve.Run(model, m);
                if (error is not null)
                    return (null, error with { Message = $"Monte Carlo iteration {it + 1}: {error.Message}" });
                s = x!;
            }
            var total = fixedPart;
            foreach (var t in terms)
                total += s[t.Process] * t.Value * (t.AmountParam >= 0 ? m[t.AmountParam] : 1) * (t.FactorParam >= 0 ? m[t.FactorParam] : 1);
            totals[it] = total;
        }
        var (mean, sd) = Statistics.MeanSd(totals);
        Array.Sort(totals);
        return (new UncertaintyResult(iterations, seed, Generator, parameters.Count, mean, sd,
            Statistics.Percentile(totals, 0.025), Statistics.Percentile(totals, 0.5), Statistics.Percentile(totals, 0.975)), null);
    }
}
