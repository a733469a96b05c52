using System.Net;
using System.Text.Json;

namespace PcfCert.Security.Tests;

/// <summary>Assertions on what the server answered.</summary>
public static class Problems
{
    /// <summary>The answer has the status and is an RFC 9457 problem document with that status.</summary>
    public static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{what}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("detail").GetString()));
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}
