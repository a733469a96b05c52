using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace PcfCert.Web.Tests.Infrastructure;

/// <summary>The real app on a real database of one provider: a fresh SQLite file or a fresh PostgreSQL database.</summary>
public abstract class PcfCertHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public abstract string Provider { get; }

    /// <summary>Where this host's e-mail goes (the pickup-directory transport), one directory per host.</summary>
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), $"pcfcert-mail-{Guid.NewGuid():N}");

    protected abstract string ConnectionString { get; }

    /// <summary>Test hosts ask for the demo users explicitly (outside Development nothing is seeded by default).</summary>
    protected virtual bool SeedsDemo => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:PcfCert", ConnectionString);
        if (SeedsDemo)
        {
            builder.UseSetting("Demo:Seed", "true");
        }
        builder.UseSetting("Mail:PickupDirectory", MailDirectory);
        builder.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ThrowingEndpoint>());
        ConfigureTestHost(builder);
    }

    protected virtual void ConfigureTestHost(IWebHostBuilder builder)
    {
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }
    }

    public TestClient CreateTestClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
}

public class SqliteHost : PcfCertHost
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"pcfcert-test-{Guid.NewGuid():N}.db");

    public override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={_file};Pooling=false";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_file);
    }
}

public class PostgreSqlHost : PcfCertHost
{
    private readonly string _database = $"pcfcert_test_{Guid.NewGuid():N}";

    public override string Provider => "PostgreSQL";

    protected override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database }.ConnectionString;

    /// <summary>The server that ./test.sh started. Missing is a failure, never a skip.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("PCFCERT_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "PCFCERT_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a PostgreSQL server for them.");

    public override async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
