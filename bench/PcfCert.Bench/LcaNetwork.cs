using System.Globalization;

namespace PcfCert.Bench;

/// <summary>
/// A synthetic network shaped like an LCA database: a few hundred market processes, each mixing 5 producers
/// of its product; every producer has 10–15 inputs, about half from markets (which closes cycles through
/// them) and half from other producers. Deterministic for a seed, so C# and scipy solve the same matrix.
/// </summary>
internal sealed record LcaNetwork(int N, int[] Rows, int[] Cols, double[] Values, int Reference)
{
    public const int Markets = 300;

    public static LcaNetwork Create(int n = 20_000, int seed = 2024)
    {
        var rng = new Random(seed); // fixed algorithm for a seed within one .NET version; the COO file is the reference
        var rows = new List<int>(); var cols = new List<int>(); var vals = new List<double>();
        void Add(int r, int c, double v) { rows.Add(r); cols.Add(c); vals.Add(v); }
        for (var m = 0; m < Markets; m++)
        {
            Add(m, m, 1);
            var shares = Enumerable.Range(0, 5).Select(_ => 0.2 + rng.NextDouble()).ToArray();
            var sum = shares.Sum();
            for (var k = 0; k < 5; k++)
            {
                var producer = Markets + m + Markets * rng.Next((n - Markets - m - 1) / Markets + 1);
                if (producer >= n) producer = Markets + m;
                Add(producer, m, -1.02 * shares[k] / sum); // 2 % market losses, as in ecoinvent
            }
        }
        for (var p = Markets; p < n; p++)
        {
            Add(p, p, 1);
            var inputs = 10 + rng.Next(6);
            for (var k = 0; k < inputs; k++)
            {
                var supplier = k % 2 == 0 ? rng.Next(Markets) : Markets + rng.Next(n - Markets);
                if (supplier == p) supplier = rng.Next(Markets);
                Add(supplier, p, -(0.005 + 0.07 * rng.NextDouble()));
            }
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
