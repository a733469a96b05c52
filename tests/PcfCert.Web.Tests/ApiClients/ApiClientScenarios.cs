using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Tests.Infrastructure;
using static PcfCert.Web.Tests.ApiClients.ApiClientHelpers;

namespace PcfCert.Web.Tests.ApiClients;

/// <summary>API clients: registration by an administrator, client credentials, bearer access with the organisation's rules.</summary>
public abstract class ApiClientScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task A_client_gets_a_token_and_sees_exactly_what_its_organisations_users_see()
    {
        var (user, organisationId, _) = await Scenario.NewApplicantAsync(host);
        using var _u = user;
        var client = await RegisterAsync(host, organisationId, ["api"]);
        using var http = Program(host);

        var response = await RequestTokenAsync(http, client.ClientId, client.ClientSecret);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());
        Assert.Equal(3600, token.GetProperty("expires_in").GetInt32());
        Assert.Equal("api", token.GetProperty("scope").GetString());
        http.WithBearer(token.GetProperty("access_token").GetString()!);

        var me = await http.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(organisationId, me.GetProperty("organisationId").GetGuid());
        Assert.Equal(["Applicant"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/v1/organisations/{organisationId}")).StatusCode);
        // Another organisation answers 404 to the client as it does to the organisation's users.
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/organisations/{Demo.Manufacturer}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Http.GetAsync($"/api/v1/organisations/{Demo.Manufacturer}")).StatusCode);
        // The client may write what the organisation's users may write: it starts a draft application.
        var started = await http.PostAsJsonAsync("/api/v1/applications", new { schemeId = "cec-7065cvp-a0" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var applications = await user.Http.GetFromJsonAsync<JsonElement>("/api/v1/applications");
        Assert.Equal(1, applications.GetArrayLength());
        // Staff-only endpoints refuse it as they refuse applicants.
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/v1/api-clients")).StatusCode);
    }

    [Fact]
    public async Task Wrong_secrets_plain_http_and_foreign_scopes_get_no_token()
    {
        var (user, organisationId, _) = await Scenario.NewApplicantAsync(host);
        user.Dispose();
        var client = await RegisterAsync(host, organisationId, ["api.read"]);
        using var http = Program(host);

        var wrong = await RequestTokenAsync(http, client.ClientId, client.ClientSecret + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("invalid_client", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        var unknown = await RequestTokenAsync(http, "pcf_unknown", client.ClientSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var scope = await RequestTokenAsync(http, client.ClientId, client.ClientSecret, scope: "api");
        Assert.Equal(HttpStatusCode.BadRequest, scope.StatusCode);
        Assert.Equal("invalid_scope", (await scope.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());

        using var plain = Program(host, https: false);
        var overHttp = await RequestTokenAsync(plain, client.ClientId, client.ClientSecret);
        Assert.Equal(HttpStatusCode.Forbidden, overHttp.StatusCode);
        Assert.DoesNotContain("access_token", await overHttp.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // api.read: GET yes, POST no.
        http.WithBearer(await TokenAsync(http, client));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.PostAsJsonAsync("/api/v1/applications", new { schemeId = "cec-7065cvp-a0" })).StatusCode);
        // A token sent over plain HTTP is refused too.
        plain.WithBearer(http.DefaultRequestHeaders.Authorization!.Parameter!);
        Assert.Equal(HttpStatusCode.Forbidden, (await plain.GetAsync("/api/v1/applications")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_clients_tokens_stop_working_and_registration_and_revocation_are_audited_without_the_secret()
    {
        var (user, organisationId, _) = await Scenario.NewApplicantAsync(host);
        user.Dispose();
        var client = await RegisterAsync(host, organisationId, ["api"]);
        using var http = Program(host);
        http.WithBearer(await TokenAsync(http, client));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/me")).StatusCode);

        using var admin = host.CreateTestClient();
        await admin.SignInOkAsync(Demo.Admin);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.Http.PostAsync($"/api/v1/api-clients/{client.Id}/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.Http.PostAsync($"/api/v1/api-clients/{client.Id}/revoke", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RequestTokenAsync(http, client.ClientId, client.ClientSecret)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.WithBearer("pcfat_madeup").GetAsync("/api/v1/me")).StatusCode);

        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
        var trail = await db.AuditTrail.AsNoTracking().Where(a => a.Entity == "ApiClient" && a.EntityId == client.Id.ToString()).ToListAsync();
        Assert.Equal(["Added", "Modified"], trail.OrderBy(a => a.Id).Select(a => a.Action));
        Assert.All(trail, a => Assert.Equal("系统管理员", a.UserName));
        Assert.DoesNotContain(trail, a => (a.After ?? "").Contains("SecretHash", StringComparison.Ordinal) || (a.After ?? "").Contains(client.ClientSecret, StringComparison.Ordinal));
        Assert.Contains(trail, a => (a.After ?? "").Contains("RevokedAt", StringComparison.Ordinal));
        var stored = await db.ApiClients.AsNoTracking().SingleAsync(c => c.Id == client.Id);
        Assert.NotEqual(client.ClientSecret, stored.SecretHash);
        Assert.Equal(64, stored.SecretHash.Length);
    }

    [Fact]
    public async Task Only_an_administrator_registers_and_bad_input_is_refused_naming_the_field_in_chinese()
    {
        using var manager = host.CreateTestClient();
        await manager.SignInOkAsync(Demo.Manager);
        var forbidden = await manager.Http.PostAsJsonAsync("/api/v1/api-clients", new { name = "x", organisationId = Demo.Manufacturer, scopes = new[] { "api" } });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var admin = host.CreateTestClient();
        await admin.SignInOkAsync(Demo.Admin);
        var bad = await admin.Http.PostAsJsonAsync("/api/v1/api-clients",
            new { name = "", organisationId = Guid.NewGuid(), scopes = new[] { "admin" }, callbackUrl = "http://example.com/hook" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("请填写名称。", errors.GetProperty("Name")[0].GetString());
        Assert.StartsWith("组织：", errors.GetProperty("OrganisationId")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("权限范围：", errors.GetProperty("Scopes")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("PACT 事件地址：", errors.GetProperty("CallbackUrl")[0].GetString(), StringComparison.Ordinal);
        var list = await admin.Http.GetFromJsonAsync<JsonElement>("/api/v1/api-clients");
        Assert.DoesNotContain(list.EnumerateArray(), c => c.GetProperty("name").GetString() == "");

        // The page: register with the form, the secret is shown once, the list never shows it again.
        var page = await admin.PostFormAsync("/ApiClients?handler=Register",
            [new("Input.Name", "页面客户端"), new("Input.OrganisationId", Demo.Manufacturer.ToString()), new("Input.Scopes", "pact")], "/ApiClients");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var secret = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"client-secret\">(pcfsec_[^<]+)<").Groups[1].Value;
        Assert.StartsWith("pcfsec_", secret, StringComparison.Ordinal);
        var again = await admin.GetPageAsync("/ApiClients");
        Assert.Contains("页面客户端", again, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, again, StringComparison.Ordinal);
    }
}

public sealed class ApiClientsOnSqlite(SqliteHost host) : ApiClientScenarios<SqliteHost>(host);

public sealed class ApiClientsOnPostgreSql(PostgreSqlHost host) : ApiClientScenarios<PostgreSqlHost>(host);
