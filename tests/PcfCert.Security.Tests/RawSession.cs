using System.Net;
using System.Text.RegularExpressions;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Security.Tests;

/// <summary>
/// A session whose cookies the test holds itself, so that a cookie can be copied to another client (as a thief would)
/// and replayed after the owner signed out or was deactivated.
/// </summary>
public sealed partial class RawSession(HttpClient http)
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public HttpClient Http => http;

    public string? AuthCookie => _cookies.GetValueOrDefault("pcfcert.auth");

    public static RawSession Create(PcfCertHost host) =>
        new(host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));

    /// <summary>A new client that carries only the given sign-in cookie.</summary>
    public static RawSession WithAuthCookie(PcfCertHost host, string value)
    {
        var session = Create(host);
        session._cookies["pcfcert.auth"] = value;
        return session;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }
        var response = await http.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0].Split('=', 2);
            if (header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                _cookies.Remove(pair[0]);
            }
            else
            {
                _cookies[pair[0]] = pair[1];
            }
        }
        return response;
    }

    public async Task<HttpResponseMessage> PostFormAsync(string path, string formPage, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await (await SendAsync(HttpMethod.Get, formPage)).Content.ReadAsStringAsync();
        var token = Token().Match(page);
        Assert.True(token.Success, $"no anti-forgery token on {formPage}");
        return await SendAsync(HttpMethod.Post, path, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token.Groups[1].Value))));
    }

    public async Task SignInOkAsync(string email, string password = TestClient.DemoPassword)
    {
        var response = await PostFormAsync("/Account/Login", "/Account/Login", [new("Email", email), new("Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(AuthCookie);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
