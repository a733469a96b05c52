using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Security.Tests;

/// <summary>
/// Issue 12 item 6: every answer carries a Content-Security-Policy without inline script, nosniff, a referrer policy and
/// frame-ancestors 'none'; HTTPS answers carry HSTS and Secure cookies. The pages a manager can reach from the home page
/// are crawled, and none holds an inline script or style attribute.
/// </summary>
public abstract partial class HeaderScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    internal static void AssertHeaders(HttpResponseMessage response, string what)
    {
        var csp = string.Join(";", response.Headers.TryGetValues("Content-Security-Policy", out var v) ? v : []);
        Assert.True(csp.Length > 0, $"{what}: no Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.True(directives.TryGetValue("script-src", out var script), $"{what}: no script-src in {csp}");
        Assert.DoesNotContain("'unsafe-inline'", script);
        Assert.DoesNotContain("'unsafe-eval'", script);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [InlineData("/Account/Login", HttpStatusCode.OK)]
    [InlineData("/Registry", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/api/v1/me", HttpStatusCode.Unauthorized)]
    [InlineData("/Applications", HttpStatusCode.Redirect)]
    [InlineData("/.well-known/jwks.json", HttpStatusCode.OK)]
    public async Task Anonymous_answers_carry_the_headers(string path, HttpStatusCode status)
    {
        using var client = host.CreateTestClient();
        var response = await client.Http.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        AssertHeaders(response, path);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    [Theory]
    [InlineData("/Applications/Details/00000000-0000-0000-0000-000000000000", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/applications/00000000-0000-0000-0000-000000000000", HttpStatusCode.NotFound)]
    [InlineData("/test/throw", HttpStatusCode.InternalServerError)]
    [InlineData("/api/test/throw", HttpStatusCode.InternalServerError)]
    public async Task Error_answers_carry_the_headers(string path, HttpStatusCode status)
    {
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Manager);
        var response = await client.Http.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        AssertHeaders(response, path);
    }

    [Fact]
    public async Task Every_page_a_manager_reaches_has_the_headers_and_no_inline_script_or_style()
    {
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Manager);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0 && seen.Count < 80)
        {
            var path = queue.Dequeue();
            if (!seen.Add(path))
            {
                continue;
            }
            var response = await client.Http.GetAsync(path);
            AssertHeaders(response, path);
            if (response.Content.Headers.ContentType?.MediaType != "text/html" || path.StartsWith("/scalar", StringComparison.Ordinal))
            {
                continue;
            }
            var html = await response.Content.ReadAsStringAsync();
            Assert.False(InlineScript().IsMatch(html), $"{path} has an inline script");
            Assert.False(StyleAttribute().IsMatch(html), $"{path} has a style attribute");
            Assert.False(EventAttribute().IsMatch(html), $"{path} has an inline event handler");
            foreach (Match link in Link().Matches(html))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (!seen.Contains(href) && !href.Contains("/api/", StringComparison.Ordinal) && !href.EndsWith(".pdf", StringComparison.Ordinal))
                {
                    queue.Enqueue(href);
                }
            }
        }
        Assert.True(seen.Count >= 15, $"only {seen.Count} pages crawled");
    }

    [Fact]
    public async Task The_api_reference_allows_only_its_own_inline_script_by_hash()
    {
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Manager);
        var response = await client.Http.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHeaders(response, "/scalar/v1");
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("'sha256-", csp);
    }

    [Fact]
    public async Task Over_https_answers_carry_hsts_and_cookies_are_secure()
    {
        using var client = new TestClient(host.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        }));
        var page = await client.Http.GetAsync("/Account/Login");
        var hsts = Assert.Single(page.Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("max-age=31536000", hsts);
        var signIn = await client.SignInAsync(Demo.Manager);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookies = signIn.Headers.GetValues("Set-Cookie").ToList();
        var auth = Assert.Single(cookies, c => c.StartsWith("pcfcert.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.All(page.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<[a-z][^>]*\\sstyle\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex("<[a-z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventAttribute();

    [GeneratedRegex("href=\"(/[^\"#]*)\"")]
    private static partial Regex Link();
}

public sealed class HeadersOnSqlite(SqliteHost host) : HeaderScenarios<SqliteHost>(host);

public sealed class HeadersOnPostgreSql(PostgreSqlHost host) : HeaderScenarios<PostgreSqlHost>(host);
