using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Web.Features.Applications;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Tests.Infrastructure;
using W = PcfCert.Web.Tests.WorkflowScenarios<PcfCert.Web.Tests.Infrastructure.SqliteHost>;

namespace PcfCert.Web.Tests.Fidelity;

/// <summary>Issue 17 item 15: a missed rectification deadline fails the inspection through the scheduled duties.</summary>
public abstract class RectificationDutyScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task Cec_5_6_a_rectification_deadline_missed_fails_the_inspection_when_the_duties_run_and_not_before()
    {
        using var applicant = host.CreateTestClient();
        await applicant.SignInOkAsync(Demo.Applicant);
        using var manager = host.CreateTestClient();
        await manager.SignInOkAsync(Demo.Manager);
        using var inspector = host.CreateTestClient();
        await inspector.SignInOkAsync(Demo.Inspector);
        var id = await W.Draft(applicant, "cec-7065cvp-a0", "electronic-components");
        await W.CecToInspection(applicant, manager, inspector, id);
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var deadline = today.AddDays(3);
        await W.Ok(inspector, id, "raise-nonconformity", new { clauseId = "4", description = "能源计量器具未校准", deadline = deadline.ToString("yyyy-MM-dd") });

        // Today's run (the scheduler's own clock) changes nothing: the deadline has not passed.
        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<RunCertificateDuties>().Handle(CancellationToken.None);
        }
        Assert.Equal("Inspecting", await Status(manager, id));

        // On the last day still nothing; on the day after (deadline + 1, at 10:00 in China) the inspection fails.
        var duty = host.Services.CreateScope().ServiceProvider.GetRequiredService<FailOverdueRectifications>();
        var onDeadline = new DateTimeOffset(deadline.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
        Assert.Equal(0, (await duty.Handle(onDeadline, CancellationToken.None)).Applied);
        Assert.Equal(1, (await duty.Handle(onDeadline.AddDays(1), CancellationToken.None)).Applied);
        Assert.Equal(0, (await duty.Handle(onDeadline.AddDays(2), CancellationToken.None)).Applied);   // done once only

        var application = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        Assert.Equal("InspectionFailed", application.GetProperty("status").GetString());
        Assert.Equal("Failed", application.GetProperty("nonconformities")[0].GetProperty("status").GetString());
        var last = application.GetProperty("transitions").EnumerateArray().Last();
        Assert.Equal("system:duties", last.GetProperty("by").GetProperty("userId").GetString());
        // CEC 5.7.3: the failure notice is owed 30 days after the inspection ended (the day the duty failed it).
        Assert.Equal(deadline.AddDays(1 + 30).ToString("yyyy-MM-dd"), application.GetProperty("failureNotice").GetProperty("dueOn").GetString());
    }

    private static async Task<string?> Status(TestClient client, Guid id) =>
        (await client.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("status").GetString();
}

public sealed class RectificationDutyOnSqlite(SqliteHost host) : RectificationDutyScenarios<SqliteHost>(host);

public sealed class RectificationDutyOnPostgreSql(PostgreSqlHost host) : RectificationDutyScenarios<PostgreSqlHost>(host);
