using System.Diagnostics;
using System.Runtime.InteropServices;
using PcfCert.Footprint.Solver;

namespace PcfCert.Bench;

/// <summary>
/// Where the end-to-end time of one solve goes: `profile SEED [k]`. Each phase runs k times; printed are the minimum
/// wall time and the minimum CPU time of the calling thread per run (the least disturbed by other processes) (CPU time is what stays meaningful on a loaded machine).
/// </summary>
internal static partial class Profile
{
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>CPU time of the calling thread in ms (CLOCK_THREAD_CPUTIME_ID), unaffected by other processes' load.</summary>
    public static double ThreadCpuMs() => ClockGetTime(3, out var t) == 0 ? t.Seconds * 1e3 + t.Nanoseconds / 1e6 : double.NaN;

    public static void Run(int seed, int k)
    {
        var c = RandomNetworks.Case(seed);
        var net = c.Network;
        var t = new List<(string Name, double Wall, double Cpu)>();
        void Time(string name, Action a)
        {
            a(); // warm-up
            var best = double.MaxValue;
            var cpu = new List<double>();
            for (var i = 0; i < k; i++)
            {
                var c0 = ThreadCpuMs();
                var sw = Stopwatch.StartNew();
                a();
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
                cpu.Add(ThreadCpuMs() - c0);
            }
            cpu.Sort();
            t.Add((name, best, cpu[0]));
        }
        CompressedMatrix csr = null!;
        Time("compress", () => csr = CompressedMatrix.From(net.N, net.Rows, net.Cols, net.Values));
        Time("tarjan", () => StronglyConnected.Upstream(csr, net.Reference));
        Equilibration eq = null!;
        Time("equilibrate", () => eq = Equilibration.Of(csr));
        Console.WriteLine($"equilibration passes {eq.Passes}");
        Time("max scaling", () => MaxScaling.ColumnsThenRows(csr));
        var prepared = new PreparedNetwork(csr, net.Reference, BlockSolver.DefaultDirectLimit);
        Time("first try", () => FirstAttempt.TrySolve(prepared, c.Demand, SolveBudget.Unlimited, false));
        {
            var ms = MaxScaling.ColumnsThenRows(csr);
            var bg = new double[net.N];
            bg[net.Reference] = c.Demand * ms.Row[net.Reference];
            var yg = new double[net.N];
            var dg = new int[net.N]; var ig = new double[net.N];
            var an = GaussSeidelGmres.Analyse(ms.Scaled, dg, ig);
            Console.WriteLine($"gauss-seidel {an}");
            using var split = GaussSeidelGmres.Split(ms.Scaled, an.Ordered, dg, ig);
            var okg = GaussSeidelGmres.Solve(split, bg, yg, 1e-12, 60, SolveBudget.Unlimited, out var gsIts);
            var invg = BiCgStab.InverseDiagonal(ms.Scaled);
            var yj = new double[net.N];
            for (var i = 0; i < yj.Length; i++) yj[i] = bg[i] * invg[i];
            Gmres.Solve(ms.Scaled, invg, bg, yj, 1e-12, 60, SolveBudget.Unlimited, out var jIts, out _, verified: false);
            Console.WriteLine($"after max scaling: Gauss-Seidel GMRES {(okg ? "converged" : "did not converge")} in {gsIts} iterations; Jacobi GMRES {jIts}");
            Time("gs analyse", () => GaussSeidelGmres.Analyse(ms.Scaled, dg, ig));
            Time("gs gmres", () => GaussSeidelGmres.Solve(split, bg, yg, 1e-12, 60, SolveBudget.Unlimited, out _));
            Time("gs backward", () => split.Backward(bg, yg));
            Time("gs lower", () => split.LowerPlus(bg, yg, yj, bg));
            Time("jacobi gmres", () => { for (var i = 0; i < yj.Length; i++) yj[i] = bg[i] * invg[i]; Gmres.Solve(ms.Scaled, invg, bg, yj, 1e-12, 60, SolveBudget.Unlimited, out _, out _, verified: false); });
        }
        var b = new double[net.N];
        b[net.Reference] = c.Demand * eq.Row[net.Reference];
        var its = 0;
        Time("gmres", () =>
        {
            var y = new double[net.N];
            var inv = BiCgStab.InverseDiagonal(eq.Scaled);
            for (var i = 0; i < y.Length; i++) y[i] = b[i] * inv[i];
            Gmres.Solve(eq.Scaled, inv, b, y, 1e-12, 4000, SolveBudget.Unlimited, out its, out _);
        });
        var x = new double[net.N];
        Time("matvec", () => csr.MultiplyRows(x, x.AsSpan().ToArray()));
        PreparedNetwork whole = null!;
        Time("prepare", () => whole = NetworkSolver.Prepare(net.N, net.Rows, net.Cols, net.Values, net.Reference));
        Time("solve prepared", () => NetworkSolver.Solve(whole, c.Demand));
        Time("end to end", () => NetworkSolver.Solve(net.N, net.Rows, net.Cols, net.Values, net.Reference, c.Demand));
        Console.WriteLine($"{"phase",-12} {"wall min",10} {"thread cpu min",16}");
        foreach (var (name, wall, cpu) in t) Console.WriteLine($"{name,-12} {wall,8:F2} ms {cpu,8:F2} ms");
        Console.WriteLine($"gmres iterations {its}");
    }
}
