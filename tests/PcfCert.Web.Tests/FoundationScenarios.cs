using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests;

/// <summary>The foundation's behaviour, run once per database provider (see the sealed classes at the end).</summary>
public abstract class FoundationScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task Health_reports_the_database_reachable()
    {
        using var client = host.CreateTestClient();
        var response = await client.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api_and_the_reference_page_loads()
    {
        using var client = host.CreateTestClient();
        var doc = await client.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/organisations/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/me", out _));
        var reference = await client.Http.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_from_the_api_and_the_sign_in_page_from_the_ui()
    {
        using var client = host.CreateTestClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync($"/api/v1/organisations/{Demo.Manufacturer}")).StatusCode);
        var page = await client.Http.GetAsync("/Organisations");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Login", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Five_wrong_passwords_hold_back_even_the_right_password_from_that_client()
    {
        var (_, _, email) = await Scenario.NewApplicantAsync(host);
        using var client = host.CreateTestClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.SignInAsync(email, "Wrong-password-1");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        var right = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode); // the form again, not a redirect into the app
        Assert.Contains("失败次数过多", await right.Content.ReadAsStringAsync()); // throttled, not locked: see tests/PcfCert.Security.Tests
    }

    [Fact]
    public async Task Demo_applicant_sees_its_own_organisation_and_404_for_another()
    {
        var (other, otherId, _) = await Scenario.NewApplicantAsync(host);
        other.Dispose();
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Applicant);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/api/v1/organisations/{Demo.Manufacturer}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/api/v1/organisations/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Organisations/Edit/{otherId}")).StatusCode);
        var list = await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/organisations");
        Assert.Equal(Demo.Manufacturer, Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task An_applicant_cannot_change_another_organisation_and_nothing_changes()
    {
        var (victim, victimId, _) = await Scenario.NewApplicantAsync(host);
        var (attacker, _, _) = await Scenario.NewApplicantAsync(host);
        var before = await victim.Http.GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{victimId}");

        var put = await attacker.PutJsonAsync($"/api/v1/organisations/{victimId}", Scenario.Organisation("被篡改"));
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        var form = await attacker.Http.PostAsync($"/Organisations/Edit/{victimId}", new FormUrlEncodedContent([new("Input.Name", "被篡改")]));
        Assert.NotEqual(HttpStatusCode.Redirect, form.StatusCode);

        var after = await victim.Http.GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{victimId}");
        Assert.Equal(before.GetProperty("name").GetString(), after.GetProperty("name").GetString());
        Assert.Equal(before.GetProperty("concurrencyStamp").GetGuid(), after.GetProperty("concurrencyStamp").GetGuid());
        victim.Dispose();
        attacker.Dispose();
    }

    [Fact]
    public async Task A_wrong_check_character_is_refused_naming_the_field_and_nothing_is_saved()
    {
        var (client, id, _) = await Scenario.NewApplicantAsync(host);
        var before = await client.Http.GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{id}");
        // 91350100M000100Y43 is valid (check character 3); changing only the last character breaks the check.
        var response = await client.PutJsonAsync($"/api/v1/organisations/{id}", Scenario.Organisation("新名称", "91350100M000100Y44"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var messages = problem.GetProperty("errors").GetProperty("CreditCode").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains("统一社会信用代码") && m.Contains("校验位"));
        var after = await client.Http.GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{id}");
        Assert.Equal(before.GetProperty("name").GetString(), after.GetProperty("name").GetString());
        client.Dispose();
    }

    [Fact]
    public async Task A_valid_profile_is_saved_and_a_stale_copy_is_refused_with_409()
    {
        var (client, id, _) = await Scenario.NewApplicantAsync(host);
        var read = await client.Http.GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{id}");
        var stamp = read.GetProperty("concurrencyStamp").GetGuid();
        var code = read.GetProperty("creditCode").GetString();

        var first = await client.PutJsonAsync($"/api/v1/organisations/{id}", With(Scenario.Organisation("第一次修改", code), stamp));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await client.PutJsonAsync($"/api/v1/organisations/{id}", With(Scenario.Organisation("第二次修改", code), stamp));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);

        var after = await client.Http.GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{id}");
        Assert.Equal("第一次修改", after.GetProperty("name").GetString());
        client.Dispose();
    }

    [Fact]
    public async Task An_administrator_creates_a_user_who_can_then_sign_in_and_others_cannot_reach_users()
    {
        using var admin = host.CreateTestClient();
        await admin.SignInOkAsync(Demo.Admin);
        var email = $"inspector-{Guid.NewGuid():N}@example.cn";
        var created = await admin.PostFormAsync("/Users/Create",
        [
            new("Input.Email", email), new("Input.DisplayName", "新检查员"), new("Input.Role", "Inspector"),
            new("Input.Password", TestClient.DemoPassword),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains(email, await admin.GetPageAsync("/Users"));

        using var inspector = host.CreateTestClient();
        await inspector.SignInOkAsync(email);
        var users = await inspector.Http.GetAsync("/Users");
        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", users.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_user_form_with_errors_is_refused_and_creates_nobody()
    {
        using var admin = host.CreateTestClient();
        await admin.SignInOkAsync(Demo.Admin);
        var email = $"applicant-{Guid.NewGuid():N}@example.cn";
        var response = await admin.PostFormAsync("/Users/Create",
        [
            new("Input.Email", email), new("Input.DisplayName", "无企业的委托人"), new("Input.Role", "Applicant"),
            new("Input.Password", TestClient.DemoPassword),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("认证委托人用户必须选择一家已登记的所属企业", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(email, await admin.GetPageAsync("/Users"));
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_rejected()
    {
        using var client = host.CreateTestClient();
        var response = await client.Http.PostAsync("/Account/Login",
            new FormUrlEncodedContent([new("Email", Demo.Admin), new("Password", TestClient.DemoPassword)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task An_unhandled_error_shows_a_correlation_id_and_no_stack_trace()
    {
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Inspector);
        var page = await client.Http.GetAsync("/test/throw");
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var correlation = page.Headers.GetValues("X-Correlation-Id").Single();
        Assert.Contains(correlation, html);
        Assert.DoesNotContain(ThrowingEndpoint.Secret, html);
        Assert.DoesNotContain("at PcfCert", html);

        var api = await client.Http.GetAsync("/api/test/throw");
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        var problem = await api.Content.ReadAsStringAsync();
        Assert.Contains("traceId", problem);
        Assert.DoesNotContain(ThrowingEndpoint.Secret, problem);
    }

    [Fact]
    public async Task The_ui_is_chinese_by_default_and_remembers_english_once_chosen()
    {
        using var client = host.CreateTestClient();
        Assert.Contains("<h1>登录</h1>", await client.GetPageAsync("/Account/Login"));
        var switched = await client.PostFormAsync("/Account/Language",
            [new("culture", "en"), new("returnUrl", "/Account/Login")], formPage: "/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("<h1>Sign in</h1>", await client.GetPageAsync("/Account/Login"));
    }

    private static Dictionary<string, object?> With(object organisation, Guid stamp)
    {
        var json = JsonSerializer.SerializeToElement(organisation);
        var map = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        map["concurrencyStamp"] = stamp;
        return map;
    }
}

public sealed class FoundationOnSqlite(SqliteHost host) : FoundationScenarios<SqliteHost>(host);

public sealed class FoundationOnPostgreSql(PostgreSqlHost host) : FoundationScenarios<PostgreSqlHost>(host);
