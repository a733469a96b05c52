using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Tests.Certificates;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Integrity;

/// <summary>
/// Issue 11 item 8: <c>duties --as-of</c>, the operator command of the web host, runs the scheduler's duties for a chosen
/// day against the host's database: CEC 7.4 / PCEC 9.4 "暂停期限不超过 6 个月", a longer suspension is revoked.
/// </summary>
public abstract class DutiesCommandScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task A_duties_run_as_of_the_day_after_six_months_of_suspension_revokes_the_certificate_and_not_a_day_earlier()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var issued = await CertificateData.IssueAsync(host, manager);
        var id = issued.GetProperty("id").GetGuid();
        var number = issued.GetProperty("number").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/suspend", new { reason = "监督不通过" })).StatusCode);
        var suspendedOn = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        // Suspended on day D: six months end on D + 6 months; revoked from the day after.
        var lastDay = suspendedOn.AddMonths(6);

        Assert.Equal(2, await RunAsync(["duties", "--as-of", lastDay.ToString("yyyy-MM-dd")])); // a future day needs the flag
        Assert.Equal("Suspended", await StatusAsync(manager, id));
        Assert.Equal(0, await RunAsync(["duties", "--as-of", lastDay.ToString("yyyy-MM-dd"), "--confirm-future"]));
        Assert.Equal("Suspended", await StatusAsync(manager, id));

        var output = new StringWriter();
        Assert.Equal(0, await DutiesCommand.RunAsync(host.Services, output, ["duties", "--as-of", lastDay.AddDays(1).ToString("yyyy-MM-dd"), "--confirm-future"]));
        Assert.Contains($"Duties as of {lastDay.AddDays(1):yyyy-MM-dd}:", output.ToString());
        Assert.Equal("Revoked", await StatusAsync(manager, id));
        using var anonymous = host.CreateTestClient();
        Assert.Equal("Revoked", (await anonymous.Http.GetFromJsonAsync<JsonElement>($"/api/v1/registry/certificates/{number}")).GetProperty("status").GetString());
        using var scope = host.Services.CreateScope();
        var notices = await scope.ServiceProvider.GetRequiredService<PcfCertDbContext>().CertificateNotices.Where(n => n.CertificateId == id)
            .Select(n => n.Kind).ToListAsync();
        Assert.Single(notices, CertificateNoticeKind.SuspensionLapsed);

        // Bad input is refused with the usage, changing nothing.
        Assert.Equal(2, await RunAsync(["duties"]));
        Assert.Equal(2, await RunAsync(["duties", "--as-of", "2027-13-01"]));
    }

    [Fact]
    public async Task A_duties_run_as_of_a_day_raises_the_application_deadline_notices_due_by_then_and_only_once()
    {
        // The scheduler's one run includes the deadline notices, so the operator's run for a chosen day raises them too.
        using var applicant = await SignedInAsync(Demo.Applicant);
        using var manager = await SignedInAsync(Demo.Manager);
        using var inspector = await SignedInAsync(Demo.Inspector);
        var id = await WorkflowScenarios<THost>.Draft(applicant, "cec-7065cvp-a0", "electronic-components");
        var number = (await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("number").GetString()!;
        await WorkflowScenarios<THost>.CecToInspection(applicant, manager, inspector, id);
        // A CEC 5.6 rectification deadline exactly DeadlineDaysBefore (w) days after today: announced from today, not yesterday.
        var w = host.Services.GetRequiredService<PcfCert.Web.Features.Notifications.NotificationOptions>().DeadlineDaysBefore;
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var deadline = today.AddDays(w);
        await WorkflowScenarios<THost>.Ok(inspector, id, "raise-nonconformity", new { clauseId = "4", description = "能源计量器具未按期校准", deadline = deadline.ToString("yyyy-MM-dd") });

        Assert.Equal(0, await RunAsync(["duties", "--as-of", today.AddDays(-1).ToString("yyyy-MM-dd")])); // w + 1 days left
        Assert.Equal(0, await RectificationNoticesAsync(applicant, number, deadline));
        var output = new StringWriter();
        Assert.Equal(0, await DutiesCommand.RunAsync(host.Services, output, ["duties", "--as-of", today.ToString("yyyy-MM-dd")]));
        Assert.Matches(@"[1-9]\d* deadline notices raised", output.ToString());
        Assert.Equal(1, await RectificationNoticesAsync(applicant, number, deadline));
        Assert.Equal(0, await RunAsync(["duties", "--as-of", today.ToString("yyyy-MM-dd")]));
        Assert.Equal(1, await RectificationNoticesAsync(applicant, number, deadline));
    }

    private static async Task<int> RectificationNoticesAsync(TestClient applicant, string number, DateOnly deadline) =>
        (await applicant.Http.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).EnumerateArray().Count(n =>
            n.GetProperty("reference").GetString() == number && n.GetProperty("textKey").GetString() == "Notice.Text.deadline"
            && n.GetProperty("detail").GetString() == deadline.ToString("yyyy-MM-dd") && n.GetProperty("link").GetString()!.Contains("record-checklist"));

    private async Task<TestClient> SignedInAsync(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }

    private async Task<int> RunAsync(string[] args) => await DutiesCommand.RunAsync(host.Services, TextWriter.Null, args);

    private static async Task<string?> StatusAsync(TestClient client, Guid id) =>
        (await client.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}")).GetProperty("status").GetString();
}

public sealed class DutiesCommandOnSqlite(SqliteHost host) : DutiesCommandScenarios<SqliteHost>(host);

public sealed class DutiesCommandOnPostgreSql(PostgreSqlHost host) : DutiesCommandScenarios<PostgreSqlHost>(host);
