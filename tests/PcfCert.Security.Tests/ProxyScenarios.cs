using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Security.Tests;

/// <summary>A host with a registry budget of 3 requests a minute, so that rate-limit partitions are cheap to see.</summary>
public class SmallBudgetHost : SqliteHost
{
    protected override void ConfigureTestHost(IWebHostBuilder builder) => builder.UseSetting("Registry:PermitsPerMinute", "3");
}

/// <summary>The same, but every connection comes from 203.0.113.9, which is not a trusted proxy.</summary>
public sealed class UntrustedPeerHost : SmallBudgetHost
{
    protected override void ConfigureTestHost(IWebHostBuilder builder)
    {
        base.ConfigureTestHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerAddress>());
    }

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext c, RequestDelegate n) =>
            {
                c.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.9");
                return n(c);
            });
            next(app);
        };
    }
}

/// <summary>
/// Issue 12 item 4: behind a trusted reverse proxy the registry's per-client rate limit sees the client named in
/// X-Forwarded-For, and X-Forwarded-Proto https gives HSTS and Secure cookies; from any other peer both headers are ignored.
/// </summary>
public sealed class TrustedProxyScenarios(SmallBudgetHost host) : IClassFixture<SmallBudgetHost>
{
    [Fact]
    public async Task Each_forwarded_client_has_its_own_registry_budget()
    {
        using var first = host.CreateTestClient();
        first.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.1");
        using var second = host.CreateTestClient();
        second.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.2");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await first.Http.GetAsync("/api/v1/registry/certificates/NOPE-1")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.Http.GetAsync("/api/v1/registry/certificates/NOPE-1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.Http.GetAsync("/api/v1/registry/certificates/NOPE-1")).StatusCode);
    }

    [Fact]
    public async Task Forwarded_https_gives_hsts_and_secure_cookies()
    {
        using var client = host.CreateTestClient();
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.3");
        var page = await client.Http.GetAsync("/Account/Login");
        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
        Assert.All(page.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class UntrustedPeerScenarios(UntrustedPeerHost host) : IClassFixture<UntrustedPeerHost>
{
    [Fact]
    public async Task Forwarded_headers_from_an_untrusted_peer_are_ignored()
    {
        using var first = host.CreateTestClient();
        first.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.1");
        first.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        using var second = host.CreateTestClient();
        second.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.2");
        for (var i = 0; i < 3; i++)
        {
            var response = await first.Http.GetAsync("/api/v1/registry/certificates/NOPE-1");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        }
        // Both clients are the one peer 203.0.113.9: the budget is shared.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await second.Http.GetAsync("/api/v1/registry/certificates/NOPE-1")).StatusCode);
    }
}
