using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Certificates;

/// <summary>
/// One app instance on a given PostgreSQL database with a shared fake clock: several of these on one database are
/// several app instances behind a load balancer.
/// </summary>
public sealed class InstanceOnSharedPostgreSql(string database, FakeTimeProvider clock, string keyDirectory) : PcfCertHost
{
    public override string Provider => "PostgreSQL";

    protected override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(PostgreSqlHost.ServerConnectionString) { Database = database }.ConnectionString;

    protected override void ConfigureTestHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Certificates:Duties:Enabled", "true");
        builder.UseSetting("Certificates:Duties:IntervalSeconds", "1");
        builder.UseSetting("Signing:KeyDirectory", keyDirectory);
        builder.UseSetting("Mail:PickupDirectory", Path.Combine(keyDirectory, "mail"));
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
    }

    public static async Task CreateDatabaseAsync(string database)
    {
        await using var connection = new NpgsqlConnection(PostgreSqlHost.ServerConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    public static async Task DropDatabaseAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgreSqlHost.ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>A SQLite host on a machine without Chromium whose registry allows only a few requests per minute.</summary>
public sealed class StrictRegistrySqliteHost : SqliteHost
{
    public const int Permits = 5;

    protected override void ConfigureTestHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Registry:PermitsPerMinute", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Pdf:ChromiumPath", "/nonexistent/chromium");
    }
}
