using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;
using W = PcfCert.Web.Tests.WorkflowScenarios<PcfCert.Web.Tests.Infrastructure.SqliteHost>;

namespace PcfCert.Web.Tests.Fidelity;

/// <summary>CEC 5.7.3 through the app: a failed inspection owes the 认证不合格通知 within 30 days of its end, stored and sent.</summary>
public abstract class FailureNoticeScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task Cec_5_7_3_a_failed_inspection_raises_the_failure_notice_due_30_days_after_it_and_the_manager_records_it_sent()
    {
        using var applicant = host.CreateTestClient();
        await applicant.SignInOkAsync(Demo.Applicant);
        using var manager = host.CreateTestClient();
        await manager.SignInOkAsync(Demo.Manager);
        using var inspector = host.CreateTestClient();
        await inspector.SignInOkAsync(Demo.Inspector);
        var id = await W.Draft(applicant, "cec-7065cvp-a0", "electronic-components");
        await W.CecToInspection(applicant, manager, inspector, id);
        await W.Ok(inspector, id, "fail-inspection", new { reason = "产品碳足迹数据无法溯源" });

        var application = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        var notice = application.GetProperty("failureNotice");
        var failedOn = DateOnly.Parse(notice.GetProperty("raisedOn").GetString()!);
        Assert.Equal(failedOn.AddDays(30), DateOnly.Parse(notice.GetProperty("dueOn").GetString()!));
        Assert.Equal("产品碳足迹数据无法溯源", notice.GetProperty("reasons").GetString());
        var page = await manager.Http.GetStringAsync($"/Applications/Details/{id}");
        Assert.Contains("认证不合格通知", page);
        Assert.Contains($"终止通知时限: {failedOn.AddDays(30):yyyy-MM-dd}", page);

        var byApplicant = await applicant.Http.PostAsJsonAsync($"/api/v1/applications/{id}/actions/send-failure-notice", new { });
        Assert.Equal(HttpStatusCode.Forbidden, byApplicant.StatusCode);
        await W.Ok(manager, id, "send-failure-notice");
        var sent = (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("failureNotice");
        Assert.Equal(JsonValueKind.String, sent.GetProperty("sentOn").ValueKind);
        var again = await manager.Http.PostAsJsonAsync($"/api/v1/applications/{id}/actions/send-failure-notice", new { });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.DoesNotContain("终止通知时限", await manager.Http.GetStringAsync($"/Applications/Details/{id}"));
    }
}

public sealed class FailureNoticeOnSqlite(SqliteHost host) : FailureNoticeScenarios<SqliteHost>(host);

public sealed class FailureNoticeOnPostgreSql(PostgreSqlHost host) : FailureNoticeScenarios<PostgreSqlHost>(host);
