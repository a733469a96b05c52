using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests;

/// <summary>
/// The scheme catalog and working-day API and the scheme pages. Schemes are files, not database rows,
/// so these run on SQLite only.
/// </summary>
public sealed class SchemeScenarios(SqliteHost host) : IClassFixture<SqliteHost>
{
    private async Task<TestClient> SignedInAsync()
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Applicant);
        return client;
    }

    [Fact]
    public async Task Lists_both_schemes()
    {
        using var client = await SignedInAsync();
        var list = await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/schemes");
        Assert.Equal(["cec-7065cvp-a0", "zcxh-xz-15-2024-v4.0"], list.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("ZCXH/XZ-15-2024", list[1].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Returns_a_whole_definition_with_parameters_by_name()
    {
        using var client = await SignedInAsync();
        var cec = await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/schemes/cec-7065cvp-a0");
        var parameters = cec.GetProperty("parameters");
        Assert.Equal(90, parameters.GetProperty("certificationTimeLimitDays").GetProperty("value").GetInt32());
        Assert.Equal("5.2.1", parameters.GetProperty("minTeamMembers").GetProperty("clause").GetString());
        Assert.Equal(JsonValueKind.Null, parameters.GetProperty("markMinSizeMm").GetProperty("value").ValueKind);
        Assert.Equal(13, cec.GetProperty("factoryAssuranceChecklist").GetProperty("clauses").GetArrayLength());

        var pcec = await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/schemes/zcxh-xz-15-2024-v4.0");
        Assert.Equal(8m, pcec.GetProperty("parameters").GetProperty("markMinSizeMm").GetProperty("value").GetDecimal());
        Assert.Equal("no-later-than-months-before-expiry", pcec.GetProperty("renewal").GetProperty("timing").GetString());
    }

    [Fact]
    public async Task Unknown_scheme_is_404_and_anonymous_is_401()
    {
        using var client = await SignedInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/api/v1/schemes/nope")).StatusCode);
        using var anonymous = host.CreateTestClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync("/api/v1/schemes")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync("/api/v1/calendar/working-days?from=2025-01-24&days=1")).StatusCode);
    }

    [Theory]
    [InlineData("2025-01-24", 3, "2025-02-05")] // across Spring Festival 2025
    [InlineData("2026-02-13", 2, "2026-02-24")] // across Spring Festival 2026
    [InlineData("2024-09-30", 1, "2024-10-08")] // across National Day 2024
    [InlineData("2026-09-30", 3, "2026-10-10")] // onto the adjusted Saturday after National Day 2026
    public async Task Working_days_follow_the_chinese_calendar(string from, int days, string expected)
    {
        using var client = await SignedInAsync();
        var result = await client.Http.GetFromJsonAsync<JsonElement>($"/api/v1/calendar/working-days?from={from}&days={days}");
        Assert.Equal(expected, result.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("from=2025/01/24&days=1", "from")]
    [InlineData("days=1", "from")]
    [InlineData("from=2025-01-24&days=abc", "days")]
    [InlineData("from=2025-01-24&days=-1", "days")]
    [InlineData("from=2025-01-24", "days")]
    [InlineData("from=2027-03-01&days=1", "from")] // 2027 holidays are not published yet
    [InlineData("from=2026-12-30&days=5", "days")] // walks into 2027
    public async Task Bad_working_day_input_is_a_problem_naming_the_parameter(string query, string parameter)
    {
        using var client = await SignedInAsync();
        var response = await client.Http.GetAsync($"/api/v1/calendar/working-days?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Scheme_page_shows_the_rule_in_chinese_with_clauses()
    {
        using var client = await SignedInAsync();
        var index = await client.GetPageAsync("/Schemes");
        Assert.Contains("/Schemes/cec-7065cvp-a0", index);
        Assert.Contains("/Schemes/zcxh-xz-15-2024-v4.0", index);

        var page = await client.GetPageAsync("/Schemes/zcxh-xz-15-2024-v4.0");
        Assert.Contains("认证时限（日）", page);
        Assert.Contains("自正式受理认证委托之日起至颁发认证证书之日止，一般不超过180日。", page);
        Assert.Contains("防爆LED照明灯", page);
        Assert.Contains("附件1 第14条", page);
        Assert.Contains("未规定", page);
    }

    [Fact]
    public async Task Scheme_page_follows_the_chosen_language()
    {
        using var client = await SignedInAsync();
        var page = await client.GetPageAsync("/Schemes/cec-7065cvp-a0?culture=en");
        Assert.Contains("Minimum team members", page);
        Assert.Contains("Electronic components", page);
    }

    [Fact]
    public async Task Unknown_scheme_page_is_404()
    {
        using var client = await SignedInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/Schemes/nope")).StatusCode);
    }
}
