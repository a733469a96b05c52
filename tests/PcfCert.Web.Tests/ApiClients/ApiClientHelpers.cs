using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.ApiClients;

/// <summary>Registers clients as the demo administrator and talks to the host as a program would: HTTPS, no cookies.</summary>
public static class ApiClientHelpers
{
    public sealed record Registered(Guid Id, string ClientId, string ClientSecret);

    public static async Task<Registered> RegisterAsync(PcfCertHost host, Guid organisationId, string[] scopes, string? callbackUrl = null)
    {
        using var admin = host.CreateTestClient();
        await admin.SignInOkAsync(Demo.Admin);
        var response = await admin.Http.PostAsJsonAsync("/api/v1/api-clients", new { name = "ERP 接口", organisationId, scopes, callbackUrl });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"register answered {(int)response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        return new Registered(json.GetProperty("id").GetGuid(), json.GetProperty("clientId").GetString()!, json.GetProperty("clientSecret").GetString()!);
    }

    /// <summary>A cookie-less client of the host over https://localhost (the test server sets Request.IsHttps from it).</summary>
    public static HttpClient Program(PcfCertHost host, bool https = true)
    {
        var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
        });
        return client;
    }

    public static AuthenticationHeaderValue Basic(string id, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{secret}")));

    public static async Task<HttpResponseMessage> RequestTokenAsync(HttpClient http, string id, string secret, string path = "/auth/token", string? scope = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Authorization = Basic(id, secret);
        var fields = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        if (scope is not null)
        {
            fields["scope"] = scope;
        }
        request.Content = new FormUrlEncodedContent(fields);
        return await http.SendAsync(request);
    }

    public static async Task<string> TokenAsync(HttpClient http, Registered client, string path = "/auth/token")
    {
        var response = await RequestTokenAsync(http, client.ClientId, client.ClientSecret, path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public static HttpClient WithBearer(this HttpClient http, string token)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
