using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PcfCert.Web.Tests.Infrastructure;
using static PcfCert.Web.Tests.ApiClients.ApiClientHelpers;

namespace PcfCert.Web.Tests.Pact;

/// <summary>
/// The in-repository equivalent of every mandatory V3.0 case of the PACT conformance service
/// (wbcsd/pact-conformance-service, docs/v3-test-cases-expected-results.md, test cases 1–17 and 20–39), against the
/// real host over HTTPS: two certified capacitors of one organisation, a PACT client of that organisation with its
/// events URL on a real listener.
/// </summary>
public abstract partial class PactConformanceScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private sealed record World(Registered Client, string Token, EventReceiver Receiver, PactData.Issued First, PactData.Issued Second);

    private static readonly ConcurrentDictionary<PcfCertHost, Lazy<Task<World>>> Worlds = new();

    private Task<World> WorldAsync() => Worlds.GetOrAdd(host, h => new Lazy<Task<World>>(async () =>
    {
        var first = await PactData.CertifiedCapacitorAsync(h);
        var second = await PactData.CertifiedCapacitorAsync(h);
        var receiver = await EventReceiver.StartAsync();
        // Two holders: the client belongs to the first (the data owner); the second holder grants it read access.
        var client = await RegisterAsync(h, first.OrganisationId, ["pact"], receiver.BaseUrl);
        var granted = await second.Holder.Http.PostAsJsonAsync($"/api/v1/pact/certificates/{second.CertificateId}/grants", new { clientId = client.ClientId });
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        await PactData.PublishAsync(h);
        using var http = Program(h);
        var token = await TokenAsync(http, client, "/pact/auth/token");
        return new World(client, token, receiver, first, second);
    })).Value;

    private async Task<HttpClient> PactClientAsync(bool https = true) => Program(host, https).WithBearer((await WorldAsync()).Token);

    private async Task<JsonElement> ListAsync(string query = "")
    {
        using var http = await PactClientAsync();
        var response = await http.GetAsync("/pact/3/footprints" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("data").Clone();
    }

    [Fact]
    public async Task TC01_02_18_19_a_token_for_valid_credentials_and_invalid_client_for_others()
    {
        var world = await WorldAsync();
        using var http = Program(host);
        var ok = await RequestTokenAsync(http, world.Client.ClientId, world.Client.ClientSecret, "/pact/auth/token");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var token = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("pcfat_", token.GetProperty("access_token").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());
        foreach (var (id, secret) in new[] { (world.Client.ClientId, "wrong"), ("pcf_nobody", world.Client.ClientSecret) })
        {
            var bad = await RequestTokenAsync(http, id, secret, "/pact/auth/token");
            Assert.Contains((int)bad.StatusCode, new[] { 400, 401 });
            Assert.Equal("invalid_client", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        }
    }

    [Fact]
    public async Task TC03_04_GetFootprint_and_ListFootprints_return_the_footprints_shared_with_the_client()
    {
        var world = await WorldAsync();
        var all = await ListAsync();
        Assert.Equal(2, all.GetArrayLength());
        var numbers = all.EnumerateArray().Select(f => f.GetProperty("productIds")[0].GetString()).ToHashSet();
        Assert.Contains(Web.Features.Pact.PactFootprintMapper.ProductId(world.First.Number), numbers);
        Assert.Contains(Web.Features.Pact.PactFootprintMapper.ProductId(world.Second.Number), numbers);
        var id = all[0].GetProperty("id").GetString();
        using var http = await PactClientAsync();
        var one = await http.GetFromJsonAsync<JsonElement>($"/pact/3/footprints/{id}");
        Assert.Equal(id, one.GetProperty("data").GetProperty("id").GetString());
        foreach (var footprint in all.EnumerateArray())
        {
            AssertConformsToV3(footprint);
        }
    }

    [Fact]
    public async Task TC05_limit_gives_an_absolute_next_link_on_the_requests_host_that_keeps_the_filters()
    {
        using var http = await PactClientAsync();
        var first = await http.GetAsync("/pact/3/footprints?status=Active&limit=1");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetArrayLength());
        var link = first.Headers.GetValues("Link").Single();
        var match = LinkPattern().Match(link);
        Assert.True(match.Success, link);
        var next = new Uri(match.Groups[1].Value);
        Assert.True(next.IsAbsoluteUri);
        Assert.Equal("localhost", next.Host);
        Assert.Contains("status=Active", next.Query, StringComparison.Ordinal);
        var second = await http.GetAsync(next.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetArrayLength());
        Assert.False(second.Headers.Contains("Link"));
        // The link can be called again (PACT: valid for at least 180 s, callable more than once).
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(next.PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/pact/3/footprints?limit=0")).StatusCode);
    }

    [Fact]
    public async Task TC06_07_16_an_invalid_token_is_refused_with_code_BadRequest()
    {
        var id = (await ListAsync())[0].GetProperty("id").GetString();
        using var http = Program(host).WithBearer("very-invalid-access-token-" + Guid.NewGuid().ToString("N")[..16]);
        foreach (var response in new[]
                 {
                     await http.GetAsync("/pact/3/footprints"),
                     await http.GetAsync($"/pact/3/footprints/{id}"),
                     await http.SendAsync(Event(Web.Features.Pact.PactEvents.Published, new { pfIds = new[] { id } })),
                 })
        {
            Assert.Contains((int)response.StatusCode, new[] { 400, 401 });
            var error = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("BadRequest", error.GetProperty("code").GetString());
            Assert.False(error.TryGetProperty("data", out _));
        }
    }

    [Fact]
    public async Task TC08_an_unknown_id_is_404_NotFound()
    {
        using var http = await PactClientAsync();
        foreach (var id in new[] { "00000000-0000-0000-0000-000000000000", "non-existent-id" })
        {
            var response = await http.GetAsync($"/pact/3/footprints/{id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("NotFound", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task TC09_10_11_17_plain_http_gets_neither_a_token_nor_data()
    {
        var world = await WorldAsync();
        var id = (await ListAsync())[0].GetProperty("id").GetString();
        using var plain = Program(host, https: false);
        var token = await RequestTokenAsync(plain, world.Client.ClientId, world.Client.ClientSecret, "/pact/auth/token");
        Assert.NotEqual(HttpStatusCode.OK, token.StatusCode);
        Assert.DoesNotContain("access_token", await token.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        plain.WithBearer(world.Token);
        foreach (var response in new[]
                 {
                     await plain.GetAsync("/pact/3/footprints"),
                     await plain.GetAsync($"/pact/3/footprints/{id}"),
                     await plain.SendAsync(Event(Web.Features.Pact.PactEvents.Published, new { pfIds = new[] { id } })),
                 })
        {
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("\"data\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TC12_13_a_request_is_accepted_and_fulfilled_at_the_clients_events_url()
    {
        var world = await WorldAsync();
        var productIds = new[] { Web.Features.Pact.PactFootprintMapper.ProductId(world.First.Number) };
        var requestId = "run-" + Guid.NewGuid().ToString("N") + "-12";
        using var http = await PactClientAsync();
        var accepted = await http.SendAsync(Event(Web.Features.Pact.PactEvents.RequestCreated, new { productId = productIds, comment = "Please send PCF data for this year." }, requestId));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var (path, contentType, body) = await world.Receiver.WaitForAsync(e => e.GetProperty("data").TryGetProperty("requestEventId", out var r) && r.GetString() == requestId);
        Assert.Equal("/3/events", path);
        Assert.StartsWith("application/cloudevents+json", contentType, StringComparison.Ordinal);
        Assert.Equal(Web.Features.Pact.PactEvents.RequestFulfilled, body.GetProperty("type").GetString());
        Assert.Equal("1.0", body.GetProperty("specversion").GetString());
        var pfs = body.GetProperty("data").GetProperty("pfs");
        Assert.Equal(1, pfs.GetArrayLength());
        Assert.Equal(productIds[0], pfs[0].GetProperty("productIds")[0].GetString());
        AssertConformsToV3(pfs[0]);
    }

    [Fact]
    public async Task TC14_a_request_for_nothing_shared_is_accepted_then_rejected_with_an_error_object()
    {
        var world = await WorldAsync();
        var requestId = "run-" + Guid.NewGuid().ToString("N") + "-14.A";
        using var http = await PactClientAsync();
        var accepted = await http.SendAsync(Event(Web.Features.Pact.PactEvents.RequestCreated, new { productId = new[] { "urn:pact:null" } }, requestId));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var (path, _, body) = await world.Receiver.WaitForAsync(e => e.GetProperty("data").TryGetProperty("requestEventId", out var r) && r.GetString() == requestId);
        Assert.Equal("/3/events", path);
        Assert.Equal(Web.Features.Pact.PactEvents.RequestRejected, body.GetProperty("type").GetString());
        Assert.Equal("NotFound", body.GetProperty("data").GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("data").GetProperty("error").GetProperty("message").GetString()));
    }

    [Fact]
    public async Task TC13_14_15_fulfilled_rejected_and_published_events_are_accepted_and_malformed_ones_refused()
    {
        using var http = await PactClientAsync();
        var footprint = (await ListAsync())[0];
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(Event(Web.Features.Pact.PactEvents.Published, new { pfIds = new[] { "3a6c14a7-4deb-498a-b5ea-16ce2535b576" } }))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(Event(Web.Features.Pact.PactEvents.RequestFulfilled, new { requestEventId = "x", pfs = new[] { footprint } }))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(Event(Web.Features.Pact.PactEvents.RequestRejected, new { requestEventId = "x", error = new { code = "NotFound", message = "none" } }))).StatusCode);
        var unknown = await http.SendAsync(Event("org.example.Other", new { }));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("BadRequest", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        using var broken = new HttpRequestMessage(HttpMethod.Post, "/pact/3/events") { Content = new StringContent("{\"specversion\":\"0.3\"}", Encoding.UTF8, "application/cloudevents+json") };
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(broken)).StatusCode);
        // The event schemas: a RequestFulfilledEvent lists at least one footprint, a RequestRejectedEvent has an error
        // with code and message, and every event has a time (PACT v3 BaseEvent).
        foreach (var malformed in new[]
                 {
                     Event(Web.Features.Pact.PactEvents.RequestFulfilled, new { requestEventId = "x", pfs = Array.Empty<object>() }),
                     Event(Web.Features.Pact.PactEvents.RequestRejected, new { requestEventId = "x", error = new { code = "NotFound" } }),
                     Event(Web.Features.Pact.PactEvents.Published, new { pfIds = new[] { "3a6c14a7-4deb-498a-b5ea-16ce2535b576" } }, time: null),
                 })
        {
            var refused = await http.SendAsync(malformed);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("BadRequest", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }
    }

    [Theory]
    [InlineData("urn:gtin:4712345060507")]
    [InlineData("")]
    public async Task TC40_a_published_event_whose_pfIds_are_not_footprint_ids_is_400(string pfId)
    {
        using var http = await PactClientAsync();
        var refused = await http.SendAsync(Event(Web.Features.Pact.PactEvents.Published, new { pfIds = new[] { pfId } }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("BadRequest", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(Event(Web.Features.Pact.PactEvents.Published, new { pfIds = Array.Empty<string>() }))).StatusCode);
    }

    [Fact]
    public async Task TC20_to_29_each_filter_keeps_only_matching_footprints_or_within_and_and_across()
    {
        var all = await ListAsync();
        var f = all[0];
        var productId = f.GetProperty("productIds")[0].GetString()!;
        var companyId = f.GetProperty("companyIds")[0].GetString()!;
        var classification = f.GetProperty("productClassifications")[0].GetString()!;
        var start = DateTimeOffset.Parse(f.GetProperty("validityPeriodStart").GetString()!, CultureInfo.InvariantCulture);
        var end = DateTimeOffset.Parse(f.GetProperty("validityPeriodEnd").GetString()!, CultureInfo.InvariantCulture);
        string Q(string v) => Uri.EscapeDataString(v);
        string Iso(DateTimeOffset t) => Q(t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

        Assert.All((await ListAsync($"?productId={Q(productId.ToUpperInvariant())}")).EnumerateArray(), x => Assert.Equal(productId, x.GetProperty("productIds")[0].GetString()));
        Assert.Equal(1, (await ListAsync($"?productId={Q(productId)}")).GetArrayLength());
        Assert.Equal(1, (await ListAsync($"?companyId={Q(companyId)}")).GetArrayLength());
        Assert.Equal(2, (await ListAsync("?geography=CN")).GetArrayLength());
        Assert.Equal(2, (await ListAsync("?geography=cn")).GetArrayLength());
        Assert.Equal(2, (await ListAsync($"?classification={Q(classification)}")).GetArrayLength());
        Assert.Equal(2, (await ListAsync($"?validOn={Iso(start)}")).GetArrayLength());
        Assert.Equal(2, (await ListAsync($"?validAfter={Iso(start.AddDays(-1))}")).GetArrayLength());
        Assert.Equal(2, (await ListAsync($"?validBefore={Iso(end.AddDays(1))}")).GetArrayLength());
        Assert.Equal(2, (await ListAsync("?status=Active")).GetArrayLength());
        Assert.Equal(2, (await ListAsync("?status=active")).GetArrayLength());
        Assert.Equal(1, (await ListAsync($"?status=Active&productId={Q(productId)}")).GetArrayLength());
        var or = await ListAsync($"?companyId={Q(companyId)}&companyId=urn:pact:x:abcdefgh&companyId=urn:pact:x:ijklmnop");
        Assert.Equal(1, or.GetArrayLength());
        Assert.All(or.EnumerateArray(), x => Assert.Contains(companyId, x.GetProperty("companyIds").EnumerateArray().Select(c => c.GetString())));
        var other = all[1].GetProperty("productIds")[0].GetString()!;
        Assert.Equal(2, (await ListAsync($"?productId={Q(productId)}&productId={Q(other)}")).GetArrayLength());
        using var http = await PactClientAsync();
        var bad = await http.GetAsync("/pact/3/footprints?validOn=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("BadRequest", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("?productId=urn:bogus:product:nonexistent123")]
    [InlineData("?companyId=urn:bogus:company:nonexistent456")]
    [InlineData("?geography=XX")]
    [InlineData("?classification=urn:bogus:classification:nonexistent789")]
    [InlineData("?validOn=1900-01-01T00:00:00Z")]
    [InlineData("?validAfter=2099-12-31T23:59:59Z")]
    [InlineData("?validBefore=1900-01-01T00:00:00Z")]
    [InlineData("?status=BogusStatusValue")]
    [InlineData("?companyId=urn:bogus:company:5FIi8zS3&productId=urn:bogus:product:nonexistent123")]
    [InlineData("?companyId=urn:bogus:company:nonexistent1&companyId=urn:bogus:company:nonexistent2&companyId=urn:bogus:company:nonexistent3")]
    public async Task TC30_to_39_a_filter_that_matches_nothing_gives_an_empty_data_array(string query)
    {
        var data = await ListAsync(query);
        Assert.Equal(JsonValueKind.Array, data.ValueKind);
        Assert.Equal(0, data.GetArrayLength());
    }

    [Fact]
    public async Task A_client_without_the_pact_scope_is_denied_and_a_footprint_not_shared_is_403()
    {
        var world = await WorldAsync();
        var apiOnly = await RegisterAsync(host, world.First.OrganisationId, ["api"]);
        using var http = Program(host);
        http.WithBearer(await TokenAsync(http, apiOnly));
        var denied = await http.GetAsync("/pact/3/footprints");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("AccessDenied", (await denied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        // An organisation that holds no certificate (the demo manufacturer holds the demo certificate, published too).
        var (strangerUser, strangerOrg, _) = await Scenario.NewApplicantAsync(host);
        strangerUser.Dispose();
        var stranger = await RegisterAsync(host, strangerOrg, ["pact"]);
        using var other = Program(host);
        other.WithBearer(await TokenAsync(other, stranger));
        Assert.Equal(0, (await (await other.GetAsync("/pact/3/footprints")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetArrayLength());
        var id = (await ListAsync())[0].GetProperty("id").GetString();
        var forbidden = await other.GetAsync($"/pact/3/footprints/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("AccessDenied", (await forbidden.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    private static HttpRequestMessage Event(string type, object data, string? id = null, string? time = "2026-05-19T10:30:00Z") => new(HttpMethod.Post, "/pact/3/events")
    {
        Content = new StringContent(JsonSerializer.Serialize(new
        {
            specversion = "1.0", id = id ?? Guid.NewGuid().ToString(), source = "https://webhook.example.com", time, type, data,
        }), new MediaTypeHeaderValue("application/cloudevents+json") { CharSet = "utf-8" }),
    };

    /// <summary>The PACT v3.0 schema constraints of a footprint (see <see cref="PactV3Schema"/>).</summary>
    internal static void AssertConformsToV3(JsonElement f) => PactV3Schema.AssertConforms(f);

    [GeneratedRegex("^<(https://[^>]+)>; rel=\"next\"$")]
    private static partial Regex LinkPattern();
}

public sealed class PactConformanceOnSqlite(PactSqliteHost host) : PactConformanceScenarios<PactSqliteHost>(host);

public sealed class PactConformanceOnPostgreSql(PactPostgreSqlHost host) : PactConformanceScenarios<PactPostgreSqlHost>(host);
