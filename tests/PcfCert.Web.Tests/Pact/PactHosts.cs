using Microsoft.AspNetCore.Hosting;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Pact;

/// <summary>Hosts whose PACT worker reconciles every second and delivers events every 100 ms.</summary>
public sealed class PactSqliteHost : SqliteHost
{
    protected override void ConfigureTestHost(IWebHostBuilder builder) => PactHostSettings.Apply(builder);
}

public sealed class PactPostgreSqlHost : PostgreSqlHost
{
    protected override void ConfigureTestHost(IWebHostBuilder builder) => PactHostSettings.Apply(builder);
}

internal static class PactHostSettings
{
    public static void Apply(IWebHostBuilder builder)
    {
        builder.UseSetting("Pact:SyncIntervalSeconds", "1");
        builder.UseSetting("Pact:DeliveryIntervalMilliseconds", "100");
    }
}
