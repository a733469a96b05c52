using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Infrastructure.Identity;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Security.Tests;

/// <summary>
/// Issue 12 item 3 (OWASP ASVS 2.3.1/14.1): a production start seeds no demo users with the published password; without
/// a configured administrator it creates nobody; with <c>Admin:Email</c>/<c>Admin:Password</c> it creates exactly that
/// administrator, once.
/// </summary>
public abstract class BareProductionScenarios<THost>(THost bare) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task A_production_start_without_the_switch_has_no_demo_users_and_no_administrator()
    {
        await using var scope = bare.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.False(await db.Organisations.AnyAsync(o => o.Id == Demo.Manufacturer), "the demo manufacturer was seeded");
        // The roles exist, so the first administrator can be given one.
        Assert.True(await db.Roles.CountAsync() >= 9);

        using var client = bare.CreateTestClient();
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(Demo.Admin)).StatusCode); // the page again, with the error
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/v1/me")).StatusCode);
    }

}

/// <summary>Issue 12 item 3: <c>Admin:Email</c>/<c>Admin:Password</c> create exactly that administrator and no demo user.</summary>
public abstract class ConfiguredAdministratorScenarios<THost>(THost configured) : IClassFixture<THost> where THost : PcfCertHost
{
    public const string AdminEmail = "root@cb.example.cn";
    public const string AdminPassword = "Initial-Admin-2026";

    [Fact]
    public async Task A_production_start_with_a_configured_administrator_has_exactly_that_administrator()
    {
        await using (var scope = configured.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var all = await users.Users.Select(u => u.Email).ToListAsync();
            Assert.Equal([AdminEmail], all);
            Assert.Equal([AdminEmail], (await users.GetUsersInRoleAsync("Administrator")).Select(u => u.Email));
        }
        using var admin = configured.CreateTestClient();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(AdminEmail, AdminPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/Users")).StatusCode);
        using var demo = configured.CreateTestClient();
        Assert.Equal(HttpStatusCode.OK, (await demo.SignInAsync(Demo.Admin)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await demo.Http.GetAsync("/api/v1/me")).StatusCode);
    }
}

internal static class ProductionStart
{
    public static void Configure(IWebHostBuilder builder, bool withAdmin)
    {
        builder.UseEnvironment("Production");
        if (withAdmin)
        {
            builder.UseSetting("Admin:Email", ConfiguredAdministratorScenarios<SqliteHost>.AdminEmail);
            builder.UseSetting("Admin:Password", ConfiguredAdministratorScenarios<SqliteHost>.AdminPassword);
        }
    }
}

public sealed class BareProductionSqliteHost : SqliteHost
{
    protected override bool SeedsDemo => false;

    protected override void ConfigureTestHost(IWebHostBuilder builder) => ProductionStart.Configure(builder, withAdmin: false);
}

public sealed class AdminProductionSqliteHost : SqliteHost
{
    protected override bool SeedsDemo => false;

    protected override void ConfigureTestHost(IWebHostBuilder builder) => ProductionStart.Configure(builder, withAdmin: true);
}

public sealed class BareProductionPostgreSqlHost : PostgreSqlHost
{
    protected override bool SeedsDemo => false;

    protected override void ConfigureTestHost(IWebHostBuilder builder) => ProductionStart.Configure(builder, withAdmin: false);
}

public sealed class AdminProductionPostgreSqlHost : PostgreSqlHost
{
    protected override bool SeedsDemo => false;

    protected override void ConfigureTestHost(IWebHostBuilder builder) => ProductionStart.Configure(builder, withAdmin: true);
}

public sealed class BareProductionOnSqlite(BareProductionSqliteHost host) : BareProductionScenarios<BareProductionSqliteHost>(host);

public sealed class BareProductionOnPostgreSql(BareProductionPostgreSqlHost host) : BareProductionScenarios<BareProductionPostgreSqlHost>(host);

public sealed class ConfiguredAdministratorOnSqlite(AdminProductionSqliteHost host) : ConfiguredAdministratorScenarios<AdminProductionSqliteHost>(host);

public sealed class ConfiguredAdministratorOnPostgreSql(AdminProductionPostgreSqlHost host) : ConfiguredAdministratorScenarios<AdminProductionPostgreSqlHost>(host);
