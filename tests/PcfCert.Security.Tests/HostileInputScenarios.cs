using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PcfCert.Web.Hosting;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Security.Tests;

/// <summary>
/// Issue 12 item 2: input that is malformed on purpose answers 400 or 413 with a problem document, never 500, and
/// changes nothing.
/// </summary>
public abstract class HostileInputScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    public static readonly TheoryData<string> Actions =
    [
        "save-form", "submit", "remove-document", "assign-team", "recommend", "decide", "complete-document-review",
        "start-inspection", "record-checklist", "record-consistency", "raise-nonconformity", "submit-rectification",
        "judge-rectification", "pass-inspection", "fail-inspection", "request-supplement", "accept", "reject",
        "pause-clock", "resume-clock", "upload-document", "attach-model", "record-verification-item", "raise-finding",
        "respond-finding", "close-finding", "record-verified-value",
    ];

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Malformed_json_to_an_action_is_400(string action)
    {
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Manager);
        var url = $"/api/v1/applications/{DemoData.DemoApplicationId}/actions/{action}";
        foreach (var body in new[] { "{", "{\"a\":}", "[1,2", "nul", "{\"a\":1}}", "\"unterminated" })
        {
            await Problems.AssertProblemAsync(await client.Http.PostAsync(url, Json(body)), HttpStatusCode.BadRequest, $"{action} with {body}");
        }
    }

    [Fact]
    public async Task A_lone_surrogate_is_400_on_an_action_and_on_a_bound_request()
    {
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Admin);
        var action = await client.Http.PostAsync($"/api/v1/applications/{DemoData.DemoApplicationId}/actions/save-form",
            Json("{\"concurrencyStamp\":\"\\ud800\"}"));
        await Problems.AssertProblemAsync(action, HttpStatusCode.BadRequest, "action with a lone surrogate");
        var organisation = await client.Http.PostAsync("/api/v1/organisations",
            Json("{\"name\":\"\\udc00 公司\",\"creditCode\":\"" + Scenario.NewCreditCode() + "\",\"registeredAddress\":\"x\",\"postalCode\":\"100080\",\"nature\":\"Private\",\"revenueAtLeast20MillionYuan\":true}"));
        await Problems.AssertProblemAsync(organisation, HttpStatusCode.BadRequest, "organisation with a lone surrogate");
    }

    [Fact]
    public async Task A_nul_character_is_never_a_500()
    {
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Admin);
        var response = await client.Http.PostAsync("/api/v1/organisations",
            Json("{\"name\":\"NUL\\u0000公司\",\"creditCode\":\"" + Scenario.NewCreditCode() + "\",\"registeredAddress\":\"x\\u0000\",\"postalCode\":\"100080\",\"nature\":\"Private\",\"revenueAtLeast20MillionYuan\":true}"));
        // SQLite stores a NUL like any character; PostgreSQL refuses it in text (SQLSTATE 22021), which must be a 400.
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, "NUL in a name");
        }
    }

    [Fact]
    public async Task A_declared_body_over_the_limit_is_413_before_it_is_read()
    {
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Manager);
        var limit = new RequestLimitOptions().MaxBodyBytes;
        var content = new ByteArrayContent(new byte[limit + 1]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        await Problems.AssertProblemAsync(await client.Http.PostAsync("/api/v1/footprints/calculate", content), HttpStatusCode.RequestEntityTooLarge, "declared length");
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413_when_it_passes_the_limit()
    {
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Manager);
        var limit = new RequestLimitOptions().MaxBodyBytes;
        // A JSON string longer than the limit, sent without Content-Length.
        var text = "{\"format\":\"" + new string('x', (int)limit) + "\"}";
        var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(text)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = await client.Http.PostAsync("/api/v1/footprints/calculate", content);
        Assert.Null(content.Headers.ContentLength);
        await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "chunked body");
    }

    [Fact]
    public async Task An_upload_over_the_upload_limit_is_413()
    {
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Manager);
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(new byte[new RequestLimitOptions().MaxUploadBytes + 1]), "file", "huge.xlsx");
        var response = await client.Http.PostAsync($"/api/v1/applications/{DemoData.DemoApplicationId}/actions/upload-document", form);
        await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "upload");
    }

    [Fact]
    public async Task A_form_post_to_the_api_without_an_anti_forgery_token_is_400()
    {
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Manager);
        using var form = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        var response = await client.Http.PostAsync($"/api/v1/applications/{DemoData.DemoApplicationId}/actions/accept", form);
        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, "form without token");
    }

    [Fact]
    public async Task A_malformed_multipart_body_is_400()
    {
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Manager);
        var content = new StringContent("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nno closing boundary", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        var response = await client.Http.PostAsync($"/api/v1/applications/{DemoData.DemoApplicationId}/actions/upload-document", content);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
    }

    /// <summary>A stream that does not tell its length, so HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}

public sealed class HostileInputOnSqlite(SqliteHost host) : HostileInputScenarios<SqliteHost>(host);

public sealed class HostileInputOnPostgreSql(PostgreSqlHost host) : HostileInputScenarios<PostgreSqlHost>(host);
