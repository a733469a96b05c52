// Times the import of a 50,000-line data-collection workbook end to end, through the real app (in-memory HTTP server,
// SQLite file, background worker): upload → stored and counted → read, validated, matched, saved → report accepted.
// Then the inventory page (which builds the model and runs the checks on every line) and the model download.
// With `hostile [rows]` it uploads instead the template with millions of compressed empty rows in one sheet (issue 12)
// and reports how fast it is refused. Both print the peak working set of this process (the whole app and the client).
// `server …` measures the same in the real web server, its own process (ServerRun); `read …` the reading alone (ReadPhases).
// Usage: dotnet bench/PcfCert.Bench.Import/bin/Release/net10.0/PcfCert.Bench.Import.dll
//          [lines | hostile [rows] | server [lines | hostile [rows]] [--runs N] [--env NAME=VALUE] | read [lines] [runs]] [--postgres "CONNECTION STRING"]
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

internal static class ImportBenchmark
{
    public static async Task Main(string[] args)
    {
        // `--postgres "Host=…;Database=…"` imports into that PostgreSQL database (migrated at start) instead of a SQLite file.
        var pg = Array.IndexOf(args, "--postgres");
        var postgres = pg >= 0 && pg + 1 < args.Length ? args[pg + 1] : null;
        args = pg >= 0 ? [.. args.Take(pg), .. args.Skip(pg + 2)] : args;
        if (args.Length > 0 && args[0] == "server")
        {
            Environment.ExitCode = await ServerRun.RunAsync(args[1..], postgres);
            return;
        }
        if (args.Length > 0 && args[0] == "read")
        {
            ReadPhases.Run(args.Length > 1 ? int.Parse(args[1]) : 50_000, args.Length > 2 ? int.Parse(args[2]) : 3);
            return;
        }
        var hostile = args.Length > 0 && args[0] == "hostile";
        var lines = hostile ? 0 : args.Length > 0 ? int.Parse(args[0]) : 50_000;
        var hostileRows = hostile && args.Length > 1 ? int.Parse(args[1]) : 5_000_000;
        var work = Directory.CreateTempSubdirectory("pcfcert-bench-import-");
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PcfCert.slnx")))
        {
            root = root.Parent;
        }
        // WebApplicationFactory looks for the web project next to a .sln; this repository has a .slnx.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PCFCERT_WEB", Path.Combine(root!.FullName, "src", "PcfCert.Web"));
        try
        {
            await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Production");
                b.UseSetting("Database:Provider", postgres is null ? "Sqlite" : "PostgreSQL");
                b.UseSetting("ConnectionStrings:PcfCert", postgres ?? $"Data Source={Path.Combine(work.FullName, "bench.db")}");
                b.UseSetting("Demo:Seed", "true");
                b.UseSetting("Signing:KeyDirectory", Path.Combine(work.FullName, "keys"));
                b.UseSetting("Mail:PickupDirectory", Path.Combine(work.FullName, "mail"));
                b.UseSetting("Certificates:Duties:Enabled", "false");
                b.UseSetting("Logging:LogLevel:Default", "Warning");
            });
            var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            var session = new BenchSession(http);
            var id = await session.SignInAndCreateApplicationAsync();

            var write = Stopwatch.StartNew();
            var uploadBytes = hostile ? BenchWorkbook.Hostile(hostileRows) : BenchWorkbook.Lines(lines);
            write.Stop();
            // The bench's own 50,000 lines went before the upload (a collection below), so the figures below are the app's (host, worker, client).
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var process = Process.GetCurrentProcess();
            process.Refresh();
            var startSet = process.WorkingSet64;
            long sampledPeak = 0;
            using var sampler = new Timer(_ =>
            {
                process.Refresh();
                sampledPeak = Math.Max(sampledPeak, process.WorkingSet64);
            }, null, 0, 20);

            var page = BenchSession.Page(id);
            var gcBefore = (G0: GC.CollectionCount(0), G1: GC.CollectionCount(1), G2: GC.CollectionCount(2), Pause: GC.GetTotalPauseDuration(), Cpu: process.TotalProcessorTime);
            var total = Stopwatch.StartNew();
            var posted = await session.UploadAsync(id, uploadBytes);
            var uploadMs = total.ElapsedMilliseconds;
            if (hostile)
            {
                process.Refresh();
                Console.WriteLine($"hostile workbook: {hostileRows:N0} empty rows in 原材料获取, {uploadBytes.Length / 1024.0:F0} KiB uploaded");
                Console.WriteLine($"answered {(int)posted.StatusCode} in {uploadMs} ms: {await BenchSession.RefusalAsync(posted)}");
                Console.WriteLine($"peak working set of the process: {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB (sampled during the upload: {sampledPeak / 1024.0 / 1024.0:F0} MiB)");
                return;
            }
            var (status, samples) = await session.WaitAsync(posted, total);
            total.Stop();
            var importPeak = sampledPeak;
            process.Refresh();
            Console.WriteLine($"during the import: GC gen0/1/2 {GC.CollectionCount(0) - gcBefore.G0}/{GC.CollectionCount(1) - gcBefore.G1}/{GC.CollectionCount(2) - gcBefore.G2}, " +
                $"GC pauses {(GC.GetTotalPauseDuration() - gcBefore.Pause).TotalMilliseconds:F0} ms, CPU {(process.TotalProcessorTime - gcBefore.Cpu).TotalSeconds:F1} s, server GC {System.Runtime.GCSettings.IsServerGC}");

            var pageTime = Stopwatch.StartNew();
            var inventoryPage = await http.GetStringAsync(page);
            pageTime.Stop();
            var modelTime = Stopwatch.StartNew();
            var model = await http.GetStringAsync($"/api/v1/applications/{id}/inventories/0/model");
            modelTime.Stop();
            var totalMatch = Regex.Match(inventoryPage, "data-testid=\"inventory-total\">\\s*<strong>([^<]+)</strong>");

            Console.WriteLine($"lines: {lines:N0}; workbook {uploadBytes.Length / 1024.0 / 1024.0:F1} MiB, written in {write.ElapsedMilliseconds} ms");
            Console.WriteLine($"upload answered (stored, rows counted, queued): {uploadMs} ms");
            Console.WriteLine($"import finished ({status.GetProperty("status").GetString()}, {status.GetProperty("linesImported").GetInt32():N0} lines): {total.ElapsedMilliseconds} ms after the upload started");
            Console.WriteLine($"progress samples: {string.Join(" | ", samples.Take(3).Concat(samples.Skip(Math.Max(3, samples.Count - 2))))}");
            Console.WriteLine($"inventory page with checks on every line: {pageTime.ElapsedMilliseconds} ms (footprint {totalMatch.Groups[1].Value})");
            Console.WriteLine($"model download: {modelTime.ElapsedMilliseconds} ms, {model.Length / 1024.0 / 1024.0:F1} MiB");
            process.Refresh();
            Console.WriteLine($"peak working set of the process: {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB (sampled: {startSet / 1024.0 / 1024.0:F0} MiB before the upload, {importPeak / 1024.0 / 1024.0:F0} MiB at most until the import finished, {sampledPeak / 1024.0 / 1024.0:F0} MiB with the page and the download)");
            var cpu = process.TotalProcessorTime;
            Console.WriteLine($"database: {(postgres is null ? "SQLite file" : "PostgreSQL")}; CPU time of the process (app, client, workbook generation): {cpu.TotalSeconds:F1} s; " +
                $"VmHWM {File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM", StringComparison.Ordinal))?.Split(':')[1].Trim()}");
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
