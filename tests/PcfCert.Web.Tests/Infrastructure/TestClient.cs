using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace PcfCert.Web.Tests.Infrastructure;

/// <summary>An HTTP client that behaves like a browser: keeps cookies and posts forms with their anti-forgery token.</summary>
public sealed partial class TestClient(HttpClient http) : IDisposable
{
    public const string DemoPassword = "PcfCert-demo-2026";

    public HttpClient Http => http;

    public async Task<string> GetPageAsync(string path)
    {
        var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return body;
    }

    /// <summary>Loads the form page, then posts the fields with the token the page carried.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        var page = await GetPageAsync(formPage ?? path);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"no anti-forgery token on {formPage ?? path}");
        var all = fields.Append(new("__RequestVerificationToken", token.Groups[1].Value));
        return await http.PostAsync(path, new FormUrlEncodedContent(all));
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password = DemoPassword) =>
        await PostFormAsync("/Account/Login", [new("Email", email), new("Password", password)]);

    public async Task SignInOkAsync(string email)
    {
        var response = await SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Posts a multipart form (e.g. an upload) with the anti-forgery token read from <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string path, string formPage, IEnumerable<KeyValuePair<string, string>> fields, string fileField, string fileName, byte[] content)
    {
        var page = await GetPageAsync(formPage);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"no anti-forgery token on {formPage}");
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append(new("__RequestVerificationToken", token.Groups[1].Value)))
        {
            form.Add(new StringContent(value), name);
        }
        form.Add(new ByteArrayContent(content), fileField, fileName);
        return await http.PostAsync(path, form);
    }

    public Task<HttpResponseMessage> GetJsonAsync(string path) => http.GetAsync(path);

    public Task<HttpResponseMessage> PutJsonAsync<T>(string path, T body) => http.PutAsJsonAsync(path, body);

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
