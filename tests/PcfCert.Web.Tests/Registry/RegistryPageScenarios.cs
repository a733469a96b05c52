using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Registry;

/// <summary>
/// The public registry pages (the QR landing page of a certificate, the search, the notices) keep no per-visitor
/// state: no anti-forgery token, no cookie, so two visitors get the same bytes and the landing page is cacheable by
/// its ETag. A signed-in user's page (with their name and forms) is private.
/// </summary>
public abstract class RegistryPageScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private HttpClient Visitor() => host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

    /// <summary>The demo certificate (seeded for the demo manufacturer) by a holder search.</summary>
    private async Task<string> DemoNumberAsync()
    {
        using var http = Visitor();
        var found = JsonDocument.Parse(await http.GetStringAsync("/api/v1/registry/certificates?holder=" + Uri.EscapeDataString("苏州示例"))).RootElement;
        return found.EnumerateArray().First().GetProperty("number").GetString()!;
    }

    [Fact]
    public async Task Two_visitors_get_the_same_bytes_of_the_QR_landing_page_without_a_token_or_a_cookie()
    {
        var path = $"/Registry/Certificates/{await DemoNumberAsync()}";
        using var first = Visitor();
        using var second = Visitor();
        var a = await first.GetAsync(path);
        var b = await second.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        var bytesA = await a.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytesA, await b.Content.ReadAsByteArrayAsync());
        var html = System.Text.Encoding.UTF8.GetString(bytesA);
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.DoesNotContain("method=\"post\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data-testid=\"registry-status\"", html, StringComparison.Ordinal);
        Assert.False(a.Headers.Contains("Set-Cookie"));
        Assert.Equal(a.Headers.ETag, b.Headers.ETag);
        Assert.True(a.Headers.CacheControl!.Public);
        Assert.True(a.Headers.CacheControl.NoCache);
        Assert.Contains("Accept-Language", a.Headers.Vary);
        // Revalidation: the ETag answers 304 to anyone who holds the page.
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, path);
        revalidate.Headers.IfNoneMatch.Add(a.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await second.SendAsync(revalidate)).StatusCode);
    }

    [Fact]
    public async Task The_language_is_switched_by_the_URL_and_each_language_has_its_own_ETag()
    {
        var path = $"/Registry/Certificates/{await DemoNumberAsync()}";
        using var http = Visitor();
        var zh = await http.GetAsync(path);
        var zhHtml = await zh.Content.ReadAsStringAsync();
        Assert.Contains($"href=\"{path}?culture=en\"", zhHtml, StringComparison.Ordinal);
        var en = await http.GetAsync(path + "?culture=en");
        Assert.Equal(HttpStatusCode.OK, en.StatusCode);
        Assert.Contains("<html lang=\"en\">", await en.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(zh.Headers.ETag, en.Headers.ETag);
        Assert.False(en.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/Registry")]
    [InlineData("/Registry?Holder=%E8%8B%8F%E5%B7%9E")]
    [InlineData("/Registry/Notices")]
    public async Task The_search_and_notices_pages_carry_no_token_and_set_no_cookie(string path)
    {
        using var first = Visitor();
        using var second = Visitor();
        var a = await first.GetAsync(path);
        var b = await second.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        var html = await a.Content.ReadAsStringAsync();
        Assert.Equal(html, await b.Content.ReadAsStringAsync());
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.False(a.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_signed_in_users_landing_page_is_private_and_keeps_the_posted_language_form()
    {
        var path = $"/Registry/Certificates/{await DemoNumberAsync()}";
        using var staff = host.CreateTestClient();
        await staff.SignInOkAsync(Demo.Manager);
        var response = await staff.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Never public (the anti-forgery token makes it no-store on top of our private).
        Assert.False(response.Headers.CacheControl!.Public);
        Assert.Null(response.Headers.ETag);
        Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class RegistryPageOnSqlite(SqliteHost host) : RegistryPageScenarios<SqliteHost>(host);

public sealed class RegistryPageOnPostgreSql(PostgreSqlHost host) : RegistryPageScenarios<PostgreSqlHost>(host);
