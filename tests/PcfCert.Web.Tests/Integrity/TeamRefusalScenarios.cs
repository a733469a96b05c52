using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;
using W = PcfCert.Web.Tests.WorkflowScenarios<PcfCert.Web.Tests.Infrastructure.SqliteHost>;

namespace PcfCert.Web.Tests.Integrity;

/// <summary>
/// CEC 5.2.1 "检查组长应为有能力的检查员": the qualification is checked on the leader, not on the team as a whole. The refusal
/// names the leader field in Chinese and leaves the application unplanned.
/// </summary>
public abstract class TeamRefusalScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string Cec = "cec-7065cvp-a0";

    [Fact]
    public async Task A_leader_who_is_not_a_competent_inspector_is_refused_even_when_a_member_is_one()
    {
        var (applicant, _, _) = await Scenario.NewApplicantAsync(host);
        using var _a = applicant;
        using var manager = host.CreateTestClient();
        await manager.SignInOkAsync(Demo.Manager);
        var id = await W.Draft(applicant, Cec, "electronic-components");
        await W.UploadRequired(applicant, id, Cec);
        await W.Ok(applicant, id, "submit", W.Declared);
        await W.Ok(manager, id, "accept", W.Acceptance());
        var people = await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/personnel");
        string Person(string name) => people.EnumerateArray().First(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;

        // 刘核查员 holds only the GHG verifier registration; 张检查员 (competent inspector) is on the team as a member.
        var refused = await manager.Http.PostAsJsonAsync($"/api/v1/applications/{id}/actions/assign-team", new
        {
            leader = Person("刘核查员"), members = new[] { Person("张检查员") }, personDays = 2,
            purpose = "初次认证现场检查", basis = "认证实施规则", scope = "全部认证单元", from = "2026-12-01", to = "2026-12-02",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var leader = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("leader")[0].GetString()!;
        Assert.StartsWith("检查组长须具备本规则要求的资格：", leader);
        Assert.Contains("组员具备不能代替", leader);
        Assert.DoesNotContain("competent-inspector", leader); // never the internal key

        var application = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        Assert.Equal("Accepted", application.GetProperty("status").GetString());
        Assert.Empty(application.GetProperty("team").EnumerateArray());
    }
}

public sealed class TeamRefusalsOnSqlite(SqliteHost host) : TeamRefusalScenarios<SqliteHost>(host);

public sealed class TeamRefusalsOnPostgreSql(PostgreSqlHost host) : TeamRefusalScenarios<PostgreSqlHost>(host);
