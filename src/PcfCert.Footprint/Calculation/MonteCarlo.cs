using PcfCert.Footprint.Results;
using PcfCert.Footprint.Uncertainty;

namespace PcfCert.Footprint.Calculation;

/// <summary>
/// Monte Carlo over every uncertain amount and factor. Iterations run in fixed chunks of
/// <see cref="ChunkSize"/>; chunk c draws from its own xoshiro256** stream seeded with SplitMix64(seed, c), so the
/// figures do not depend on the number of threads or their timing: the same seed gives the same statistics bit
/// for bit on the same runtime and CPU family (Math.Log/Exp come from the platform's maths library).
/// The technosphere is re-solved only when an uncertain amount sits in it; otherwise the scaling is fixed and
/// each iteration is a weighted sum of multipliers.
/// </summary>
internal static class MonteCarlo
{
    public const int ChunkSize = 1000;
    public const string Generator = "xoshiro256** per chunk of 1000 iterations, seeded by SplitMix64(seed, chunk); normal by Marsaglia polar; lognormal median = stated value";

    public static (UncertaintyResult? Result, Error? Error) Run(CompiledModel model, double[] scaling, int iterations, ulong seed, Solver.SolveBudget budget)
    {
        var sampler = new Sampler(model.Parameters.Select(p => (p.Spec, p.Stated)).ToList());
        var resolve = model.Entries.Any(e => e.AmountParam >= 0);
        var fixedPart = 0.0;
        var weights = new List<double>(); var amountIdx = new List<int>(); var factorIdx = new List<int>(); var process = new List<int>();
        foreach (var t in model.Terms)
        {
            if (t.AmountParam < 0 && t.FactorParam < 0 && !resolve) { fixedPart += scaling[t.Process] * t.Value; continue; }
            weights.Add(resolve ? t.Value : scaling[t.Process] * t.Value);
            amountIdx.Add(t.AmountParam); factorIdx.Add(t.FactorParam); process.Add(t.Process);
        }
        var w = weights.ToArray(); var ai = amountIdx.ToArray(); var fi = factorIdx.ToArray(); var pi = process.ToArray();
        var totals = new double[iterations];
        var chunks = (iterations + ChunkSize - 1) / ChunkSize;
        var errors = new Error?[chunks];
        Parallel.For(0, chunks, c =>
        {
            var rng = new Xoshiro256StarStar(ChunkSeed(seed, (ulong)c));
            // One slot more than the parameters: index P holds 1 for terms without an uncertain amount or factor.
            var m = new double[model.Parameters.Count + 1];
            var one = m.Length - 1;
            m[one] = 1;
            var end = Math.Min(iterations, (c + 1) * ChunkSize);
            for (var it = c * ChunkSize; it < end; it++)
            {
                sampler.Draw(rng, m.AsSpan(0, one));
                var s = scaling;
                if (resolve)
                {
                    var (x, _, error) = TechnosphereSolve.Run(model, m, budget);
                    if (error is not null) { errors[c] = error with { Message = $"Monte Carlo iteration {it + 1}: {error.Message}" }; return; }
                    s = x!;
                }
                var total = fixedPart;
                for (var k = 0; k < w.Length; k++)
                    total += w[k] * m[ai[k] < 0 ? one : ai[k]] * m[fi[k] < 0 ? one : fi[k]] * (resolve ? s[pi[k]] : 1);
                totals[it] = total;
            }
        });
        if (errors.FirstOrDefault(e => e is not null) is { } first) return (null, first);
        var (mean, sd) = Statistics.MeanSd(totals);
        Array.Sort(totals);
        return (new UncertaintyResult(iterations, seed, Generator, model.Parameters.Count, mean, sd,
            Statistics.Percentile(totals, 0.025), Statistics.Percentile(totals, 0.5), Statistics.Percentile(totals, 0.975)), null);
    }

    private static ulong ChunkSeed(ulong seed, ulong chunk)
    {
        var z = seed + 0x9E3779B97F4A7C15UL * (chunk + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
