using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace PcfCert.Browser.Tests;

/// <summary>
/// The real app on Kestrel (a fresh SQLite file) and Debian's headless Chromium driven by Playwright.
/// Playwright's own browser download cannot work here, so the executable path is fixed.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"pcfcert-browser-{Guid.NewGuid():N}.db");
    private App? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public static string ScreenshotDirectory =>
        Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        _app = new App(_database);
        _app.UseKestrel(0);
        _app.StartServer();
        BaseUrl = _app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        File.Delete(_database);
    }

    /// <summary>Runs a scenario in a new browser context; on failure keeps a full-page screenshot as a test artifact.</summary>
    public async Task RunAsync(string name, Func<IPage, Task> scenario)
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        try
        {
            await scenario(page);
        }
        catch
        {
            Directory.CreateDirectory(ScreenshotDirectory);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
            throw;
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PcfCert.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Path.GetTempPath();
    }

    private sealed class App(string database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:PcfCert", $"Data Source={database};Pooling=false");
            builder.UseSetting("urls", "http://127.0.0.1:0");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
