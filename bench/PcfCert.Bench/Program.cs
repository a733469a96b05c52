using System.Diagnostics;
using BenchmarkDotNet.Running;
using PcfCert.Bench;
using PcfCert.Footprint.Solver;

// pcfcert bench:
//   export FILE      write the 20,000-process network as COO text (read by bench/scipy_compare.py)
//   solve FILE [k] [direct]   time NetworkSolver on that file k times with a stopwatch (same matrix as scipy);
//                    "direct" forces the sparse LU for every cyclic block instead of BiCGSTAB first
//   sweep COUNT [DIR] [k]   the solver sweep: COUNT rescaled 20,000-process networks, CSV to stdout; DIR gets binary COO for scipy
//   e2e SEED [k]     the sweep's end-to-end call on one network k times: process and thread CPU, bytes allocated, collections
//   anything else    BenchmarkDotNet (e.g. --filter '*')
if (args is ["profile", var seedText, ..])
{
    Profile.Run(int.Parse(seedText, System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}
if (args is ["e2e", var e2eSeed, ..])
{
    EndToEnd.Run(int.Parse(e2eSeed, System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
    return;
}
if (args is ["sweep", var countText, ..])
{
    Sweep.Run(int.Parse(countText, System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 && args[2].Length > 0 ? args[2] : null,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}
if (args is ["export", var file]) { LcaNetwork.Create().WriteCoo(file); Console.WriteLine($"wrote {file}"); return; }
if (args is ["solve", var coo, ..])
{
    var net = LcaNetwork.ReadCoo(coo);
    var repeats = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7;
    var directLimit = args.Length > 3 && args[3] == "direct" ? int.MaxValue : BlockSolver.DefaultDirectLimit;
    var times = new List<double>();
    var cpu = new List<double>();
    var process = Process.GetCurrentProcess();
    SolveReport? report = null;
    for (var k = 0; k < repeats + 1; k++)
    {
        process.Refresh();
        var cpuStart = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var (_, r, failure) = NetworkSolver.Solve(net.N, net.Rows, net.Cols, net.Values, net.Reference, 1, directLimit);
        sw.Stop();
        if (failure is not null) throw new InvalidOperationException(failure.Detail);
        report = r;
        process.Refresh();
        if (k > 0) { times.Add(sw.Elapsed.TotalMilliseconds); cpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds); } // first run warms the JIT
    }
    times.Sort();
    cpu.Sort();
    Console.WriteLine($"pcfcert NetworkSolver: n={net.N} triplets={net.Rows.Length} wall median {times[times.Count / 2]:F2} ms, min {times[0]:F2} ms, " +
        $"cpu median {cpu[cpu.Count / 2]:F2} ms, " +
        $"residual {report!.RelativeResidual:E2}, components {report.Components}, largest block {report.LargestBlock}, methods {string.Join("+", report.Methods)}");
    // The part scipy's timing covers: the matrix is already compressed (and here ordered); solve one demand,
    // with every check NetworkSolver makes (block and global residual, refinement, negative scaling).
    var prepared = NetworkSolver.Prepare(net.N, net.Rows, net.Cols, net.Values, net.Reference, directLimit);
    var iterCpu = new List<double>();
    var iterWall = new List<double>();
    for (var k = 0; k < repeats + 1; k++)
    {
        process.Refresh();
        var cpuStart = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var (_, _, failure) = NetworkSolver.Solve(prepared, 1);
        sw.Stop();
        if (failure is not null) throw new InvalidOperationException(failure.Detail);
        process.Refresh();
        if (k > 0) { iterCpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds); iterWall.Add(sw.Elapsed.TotalMilliseconds); }
    }
    iterCpu.Sort();
    iterWall.Sort();
    Console.WriteLine($"  prepared network, solve per demand (all checks): cpu median {iterCpu[iterCpu.Count / 2]:F2} ms, wall median {iterWall[iterWall.Count / 2]:F2} ms, min {iterWall[0]:F2} ms");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(LcaNetwork).Assembly).Run(args);
