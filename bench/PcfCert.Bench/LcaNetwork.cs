using System.Globalization;

namespace PcfCert.Bench;

/// <summary>
/// A synthetic network shaped like an LCA database (ecoinvent-style): 300 market processes, each mixing the
/// producers of its product (every producer supplies one market, shares sum to 1.02 for 2 % losses); every
/// producer has 10–15 inputs bought from markets, and one in five also buys directly from another producer.
/// Everything is one strongly connected component through the markets. Deterministic for a seed; the COO file
/// written by <see cref="WriteCoo"/> is what C# and scipy both solve.
/// </summary>
internal sealed record LcaNetwork(int N, int[] Rows, int[] Cols, double[] Values, int Reference)
{
    public const int Markets = 300;

    public static LcaNetwork Create(int n = 20_000, int seed = 2024)
    {
        var rng = new Random(seed);
        var rows = new List<int>(); var cols = new List<int>(); var vals = new List<double>();
        void Add(int r, int c, double v) { rows.Add(r); cols.Add(c); vals.Add(v); }
        var shares = new double[n];
        var totals = new double[Markets];
        for (var p = Markets; p < n; p++) { shares[p] = 0.2 + rng.NextDouble(); totals[p % Markets] += shares[p]; }
        for (var m = 0; m < Markets; m++) Add(m, m, 1);
        for (var p = Markets; p < n; p++) Add(p, p % Markets, -1.02 * shares[p] / totals[p % Markets]);
        for (var p = Markets; p < n; p++)
        {
            Add(p, p, 1);
            var inputs = 10 + rng.Next(6);
            for (var k = 0; k < inputs; k++) Add(rng.Next(Markets), p, -(0.005 + 0.07 * rng.NextDouble()));
            if (p > Markets && rng.Next(5) == 0) Add(Markets + rng.Next(p - Markets), p, -(0.01 + 0.1 * rng.NextDouble()));
        }
        return new LcaNetwork(n, rows.ToArray(), cols.ToArray(), vals.ToArray(), n - 1);
    }

    /// <summary>Writes "n nnz reference" then one "row col value" line per entry (round-trip doubles).</summary>
    public void WriteCoo(string path)
    {
        using var w = new StreamWriter(path);
        w.WriteLine($"{N} {Rows.Length} {Reference}");
        for (var e = 0; e < Rows.Length; e++)
            w.WriteLine($"{Rows[e]} {Cols[e]} {Values[e].ToString("R", CultureInfo.InvariantCulture)}");
    }

    public static LcaNetwork ReadCoo(string path)
    {
        using var r = new StreamReader(path);
        var head = r.ReadLine()!.Split(' ');
        var (n, nnz, reference) = (int.Parse(head[0], CultureInfo.InvariantCulture), int.Parse(head[1], CultureInfo.InvariantCulture), int.Parse(head[2], CultureInfo.InvariantCulture));
        var rows = new int[nnz]; var cols = new int[nnz]; var vals = new double[nnz];
        for (var e = 0; e < nnz; e++)
        {
            var parts = r.ReadLine()!.Split(' ');
            rows[e] = int.Parse(parts[0], CultureInfo.InvariantCulture);
            cols[e] = int.Parse(parts[1], CultureInfo.InvariantCulture);
            vals[e] = double.Parse(parts[2], CultureInfo.InvariantCulture);
        }
        return new LcaNetwork(n, rows, cols, vals, reference);
    }
}
