using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PcfCert.Web.Tests.Certificates;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Registry;

/// <summary>
/// The registry cache on two app instances sharing one PostgreSQL database: an entry is served with an ETag (304 on
/// If-None-Match), and a suspension made through one instance is visible through the other within one second.
/// </summary>
public sealed class RegistryCacheOnTwoInstances : IAsyncLifetime
{
    private readonly string _database = $"pcfcert_registry_{Guid.NewGuid():N}";
    private readonly string _keys = Path.Combine(Path.GetTempPath(), $"pcfcert-keys-{Guid.NewGuid():N}");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
    private InstanceOnSharedPostgreSql _a = null!;
    private InstanceOnSharedPostgreSql _b = null!;

    public async Task InitializeAsync()
    {
        await InstanceOnSharedPostgreSql.CreateDatabaseAsync(_database);
        _a = new InstanceOnSharedPostgreSql(_database, _clock, _keys);
        _b = new InstanceOnSharedPostgreSql(_database, _clock, _keys);
        _a.CreateClient().Dispose();
        _b.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await InstanceOnSharedPostgreSql.DropDatabaseAsync(_database);
        if (Directory.Exists(_keys))
        {
            Directory.Delete(_keys, recursive: true);
        }
    }

    [Fact]
    public async Task An_entry_carries_an_etag_and_a_suspension_on_one_instance_shows_on_the_other_within_a_second()
    {
        using var manager = await CertificateData.ManagerAsync(_a);
        var issued = await CertificateData.IssueAsync(_a, manager, applicant: "缓存测试电子有限公司");
        var number = issued.GetProperty("number").GetString()!;
        var id = issued.GetProperty("id").GetGuid();
        using var reader = _b.CreateClient();
        var path = $"/api/v1/registry/certificates/{number}";

        var first = await WaitForStatusAsync(reader, path, "Valid", TimeSpan.FromSeconds(5));
        var etag = first.Headers.ETag!;
        using (var conditional = new HttpRequestMessage(HttpMethod.Get, path))
        {
            conditional.Headers.IfNoneMatch.Add(etag);
            var notModified = await reader.SendAsync(conditional);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        }
        var search = await reader.GetAsync("/api/v1/registry/certificates?holder=" + Uri.EscapeDataString("缓存测试"));
        Assert.Contains(number, await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var suspended = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/suspend", new { reason = "监督不通过" });
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        // Each instance polls the change table every 250 ms (Registry:Cache:PollMilliseconds); the requirement is one second.
        var after = await WaitForStatusAsync(reader, path, "Suspended", TimeSpan.FromSeconds(1));
        Assert.NotEqual(etag, after.Headers.ETag);
        using (var stale = new HttpRequestMessage(HttpMethod.Get, path))
        {
            stale.Headers.IfNoneMatch.Add(etag);
            Assert.Equal(HttpStatusCode.OK, (await reader.SendAsync(stale)).StatusCode);
        }
        // The QR landing page on the other instance shows it too, with its own ETag.
        var page = await reader.GetAsync($"/Registry/Certificates/{number}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotNull(page.Headers.ETag);
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/Registry/Certificates/{number}");
        again.Headers.IfNoneMatch.Add(page.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await reader.SendAsync(again)).StatusCode);
    }

    private static async Task<HttpResponseMessage> WaitForStatusAsync(HttpClient client, string path, string status, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        string body = "";
        while (clock.Elapsed < within)
        {
            var response = await client.GetAsync(path);
            body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK && JsonDocument.Parse(body).RootElement.GetProperty("status").GetString() == status)
            {
                return response;
            }
            await Task.Delay(20);
        }
        throw new Xunit.Sdk.XunitException($"{path} did not show {status} within {within.TotalMilliseconds} ms: {body}");
    }
}
