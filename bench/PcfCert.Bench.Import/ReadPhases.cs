using System.Diagnostics;
using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;
using PcfCert.Infrastructure.DataCollection;

/// <summary>
/// `read [lines] [runs]`: the import's reading and validation alone, in process, without the app or a database — the
/// package check and row count done at upload, then the streamed read with every row validated (the worker's
/// <c>ReadInto</c>) and the factor checks, each run timed in wall clock and in CPU time of the process. The first run
/// includes the JIT compilation a fresh server pays on its first import; the later ones are the steady state.
/// </summary>
internal static class ReadPhases
{
    private static string Memory()
    {
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        return $"{info.TotalCommittedBytes / 1048576.0:F0}/{info.HeapSizeBytes / 1048576.0:F0} MiB (peak VmHWM {File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM", StringComparison.Ordinal)).Split(':')[1].Trim()})";
    }

    public static void Run(int lines, int runs)
    {
        var bytes = BenchWorkbook.Lines(lines);
        Console.WriteLine($"workbook: {lines:N0} lines, {bytes.Length / 1024.0 / 1024.0:F1} MiB");
        var factor = new EmissionFactor("bench", "kg", 1, null);
        var electricity = new EmissionFactor("bench-kwh", "kWh", 1, null);
        for (var run = 1; run <= runs; run++)
        {
            var heap0 = GC.GetTotalMemory(forceFullCollection: true);
            var before = Memory();
            var allocated0 = GC.GetTotalAllocatedBytes(precise: true);
            var process = Process.GetCurrentProcess();
            var cpu0 = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            WorkbookLimits.CheckPackage(bytes);
            var rows = InventoryWorkbookReader.CountRows(new MemoryStream(bytes));
            var uploadMs = wall.ElapsedMilliseconds;
            process.Refresh();
            var cpu1 = process.TotalProcessorTime;
            var reading = new InventoryReading();
            InventoryWorkbookReader.ReadInto(new MemoryStream(bytes), reading);
            var readMs = wall.ElapsedMilliseconds;
            process.Refresh();
            var cpu2 = process.TotalProcessorTime;
            var (inventory, issues) = reading.Finish(key => key.Contains("elec", StringComparison.Ordinal) ? electricity : factor);
            process.Refresh();
            var cpu3 = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated0;
            var after = Memory();
            var held = GC.GetTotalMemory(forceFullCollection: true) - heap0;
            var matches = inventory is null ? null : InventoryModelBuilder.Build(inventory, key => key.Contains("elec", StringComparison.Ordinal) ? electricity : factor).Matches;
            var heldWithMatches = GC.GetTotalMemory(forceFullCollection: true) - heap0;
            Console.WriteLine($"run {run}: upload check + row count {uploadMs} ms (CPU {(cpu1 - cpu0).TotalMilliseconds:F0} ms, {rows:N0} rows); " +
                $"read + validate {readMs - uploadMs} ms (CPU {(cpu2 - cpu1).TotalMilliseconds:F0} ms); factor checks {wall.ElapsedMilliseconds - readMs} ms " +
                $"(CPU {(cpu3 - cpu2).TotalMilliseconds:F0} ms); {inventory?.Lines.Count ?? 0:N0} lines, {issues.Count} issues; " +
                $"GC gen0/1/2 so far {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
            Console.WriteLine($"  allocated while reading {allocated / 1048576.0:F0} MiB; held afterwards (the valid lines) {held / 1048576.0:F1} MiB, " +
                $"with the {matches?.Count ?? 0:N0} line matches {heldWithMatches / 1048576.0:F1} MiB; working set {Environment.WorkingSet / 1048576.0:F0} MiB");
            Console.WriteLine($"  GC heap committed / size before {before} -> after reading {after}");
            GC.KeepAlive(inventory);
            GC.KeepAlive(matches);
        }
    }
}
