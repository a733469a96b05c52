using System.Diagnostics;
using PcfCert.Footprint.Solver;

namespace PcfCert.Bench;

/// <summary>
/// `e2e SEED [k]`: the sweep's end-to-end call on one network k times, printing per run the process CPU time (what the
/// sweep reports: every thread, the garbage collector's included; the kernel's part, page faults mostly), the calling
/// thread's CPU time, the bytes allocated
/// and the collections, to see what a solve costs besides its own arithmetic.
/// </summary>
internal static class EndToEnd
{
    public static void Run(int seed, int k)
    {
        var c = RandomNetworks.Case(seed);
        var net = c.Network;
        var process = Process.GetCurrentProcess();
        for (var i = 0; i <= k; i++)
        {
            var gc = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var bytes = GC.GetTotalAllocatedBytes(true);
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var sys0 = process.PrivilegedProcessorTime;
            var t0 = Profile.ThreadCpuMs();
            var budget = new SolveBudget(TimeProvider.System, TimeSpan.FromSeconds(20), 256L * 1024 * 1024);
            var (_, report, failure) = NetworkSolver.Solve(net.N, net.Rows, net.Cols, net.Values, net.Reference, c.Demand, budget: budget);
            var thread = Profile.ThreadCpuMs() - t0;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds;
            var sys = (process.PrivilegedProcessorTime - sys0).TotalMilliseconds;
            Console.WriteLine($"run {i}: process cpu {cpu,7:F2} ms (kernel {sys,5:F2}), thread cpu {thread,7:F2} ms, allocated {(GC.GetTotalAllocatedBytes(true) - bytes) / 1048576.0,6:F1} MiB, " +
                $"gc {GC.CollectionCount(0) - gc.Item1}/{GC.CollectionCount(1) - gc.Item2}/{GC.CollectionCount(2) - gc.Item3}, " +
                $"{(failure is null ? string.Join("+", report!.Methods) : failure.Code.ToString())}");
        }
    }
}
