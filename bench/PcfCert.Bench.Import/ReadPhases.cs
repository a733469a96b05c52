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
    public static void Run(int lines, int runs)
    {
        var bytes = BenchWorkbook.Lines(lines);
        Console.WriteLine($"workbook: {lines:N0} lines, {bytes.Length / 1024.0 / 1024.0:F1} MiB");
        var factor = new EmissionFactor("bench", "kg", 1, null);
        var electricity = new EmissionFactor("bench-kwh", "kWh", 1, null);
        for (var run = 1; run <= runs; run++)
        {
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
            Console.WriteLine($"run {run}: upload check + row count {uploadMs} ms (CPU {(cpu1 - cpu0).TotalMilliseconds:F0} ms, {rows:N0} rows); " +
                $"read + validate {readMs - uploadMs} ms (CPU {(cpu2 - cpu1).TotalMilliseconds:F0} ms); factor checks {wall.ElapsedMilliseconds - readMs} ms " +
                $"(CPU {(cpu3 - cpu2).TotalMilliseconds:F0} ms); {inventory?.Lines.Count ?? 0:N0} lines, {issues.Count} issues; " +
                $"GC gen0/1/2 so far {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        }
    }
}
