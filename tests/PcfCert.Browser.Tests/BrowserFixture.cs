using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>Every confirmation a page asked for (irreversible actions), in order; each was accepted.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Confirmations { get; } = new();

    /// <summary>The running app's services, for test data made through the domain (an approved application).</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>
    /// A CEC application of the demo manufacturer taken through the domain's procedure to an approved decision, its unit
    /// 铝电解电容器 <paramref name="model"/> verified at <paramref name="kgCO2e"/> per piece; returns its id.
    /// </summary>
    public async Task<Guid> ApprovedApplicationAsync(string model, double kgCO2e)
    {
        using var scope = Services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<PcfCert.Infrastructure.Persistence.PcfCertDbContext>();
        var scheme = sp.GetRequiredService<PcfCert.Certification.Schemes.SchemeCatalog>().Get(PcfCert.Certification.Schemes.SchemeIds.Cec);
        var leader = await db.Personnel.SingleAsync(p => p.Name == "张检查员");
        var verifier = await db.Personnel.SingleAsync(p => p.Name == "刘核查员");
        var people = new PcfCert.Web.Hosting.ProcedurePeople(
            [new(leader, PcfCert.Certification.Workflow.TeamRole.Leader), new(verifier, PcfCert.Certification.Workflow.TeamRole.Member)],
            new PcfCert.Certification.Workflow.Actor("browser-reviewer", "赵复核"), new PcfCert.Certification.Workflow.Actor("browser-decision", "钱决定"));
        var party = new PcfCert.Certification.Workflow.PartyDetails("苏州示例电子元件有限公司", PcfCert.Web.Hosting.DemoData.DemoManufacturerCreditCode, "江苏省苏州市工业园区星湖街 100 号");
        var unit = new PcfCert.Certification.Workflow.CertificationUnit("electronic-components", "铝电解电容器", model, "GB/T 5993", "江苏省苏州市工业园区星湖街 100 号", "1 只");
        var id = Guid.NewGuid();
        PcfCert.Web.Hosting.ApprovedApplication.Create(db, scheme, id, "A-B-" + id.ToString("N")[..8], PcfCert.Web.Hosting.DemoData.DemoManufacturerId,
            party, unit, PcfCert.Web.Hosting.ApprovedApplication.Model(kgCO2e), people, sp.GetRequiredService<TimeProvider>().GetUtcNow());
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>A CEC application of the demo manufacturer submitted and accepted through the domain: the team is planned next.</summary>
    public Task<Guid> AcceptedApplicationAsync(string model) => PreparedAsync(model, inspecting: false);

    /// <summary>
    /// A CEC application of the demo manufacturer accepted, planned (张检查员 leading, 刘核查员 the GHG verifier) and with its
    /// on-site inspection started, through the domain: the team's checklist and verification come next.
    /// </summary>
    public Task<Guid> InspectingApplicationAsync(string model) => PreparedAsync(model, inspecting: true);

    private async Task<Guid> PreparedAsync(string model, bool inspecting)
    {
        using var scope = Services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<PcfCert.Infrastructure.Persistence.PcfCertDbContext>();
        var scheme = sp.GetRequiredService<PcfCert.Certification.Schemes.SchemeCatalog>().Get(PcfCert.Certification.Schemes.SchemeIds.Cec);
        var party = new PcfCert.Certification.Workflow.PartyDetails("苏州示例电子元件有限公司", PcfCert.Web.Hosting.DemoData.DemoManufacturerCreditCode, "江苏省苏州市工业园区星湖街 100 号");
        var unit = new PcfCert.Certification.Workflow.CertificationUnit("electronic-components", "铝电解电容器", model, "GB/T 5993", "江苏省苏州市工业园区星湖街 100 号", "1 只");
        var id = Guid.NewGuid();
        var at = sp.GetRequiredService<TimeProvider>().GetUtcNow();
        var number = "A-B-" + id.ToString("N")[..8];
        if (inspecting)
        {
            var leader = await db.Personnel.SingleAsync(p => p.Name == "张检查员");
            var verifier = await db.Personnel.SingleAsync(p => p.Name == "刘核查员");
            PcfCert.Web.Hosting.ApprovedApplication.Inspecting(db, scheme, id, number, PcfCert.Web.Hosting.DemoData.DemoManufacturerId, party, unit,
                [new(leader, PcfCert.Certification.Workflow.TeamRole.Leader), new(verifier, PcfCert.Certification.Workflow.TeamRole.Member)], at);
        }
        else
        {
            PcfCert.Web.Hosting.ApprovedApplication.Accepted(db, scheme, id, number, PcfCert.Web.Hosting.DemoData.DemoManufacturerId, party, unit, at);
        }
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>Where the app's mail goes (pickup-directory transport).</summary>
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), $"pcfcert-browser-mail-{Guid.NewGuid():N}");

    public static string ScreenshotDirectory =>
        Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        _app = new App(_database, MailDirectory);
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
        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }
    }

    /// <summary>Runs a scenario in a new browser context; on failure keeps a full-page screenshot as a test artifact.</summary>
    public async Task RunAsync(string name, Func<IPage, Task> scenario)
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        AcceptConfirmations(page);
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

    /// <summary>A new browser context signed in as <paramref name="email"/>, for scenarios where several people take turns.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string password = "PcfCert-demo-2026")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        AcceptConfirmations(page);
        context.Page += (_, extra) => AcceptConfirmations(extra);
        await SignInAsync(page, email, password);
        return page;
    }

    /// <summary>Signs <paramref name="page"/> in through the login form and waits until the page shows who is signed in.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = "PcfCert-demo-2026")
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.GetByTestId("sign-in").ClickAsync();
        await Assertions.Expect(page.GetByTestId("who")).ToBeVisibleAsync();
    }

    /// <summary>Runs a scenario with several signed-in people; on failure keeps a screenshot of each page.</summary>
    public async Task RunAsync(string name, Func<Func<string, Task<IPage>>, Task> scenario)
    {
        var pages = new List<(string Who, IPage Page)>();
        async Task<IPage> Open(string email)
        {
            var page = await SignedInPageAsync(email);
            pages.Add((email.Split('@')[0], page));
            return page;
        }
        try
        {
            await scenario(Open);
        }
        catch
        {
            Directory.CreateDirectory(ScreenshotDirectory);
            foreach (var (who, page) in pages)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}-{who}.png"), FullPage = true });
            }
            throw;
        }
        finally
        {
            foreach (var (_, page) in pages)
            {
                await page.Context.DisposeAsync();
            }
        }
    }

    private void AcceptConfirmations(IPage page) => page.Dialog += async (_, dialog) =>
    {
        Confirmations.Enqueue(dialog.Message);
        await dialog.AcceptAsync();
    };

    public static string RepositoryRootPath => RepositoryRoot();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PcfCert.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Path.GetTempPath();
    }

    private sealed class App(string database, string mail) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("ConnectionStrings:PcfCert", $"Data Source={database};Pooling=false");
            builder.UseSetting("urls", "http://127.0.0.1:0");
            builder.UseSetting("Mail:PickupDirectory", mail);
            builder.UseSetting("Notifications:IntervalSeconds", "1");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
