using System.Diagnostics;
using PcfCert.Footprint.Solver;

namespace PcfCert.Bench;

/// <summary>Where the end-to-end time of one solve goes (min over k runs, wall): `profile SEED [k]`.</summary>
internal static class Profile
{
    public static void Run(int seed, int k)
    {
        var c = RandomNetworks.Case(seed);
        var net = c.Network;
        var t = new Dictionary<string, double>();
        void Time(string name, Action a)
        {
            var best = double.MaxValue;
            for (var i = 0; i < k; i++) { var sw = Stopwatch.StartNew(); a(); best = Math.Min(best, sw.Elapsed.TotalMilliseconds); }
            t[name] = best;
        }
        CompressedMatrix csr = null!;
        Time("compress", () => csr = CompressedMatrix.From(net.N, net.Rows, net.Cols, net.Values));
        CompressedMatrix csc = null!;
        Time("transpose", () => csc = csr.Transpose());
        Time("tarjan", () => StronglyConnected.From(csc, net.Reference));
        Equilibration eq = null!;
        Time("equilibrate", () => eq = Equilibration.Of(csr));
        Console.WriteLine($"equilibration passes {eq.Passes}");
        var b = new double[net.N];
        b[net.Reference] = c.Demand * eq.Row[net.Reference];
        var its = 0;
        Time("gmres", () =>
        {
            var y = new double[net.N];
            var inv = BiCgStab.InverseDiagonal(eq.Scaled);
            for (var i = 0; i < y.Length; i++) y[i] = b[i] * inv[i];
            Gmres.Solve(eq.Scaled, b, y, 1e-12, 4000, SolveBudget.Unlimited, out its);
        });
        Time("end to end", () => NetworkSolver.Solve(net.N, net.Rows, net.Cols, net.Values, net.Reference, c.Demand));
        foreach (var (name, ms) in t) Console.WriteLine($"{name,-12} {ms,8:F2} ms");
        Console.WriteLine($"gmres iterations {its}");
    }
}
