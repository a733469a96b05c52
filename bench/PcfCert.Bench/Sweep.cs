using System.Diagnostics;
using System.Globalization;
using PcfCert.Footprint.Solver;

namespace PcfCert.Bench;

/// <summary>
/// The solver sweep: COUNT networks of 20,000 processes (seeds 1..COUNT, see <see cref="RandomNetworks"/>), each
/// solved end to end from triplets (compression, ordering, equilibration, cascade, every check) with the default
/// budget; writes one CSV line per network and, with a directory, the network in binary COO for scipy.
/// </summary>
internal static class Sweep
{
    public static void Run(int count, string? dir, int repeats)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine("kind,seed,n,nnz,wall_ms_median,wall_ms_max,cpu_ms_median,cpu_ms_max,status,methods,scaled_residual,diag_scaled_residual,max_rel_error_vs_unscaled");
        var worst = 0.0;
        for (var seed = 1; seed <= count; seed++)
        {
            var c = RandomNetworks.Case(seed);
            var net = c.Network;
            if (dir is not null) WriteBinary(Path.Combine(dir, $"net-{seed:D3}.bin"), net, c.Demand);
            var walls = new List<double>(); var cpus = new List<double>();
            (double[]? X, SolveReport? R, SolveFailure? F) result = default;
            var process = Process.GetCurrentProcess();
            // The previous network's garbage (this harness builds each network and its unscaled twin) is collected
            // before the timed runs, as BenchmarkDotNet does between iterations, so that neither the CPU times nor the
            // peak working set carry it; scipy's process frees its arrays as they go out of use.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            for (var k = 0; k <= repeats; k++)
            {
                process.Refresh();
                var cpu0 = process.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                var budget = new SolveBudget(TimeProvider.System, TimeSpan.FromSeconds(20), 256L * 1024 * 1024);
                result = NetworkSolver.Solve(net.N, net.Rows, net.Cols, net.Values, net.Reference, c.Demand, budget: budget);
                sw.Stop();
                process.Refresh();
                if (k > 0 || repeats == 0) { walls.Add(sw.Elapsed.TotalMilliseconds); cpus.Add((process.TotalProcessorTime - cpu0).TotalMilliseconds); }
            }
            walls.Sort(); cpus.Sort();
            worst = Math.Max(worst, walls[^1]);
            var error = result.X is null ? double.NaN : Compare(c, result.X);
            Console.WriteLine(string.Join(",", c.Kind, seed, net.N, net.Rows.Length, walls[walls.Count / 2].ToString("F2", inv),
                walls[^1].ToString("F2", inv), cpus[cpus.Count / 2].ToString("F2", inv), cpus[^1].ToString("F2", inv),
                result.F is null ? "ok" : result.F.Code.ToString(), result.R is null ? "" : string.Join("+", result.R.Methods),
                (result.R?.ScaledResidual ?? double.NaN).ToString("E2", inv),
                (result.X is null ? double.NaN : DiagonalScaledResidual(net, c.Demand, result.X)).ToString("E2", inv), error.ToString("E2", inv)));
        }
        Process.GetCurrentProcess().Refresh();
        Console.WriteLine($"# worst wall {worst:F2} ms; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MB");
    }

    /// <summary>
    /// ‖R(b − A x)‖ / ‖R b‖ with R = 1/|diagonal|, from the triplets: scipy's acceptance test (bench/scipy_sweep.py),
    /// computed outside the timed region so that both sides are judged by the same test whatever R pcfcert accepted on.
    /// </summary>
    private static double DiagonalScaledResidual(LcaNetwork net, double demand, double[] x)
    {
        var d = new double[net.N];
        var r = new double[net.N];
        r[net.Reference] = demand;
        for (var e = 0; e < net.Rows.Length; e++)
        {
            if (net.Rows[e] == net.Cols[e]) d[net.Rows[e]] += net.Values[e];
            r[net.Rows[e]] -= net.Values[e] * x[net.Cols[e]];
        }
        double rr = 0, bb = 0;
        for (var i = 0; i < net.N; i++)
        {
            var s = d[i] == 0 ? 1 : 1 / Math.Abs(d[i]);
            rr += r[i] * s * (r[i] * s);
            if (i == net.Reference) bb = demand * s * (demand * s);
        }
        return Math.Sqrt(rr / bb);
    }

    // A' = U A V and b' = U (d e_ref), so V s' = d s: compare run ∘ s' / d with the plain network's solution.
    private static double Compare(SweepCase c, double[] x)
    {
        var plain = c.Kind == "market" ? LcaNetwork.Create(c.Network.N, c.Seed) : RandomNetworks.Random(c.Network.N, c.Seed);
        var (y, _, f) = NetworkSolver.Solve(plain.N, plain.Rows, plain.Cols, plain.Values, plain.Reference, 1);
        if (f is not null || y is null) return double.NaN;
        double max = 0, ymax = y.Max(Math.Abs);
        for (var j = 0; j < y.Length; j++)
        {
            var back = x[j] * c.RunScale[j] / c.DemandFactor;
            max = Math.Max(max, Math.Abs(back - y[j]) / Math.Max(ymax * 1e-12, Math.Abs(y[j])));
        }
        return max;
    }

    private static void WriteBinary(string path, LcaNetwork net, double demand)
    {
        using var w = new BinaryWriter(File.Create(path));
        w.Write(net.N); w.Write(net.Rows.Length); w.Write(net.Reference); w.Write(demand);
        foreach (var r in net.Rows) w.Write(r);
        foreach (var c in net.Cols) w.Write(c);
        foreach (var v in net.Values) w.Write(v);
    }
}
