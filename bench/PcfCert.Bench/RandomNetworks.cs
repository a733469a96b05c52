namespace PcfCert.Bench;

/// <summary>
/// The networks of the solver sweep (docs/performance.md, "Solver sweep"): for a seed, either the market-shaped
/// network of <see cref="LcaNetwork"/> or a random one (every process buys about 12 inputs from uniformly random
/// other processes, so the graph is an expander with no market structure, the case in which a sparse LU fills),
/// then rescaled as a model in other units would be: each product's unit by 10^U(−6, 6) (its row), each process's
/// run size by 10^U(−6, 6) (its column), and the demand by 10^U(−6, 6). The scaling without rescaling is known, so
/// the sweep checks that the rescaled solve gives the same answer.
/// </summary>
internal sealed record SweepCase(string Kind, int Seed, LcaNetwork Network, double Demand, double DemandFactor, double[] RunScale);

internal static class RandomNetworks
{
    public static SweepCase Case(int seed, int n = 20_000)
    {
        var kind = seed % 2 == 0 ? "market" : "random";
        var net = kind == "market" ? LcaNetwork.Create(n, seed) : Random(n, seed);
        var rng = new Random(seed * 7919 + 1);
        double Pow() => Math.Pow(10, -6 + 12 * rng.NextDouble());
        var unit = Enumerable.Range(0, n).Select(_ => Pow()).ToArray();
        var run = Enumerable.Range(0, n).Select(_ => Pow()).ToArray();
        var demand = Pow();
        var values = new double[net.Values.Length];
        for (var e = 0; e < values.Length; e++) values[e] = net.Values[e] * unit[net.Rows[e]] * run[net.Cols[e]];
        return new SweepCase(kind, seed, net with { Values = values }, demand * unit[net.Reference], demand, run);
    }

    /// <summary>About 12 inputs per process from random suppliers; each process uses 0.3–0.95 runs of others per run in total.</summary>
    public static LcaNetwork Random(int n, int seed)
    {
        var rng = new Random(seed);
        var rows = new List<int>(); var cols = new List<int>(); var vals = new List<double>();
        for (var j = 0; j < n; j++)
        {
            rows.Add(j); cols.Add(j); vals.Add(1);
            var k = 8 + rng.Next(9);
            var weights = Enumerable.Range(0, k).Select(_ => rng.NextDouble()).ToArray();
            var total = (0.3 + 0.65 * rng.NextDouble()) / weights.Sum();
            for (var q = 0; q < k; q++)
            {
                var i = rng.Next(n - 1);
                if (i >= j) i++;
                rows.Add(i); cols.Add(j); vals.Add(-weights[q] * total);
            }
        }
        return new LcaNetwork(n, rows.ToArray(), cols.ToArray(), vals.ToArray(), n - 1);
    }
}
