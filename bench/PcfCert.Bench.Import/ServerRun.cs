using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.Json;

/// <summary>
/// `server [lines | hostile [rows]] [--runs N] [--postgres CONN] [--app PcfCert.Web.dll] [--env NAME=VALUE]…`: the import
/// measured in the real web server, its own process (issue 12 item 1: "peak working set … under 300 MB"). Starts the app
/// (`dotnet PcfCert.Web.dll`, Production, Kestrel on a free 127.0.0.1 port, a fresh SQLite file or the given PostgreSQL
/// database, the demo seeded), signs in over HTTP, uploads the workbook through the inventory page's form, polls the
/// status endpoint until the import is done, and reads the server's VmHWM (peak resident set) and CPU time from /proc.
/// `--env` passes a setting to the server only, e.g. `--env DOTNET_gcServer=0` to compare the GC modes.
/// </summary>
internal static class ServerRun
{
    public static async Task<int> RunAsync(string[] args, string? postgres)
    {
        var options = Options(args);
        var hostile = options.Positional.FirstOrDefault() == "hostile";
        var lines = hostile ? 0 : options.Positional.Count > 0 ? int.Parse(options.Positional[0]) : 50_000;
        var hostileRows = hostile && options.Positional.Count > 1 ? int.Parse(options.Positional[1]) : 5_000_000;
        var app = Path.GetFullPath(options.App ?? Path.Combine(RepositoryRoot(), "src", "PcfCert.Web", "bin", "Release", "net10.0", "PcfCert.Web.dll"));
        var work = Directory.CreateTempSubdirectory("pcfcert-bench-server-");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [app])
        {
            WorkingDirectory = Path.GetDirectoryName(app)!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}", ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_ENVIRONMENT"] = "Production",
            ["Demo__Seed"] = "true", ["Database__Provider"] = postgres is null ? "Sqlite" : "PostgreSQL",
            ["Database__SqlitePath"] = Path.Combine(work.FullName, "bench.db"), ["ConnectionStrings__PcfCert"] = postgres ?? "",
            ["Signing__KeyDirectory"] = Path.Combine(work.FullName, "keys"), ["Mail__PickupDirectory"] = Path.Combine(work.FullName, "mail"),
            ["Certificates__Duties__Enabled"] = "false",
        };
        foreach (var (name, value) in options.Env)
        {
            env[name] = value;
        }
        foreach (var (name, value) in env)
        {
            start.Environment[name] = value;
        }
        var log = Path.Combine(work.FullName, "server.log");
        await using var logFile = new StreamWriter(log) { AutoFlush = true };
        Process? server = null;
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5),
            };
            // The first start migrates the empty database and seeds the factor library and the demo, once in a deployment's
            // life; the server measured is the second start on that database, as after any deployment or restart.
            var started = Stopwatch.StartNew();
            server = Start(start, logFile);
            await ReadyAsync(http, server);
            Console.WriteLine($"first start (migrates and seeds the empty database): ready after {started.ElapsedMilliseconds} ms, {Memory(server)}; stopped");
            Stop(server);
            server.Dispose();
            started.Restart();
            server = Start(start, logFile);
            await ReadyAsync(http, server);
            Console.WriteLine($"server: pid {server.Id}, {app}, {(postgres is null ? "SQLite file" : "PostgreSQL")}, " +
                $"GC {GcMode(app, options.Env)}{string.Concat(options.Env.Select(e => $", {e.Key}={e.Value}"))}");
            var session = new BenchSession(http);
            var application = await session.SignInAndCreateApplicationAsync();
            Console.WriteLine($"ready after {started.ElapsedMilliseconds} ms, signed in, application created: {Memory(server)}");
            var workbook = hostile ? BenchWorkbook.Hostile(hostileRows) : BenchWorkbook.Lines(lines);
            var shown = 0;
            for (var run = 1; run <= (hostile ? 1 : options.Runs); run++)
            {
                var cpu = Cpu(server);
                var total = Stopwatch.StartNew();
                var posted = await session.UploadAsync(application, workbook);
                var uploadMs = total.ElapsedMilliseconds;
                if (hostile)
                {
                    Console.WriteLine($"hostile workbook: {hostileRows:N0} empty rows in 原材料获取, {workbook.Length / 1024.0:F0} KiB; answered {(int)posted.StatusCode} " +
                        $"in {uploadMs} ms: {await BenchSession.RefusalAsync(posted)}");
                }
                else
                {
                    var (status, samples) = await session.WaitAsync(posted, total, () => $" {Rss(server)} MiB");
                    Console.WriteLine($"import {run}: {lines:N0} lines, {workbook.Length / 1024.0 / 1024.0:F1} MiB; upload answered in {uploadMs} ms; " +
                        $"{status.GetProperty("status").GetString()} ({status.GetProperty("linesImported").GetInt32():N0} lines) {total.ElapsedMilliseconds} ms after the upload started; " +
                        $"server CPU {(Cpu(server) - cpu).TotalSeconds:F1} s");
                    Console.WriteLine($"  progress (rows read, server's resident set): {string.Join(" | ", samples)}");
                }
                Console.WriteLine($"  server after it: {Memory(server)}");
                // The worker's own log line: the time of each step (read and validated, factor checks, matched, saved).
                lock (logFile)
                {
                    logFile.Flush();
                }
                foreach (var line in File.ReadAllLines(log).Where(l => l.Contains("Inventory import", StringComparison.Ordinal) ).Skip(shown))
                {
                    Console.WriteLine($"  server log: {line}");
                    shown++;
                }
            }
            if (!hostile)
            {
                var page = Stopwatch.StartNew();
                await http.GetStringAsync(BenchSession.Page(application));
                var pageMs = page.ElapsedMilliseconds;
                await http.GetStringAsync($"/api/v1/applications/{application}/inventories/0/model");
                Console.WriteLine($"inventory page {pageMs} ms, model download {page.ElapsedMilliseconds - pageMs} ms (not the import; two engine runs over every line): {Memory(server)}");
            }
            Console.WriteLine($"server CPU in all: {Cpu(server).TotalSeconds:F1} s; machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            return 0;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"failed: {e.Message}; the server's last lines:");
            lock (logFile)
            {
                logFile.Flush();
            }
            foreach (var line in File.ReadAllLines(log).TakeLast(30))
            {
                Console.Error.WriteLine(line);
            }
            return 1;
        }
        finally
        {
            if (server is not null)
            {
                Stop(server);
                server.Dispose();
            }
            work.Delete(recursive: true);
        }
    }

    private static Process Start(ProcessStartInfo start, StreamWriter log)
    {
        var server = Process.Start(start)!;
        server.OutputDataReceived += (_, e) => Write(log, e.Data);
        server.ErrorDataReceived += (_, e) => Write(log, e.Data);
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        return server;
    }

    // VmHWM is the process's peak resident set since it started (what the requirement bounds); VmRSS the current one.
    private static string Memory(Process server)
    {
        var status = File.ReadAllLines($"/proc/{server.Id}/status");
        string Field(string name) => status.First(l => l.StartsWith(name + ":", StringComparison.Ordinal)).Split(':')[1].Trim();
        static string MiB(string kb) => $"{long.Parse(kb.Split(' ')[0]) / 1024.0:F0} MiB";
        return $"VmHWM {MiB(Field("VmHWM"))}, VmRSS {MiB(Field("VmRSS"))} (anonymous {MiB(Field("RssAnon"))}, files {MiB(Field("RssFile"))})";
    }

    private static long Rss(Process server) =>
        long.Parse(File.ReadLines($"/proc/{server.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0]) / 1024;

    private static TimeSpan Cpu(Process server)
    {
        server.Refresh();
        return server.TotalProcessorTime;
    }

    private static async Task ReadyAsync(HttpClient http, Process server)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"the server exited with {server.ExitCode}");
            }
            try
            {
                if ((await http.GetAsync("/Account/Login")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("the server did not answer within 5 minutes");
    }

    // SIGTERM, as systemd or `docker stop` would; killed if it has not stopped after 30 s.
    private static void Stop(Process server)
    {
        if (server.HasExited)
        {
            return;
        }
        _ = Kill(server.Id, 15);
        if (!server.WaitForExit(30_000))
        {
            server.Kill();
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    // What the app's runtimeconfig.json asks for, unless the environment overrides it.
    private static string GcMode(string app, IReadOnlyDictionary<string, string> env)
    {
        var config = Path.ChangeExtension(app, ".runtimeconfig.json");
        var properties = File.Exists(config) && JsonDocument.Parse(File.ReadAllText(config)).RootElement.GetProperty("runtimeOptions")
            .TryGetProperty("configProperties", out var p) ? p : default;
        string? Setting(string name) => properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var v) ? v.ToString() : null;
        var serverGc = env.TryGetValue("DOTNET_gcServer", out var s) ? s == "1" : Setting("System.GC.Server") is "True" or "true";
        var concurrent = env.TryGetValue("DOTNET_gcConcurrent", out var c) ? c == "1" : Setting("System.GC.Concurrent") is not ("False" or "false");
        var conserve = env.GetValueOrDefault("DOTNET_GCConserveMemory") ?? Setting("System.GC.ConserveMemory");
        return $"{(serverGc ? "server" : "workstation")}{(concurrent ? ", concurrent" : ", non-concurrent")}{(conserve is null ? "" : $", conserve {conserve}")}";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PcfCert.slnx")))
        {
            root = root.Parent;
        }
        return root?.FullName ?? throw new InvalidOperationException("run the bench from the repository (or pass --app)");
    }

    private static (List<string> Positional, int Runs, string? App, Dictionary<string, string> Env) Options(string[] args)
    {
        var positional = new List<string>();
        var env = new Dictionary<string, string>();
        int runs = 1;
        string? app = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs":
                    runs = int.Parse(args[++i]);
                    break;
                case "--app":
                    app = args[++i];
                    break;
                case "--env":
                    var pair = args[++i].Split('=', 2);
                    env[pair[0]] = pair[1];
                    break;
                default:
                    positional.Add(args[i]);
                    break;
            }
        }
        return (positional, runs, app, env);
    }
}
