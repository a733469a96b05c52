using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>Applies pending migrations and, unless <c>Demo:Seed</c> is false, seeds the demo data (idempotent).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
            await db.Database.MigrateAsync();
            // Reference data, not demo data: the factor library is seeded on every start (idempotent).
            await Features.Factors.FactorSeed.SeedAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>());
            if (app.Configuration.GetValue("Demo:Seed", true))
            {
                await DemoData.SeedAsync(scope.ServiceProvider, app.Configuration["Demo:Password"] ?? DemoData.DefaultPassword);
            }
        }

        app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app));
    }

    private static void PrintWelcome(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var lines = new List<string> { string.Empty, "PcfCert is running:" };
        lines.AddRange(addresses.Select(a => "  " + a));
        if (app.Configuration.GetValue("Demo:Seed", true))
        {
            var password = app.Configuration["Demo:Password"] ?? DemoData.DefaultPassword;
            lines.Add($"Demo sign-ins (password {password}):");
            lines.AddRange(DemoData.Users.Select(u => $"  {u.Role,-22} {u.Email}"));
        }
        Console.WriteLine(string.Join(Environment.NewLine, lines) + Environment.NewLine);
    }
}
