// Times the import of a 50,000-line data-collection workbook end to end, through the real app (in-memory HTTP server,
// SQLite file, background worker): upload → stored and counted → read, validated, matched, saved → report accepted.
// Then the inventory page (which builds the model and runs the checks on every line) and the model download.
// With `hostile [rows]` it uploads instead the template with millions of compressed empty rows in one sheet (issue 12)
// and reports how fast it is refused. Both print the peak working set of the process (the whole app and the client).
// Usage: dotnet run -c Release --project bench/PcfCert.Bench.Import [-- lines | -- hostile [rows]] [--postgres "CONNECTION STRING"]
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;
using PcfCert.Footprint.Units;
using PcfCert.Infrastructure.DataCollection;

internal static class ImportBenchmark
{
    public static async Task Main(string[] args)
    {
        // `--postgres "Host=…;Database=…"` imports into that PostgreSQL database (migrated at start) instead of a SQLite file.
        var pg = Array.IndexOf(args, "--postgres");
        var postgres = pg >= 0 && pg + 1 < args.Length ? args[pg + 1] : null;
        args = pg >= 0 ? [.. args.Take(pg), .. args.Skip(pg + 2)] : args;
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
            var token = new Regex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
            async Task<string> Token(string page) => token.Match(await http.GetStringAsync(page)).Groups[1].Value;

            var login = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "applicant@demo.pcfcert.cn", ["Password"] = "PcfCert-demo-2026", ["__RequestVerificationToken"] = await Token("/Account/Login"),
            }));
            if ((int)login.StatusCode != 302)
            {
                throw new InvalidOperationException("sign-in failed");
            }
            var created = await http.PostAsJsonAsync("/api/v1/applications", new { schemeId = "cec-7065cvp-a0" });
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            const string party = "苏州示例电子元件有限公司", code = "91320594MA1N2K3P4Y", address = "江苏省苏州市工业园区星湖街 100 号";
            var form = await http.PostAsJsonAsync($"/api/v1/applications/{id}/actions/save-form", new
            {
                applicantName = party, applicantCreditCode = code, applicantAddress = address, manufacturerName = party, manufacturerCreditCode = code,
                manufacturerAddress = address, factoryName = party, factoryCreditCode = code, factoryAddress = address,
                unitProduct = new[] { "electronic-components" }, unitName = new[] { "薄膜电容器" }, unitModel = new[] { "CBB65 450V 30uF" }, unitStandard = new[] { "GB/T 3667.1" }, unitSite = new[] { address },
            });
            form.EnsureSuccessStatusCode();

            // The workbook: lines alternate between raw materials in kg (diesel factor as a stand-in for a material factor) and
            // production electricity in kWh, a tenth of them plant-level. The seeded library factors make every line match.
            var product = new ProductInformation("薄膜电容器", "CBB65 450V 30uF", new Quantity(1, "piece"), 0.12, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31),
                1_000_000, 120_000, 4_000_000, 600_000, null, null, false, SystemBoundary.CradleToGate, AllocationMethod.Mass, "王工", null);
            var inventoryLines = Enumerable.Range(0, lines).Select(i => i % 2 == 0
                ? new InventoryLine(LifeCycleStage.RawMaterialAcquisition, $"原料 {i}", 1 + i % 7, "kg", Acquisition.Purchased, null, null, null, "采购发票",
                    DataKind.Primary, "cn-fuel-diesel", false, false, null)
                : new InventoryLine(LifeCycleStage.Production, $"电力 {i}", 10 + i % 13, "kWh", Acquisition.Purchased, null, null, null, "电表读数",
                    i % 10 == 1 ? DataKind.Secondary : DataKind.Primary, "cn-elec-lcf-2023-national-average", i % 10 == 1, false, null)).ToList();
            using var workbook = new MemoryStream();
            var write = Stopwatch.StartNew();
            InventoryWorkbookWriter.Write(workbook, new TemplateSpec(product.Name, product.Model, product.Boundary, [.. UnitTable.Symbols], []),
                new ActivityInventory(product, inventoryLines, [.. InventoryTemplate.SheetsFor(product.Boundary)
                    .Select(s => new StageSheetHeader(s.Stage, new DateOnly(2026, 1, 15), "李工", null))]));
            write.Stop();
            var uploadBytes = hostile
                ? PcfCert.Web.Tests.DataCollection.HostileWorkbook.ManyRows(TemplateBytes(product), hostileRows)
                : workbook.ToArray();
            // The bench's own 50,000 lines go before the upload, so the figures below are the app's (host, worker, client).
            inventoryLines = null!;
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

            var page = $"/DataCollection/Inventory/{id}/0";
            using var upload = new MultipartFormDataContent
            {
                { new StringContent(await Token(page)), "__RequestVerificationToken" },
                { new ByteArrayContent(uploadBytes), "file", "bench.xlsx" },
            };
            var total = Stopwatch.StartNew();
            var posted = await http.PostAsync($"{page}?handler=Upload", upload);
            var uploadMs = total.ElapsedMilliseconds;
            if (hostile)
            {
                process.Refresh();
                Console.WriteLine($"hostile workbook: {hostileRows:N0} empty rows in 原材料获取, {uploadBytes.Length / 1024.0:F0} KiB uploaded");
                Console.WriteLine($"answered {(int)posted.StatusCode} in {uploadMs} ms: {Regex.Match(WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()), "工作表“[^”]+”超过[^<]+").Value}");
                Console.WriteLine($"peak working set of the process: {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB (sampled during the upload: {sampledPeak / 1024.0 / 1024.0:F0} MiB)");
                return;
            }
            var importId = posted.Headers.Location!.OriginalString.Split("import=")[1];
            JsonElement status;
            var samples = new List<string>();
            while (true)
            {
                status = await http.GetFromJsonAsync<JsonElement>($"/api/v1/inventory-imports/{importId}");
                samples.Add($"{total.ElapsedMilliseconds} ms: {status.GetProperty("rowsRead").GetInt32()}/{status.GetProperty("totalRows").GetInt32()}");
                if (status.GetProperty("status").GetString() != "Running")
                {
                    break;
                }
                await Task.Delay(250);
            }
            total.Stop();
            var importPeak = sampledPeak;

            var pageTime = Stopwatch.StartNew();
            var inventoryPage = await http.GetStringAsync(page);
            pageTime.Stop();
            var modelTime = Stopwatch.StartNew();
            var model = await http.GetStringAsync($"/api/v1/applications/{id}/inventories/0/model");
            modelTime.Stop();
            var totalMatch = Regex.Match(inventoryPage, "data-testid=\"inventory-total\">\\s*<strong>([^<]+)</strong>");

            Console.WriteLine($"lines: {lines:N0}; workbook {workbook.Length / 1024.0 / 1024.0:F1} MiB, written in {write.ElapsedMilliseconds} ms");
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

    private static byte[] TemplateBytes(ProductInformation product)
    {
        using var template = new MemoryStream();
        InventoryWorkbookWriter.Write(template, new TemplateSpec(product.Name, product.Model, product.Boundary, [.. UnitTable.Symbols], []));
        return template.ToArray();
    }
}
