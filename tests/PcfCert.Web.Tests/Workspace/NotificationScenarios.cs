using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PcfCert.Web.Features.Notifications;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Workspace;

/// <summary>Every step tells the parties it concerns, in the app and by mail; approaching deadlines are announced once.</summary>
public abstract class NotificationScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string Pcec = "zcxh-xz-15-2024-v4.0";

    [Fact]
    public async Task Acceptance_team_and_a_nonconformity_reach_the_applicant_and_the_team_in_the_app_and_by_mail()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        var id = await WorkflowScenarios<THost>.Draft(applicant, Pcec, "submersible-pump");
        var number = (await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("number").GetString()!;
        await WorkflowScenarios<THost>.UploadRequired(applicant, id, Pcec);
        await WorkflowScenarios<THost>.Ok(applicant, id, "submit", WorkflowScenarios<THost>.Declared);
        Assert.Contains("Notice.Text.submit", await Keys(manager, number));
        Assert.DoesNotContain("Notice.Text.submit", await Keys(applicant, number)); // not told of one's own step

        await WorkflowScenarios<THost>.Ok(manager, id, "accept", WorkflowScenarios<THost>.Acceptance());
        var people = await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/personnel");
        var zhang = people.EnumerateArray().First(p => p.GetProperty("name").GetString() == "张检查员").GetProperty("id").GetString()!;
        await WorkflowScenarios<THost>.Ok(manager, id, "assign-team", new
        {
            leader = zhang, members = Array.Empty<string>(), personDays = 2, purpose = "初次认证现场检查", basis = "认证实施规则", scope = "全部认证单元",
            from = "2026-12-01", to = "2026-12-02",
        });
        Assert.Equal(["Notice.Text.accept", "Notice.Text.assign-team"], (await Keys(applicant, number)).Order());
        Assert.Equal(["Notice.Text.assign-team"], await Keys(inspector, number));

        await WorkflowScenarios<THost>.Ok(inspector, id, "start-inspection");
        await WorkflowScenarios<THost>.Ok(inspector, id, "raise-nonconformity", new { clauseId = "4", description = "能源计量器具未按期校准" });
        var notices = await Notices(applicant, number);
        var nc = notices.First(n => n.GetProperty("textKey").GetString() == "Notice.Text.raise-nonconformity");
        Assert.Equal($"/Applications/Details/{id}?step=inspection#record-checklist", nc.GetProperty("link").GetString());

        // The layout shows the unread count; opening the notice marks it read and goes to the page of the action.
        var home = await applicant.GetPageAsync("/");
        Assert.Contains("data-testid=\"unread-count\"", home);
        var open = await applicant.Http.GetAsync($"/Notifications?handler=Open&id={nc.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal($"/Applications/Details/{id}?step=inspection#record-checklist", open.Headers.Location!.OriginalString);
        Assert.True((await Notices(applicant, number)).Single(n => n.GetProperty("id").GetGuid() == nc.GetProperty("id").GetGuid()).GetProperty("read").GetBoolean());
        // Another user cannot open (or learn of) someone else's notice.
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/Notifications?handler=Open&id={nc.GetProperty("id").GetGuid()}")).StatusCode);

        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<MailNotifications>().Handle(CancellationToken.None);
        }
        var mails = Directory.EnumerateFiles(host.MailDirectory, "*.eml").Select(f => MimeMessage.Load(f)).ToList();
        var mail = mails.Single(m => m.Headers["X-PcfCert-Notification"]?.StartsWith($"raise-nonconformity:{id:N}:", StringComparison.Ordinal) == true);
        Assert.Equal(Demo.Applicant, mail.To.Mailboxes.Single().Address);
        Assert.Contains($"申请 {number} 在现场检查中开具了不符合项", mail.Subject);
        Assert.Contains($"/Applications/Details/{id}?step=inspection#record-checklist", mail.TextBody);
    }

    [Fact]
    public async Task A_deadline_within_the_configured_days_is_announced_once_to_whoever_must_act()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        var id = await WorkflowScenarios<THost>.Draft(applicant, "cec-7065cvp-a0", "electronic-components");
        var number = (await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("number").GetString()!;
        await WorkflowScenarios<THost>.CecToInspection(applicant, manager, inspector, id);
        // CEC: the team sets the rectification deadline; 20 days from today is inside a 30-day warning window.
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(20);
        await WorkflowScenarios<THost>.Ok(inspector, id, "raise-nonconformity", new { clauseId = "4", description = "能源计量器具未按期校准", deadline = deadline.ToString("yyyy-MM-dd") });

        async Task<int> Run(int days)
        {
            using var scope = host.Services.CreateScope();
            var options = new NotificationOptions { DeadlineDaysBefore = days };
            return await ActivatorUtilities.CreateInstance<RaiseDeadlineNotices>(scope.ServiceProvider, options).Handle(CancellationToken.None);
        }
        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<RaiseDeadlineNotices>().Handle(CancellationToken.None); // as the worker resolves it
        }
        await Run(10);
        Assert.DoesNotContain("Notice.Text.deadline", await Keys(applicant, number));
        await Run(30);
        var deadlineNotices = (await Notices(applicant, number)).Where(n => n.GetProperty("textKey").GetString() == "Notice.Text.deadline").ToList();
        Assert.Equal(deadline.ToString("yyyy-MM-dd"), Assert.Single(deadlineNotices).GetProperty("detail").GetString());
        await Run(30);
        Assert.Single(await Notices(applicant, number), n => n.GetProperty("textKey").GetString() == "Notice.Text.deadline");
    }

    private static async Task<List<JsonElement>> Notices(TestClient client, string number) =>
        (await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).EnumerateArray().Where(n => n.GetProperty("reference").GetString() == number).ToList();

    private static async Task<List<string>> Keys(TestClient client, string number) =>
        (await Notices(client, number)).Select(n => n.GetProperty("textKey").GetString()!).ToList();

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }
}

public sealed class NotificationsOnSqlite(SqliteHost host) : NotificationScenarios<SqliteHost>(host);

public sealed class NotificationsOnPostgreSql(PostgreSqlHost host) : NotificationScenarios<PostgreSqlHost>(host);
