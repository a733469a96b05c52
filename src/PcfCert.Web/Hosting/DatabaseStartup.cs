using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>
    /// Whether the demo users (with their published password) and demo data are seeded: <c>Demo:Seed</c> when set
    /// (<c>./run.sh</c> sets it), otherwise only in the Development environment. A production start never seeds them by default.
    /// </summary>
    public static bool SeedsDemo(this WebApplication app) => app.Configuration.GetValue("Demo:Seed", app.Environment.IsDevelopment());

    /// <summary>Applies pending migrations, creates the roles and the configured first administrator, and seeds the demo data when asked (idempotent).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
            await db.Database.MigrateAsync();
            // Reference data, not demo data: the factor library is seeded on every start (idempotent).
            await Features.Factors.FactorSeed.SeedAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>());
            if (app.SeedsDemo())
            {
                await DemoData.SeedAsync(scope.ServiceProvider, app.Configuration["Demo:Password"] ?? DemoData.DefaultPassword);
            }
            await InitialAdministrator.EnsureAsync(scope.ServiceProvider, app.Configuration, app.Logger);
        }

        app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app));
    }

    private static void PrintWelcome(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var lines = new List<string> { string.Empty, "PcfCert is running:" };
        lines.AddRange(addresses.Select(a => "  " + a));
        if (app.SeedsDemo())
        {
            var password = app.Configuration["Demo:Password"] ?? DemoData.DefaultPassword;
            lines.Add($"Demo sign-ins (password {password}):");
            lines.AddRange(DemoData.Users.Select(u => $"  {u.Role,-22} {u.Email}"));
        }
        Console.WriteLine(string.Join(Environment.NewLine, lines) + Environment.NewLine);
    }
}
