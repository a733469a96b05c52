using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Workspace;

/// <summary>Each role's inbox follows the application as the others act on it.</summary>
public abstract class InboxScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string Pcec = "zcxh-xz-15-2024-v4.0";

    [Fact]
    public async Task Each_step_moves_the_application_into_the_inbox_of_whoever_acts_next()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await WorkflowScenarios<THost>.Draft(applicant, Pcec, "submersible-pump");
        var number = (await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("number").GetString()!;
        Assert.Equal(["Inbox.Task.CompleteDraft"], await Tasks(applicant, number));

        await WorkflowScenarios<THost>.UploadRequired(applicant, id, Pcec);
        await WorkflowScenarios<THost>.Ok(applicant, id, "submit", WorkflowScenarios<THost>.Declared);
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        using var reviewer = await SignedIn(Demo.Reviewer);
        Assert.Empty(await Tasks(applicant, number));
        Assert.Equal(["Inbox.Task.Accept"], await Tasks(manager, number));
        Assert.Empty(await Tasks(inspector, number));

        await WorkflowScenarios<THost>.Ok(manager, id, "accept", WorkflowScenarios<THost>.Acceptance());
        Assert.Equal(["Inbox.Task.Plan"], await Tasks(manager, number));
        Assert.Empty(await Tasks(inspector, number));
        var people = await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/personnel");
        var zhang = people.EnumerateArray().First(p => p.GetProperty("name").GetString() == "张检查员").GetProperty("id").GetString()!;
        await WorkflowScenarios<THost>.Ok(manager, id, "assign-team", new
        {
            leader = zhang, members = Array.Empty<string>(), personDays = 2, purpose = "初次认证现场检查", basis = "认证实施规则", scope = "全部认证单元",
            from = "2026-12-01", to = "2026-12-02",
        });
        // The team leader (张检查员 signs in as inspector@) now has the inspection; the manager and the reviewer have nothing.
        Assert.Equal(["Inbox.Task.StartInspection"], await Tasks(inspector, number));
        Assert.Empty(await Tasks(manager, number));
        Assert.Empty(await Tasks(reviewer, number));

        await WorkflowScenarios<THost>.Ok(inspector, id, "start-inspection");
        await WorkflowScenarios<THost>.Ok(inspector, id, "raise-nonconformity", new { clauseId = "4", description = "能源计量器具未按期校准" });
        var nc = (await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("nonconformities")[0];
        var item = (await Items(applicant)).Single(i => i.GetProperty("reference").GetString() == number);
        Assert.Equal("Rectification", item.GetProperty("kind").GetString());
        Assert.Equal("Inbox.Task.Rectify", item.GetProperty("taskKey").GetString());
        // PCEC: the rectification deadline is the day raised plus two months, and the inbox shows that date.
        Assert.Equal(DateOnly.Parse(nc.GetProperty("raisedOn").GetString()!).AddMonths(2), DateOnly.Parse(item.GetProperty("due").GetString()!));
        Assert.Equal(["Inbox.Task.Inspect"], await Tasks(inspector, number));

        await WorkflowScenarios<THost>.Ok(applicant, id, "submit-rectification", new { number = 1, evidence = "补充校准证书" });
        Assert.Empty(await Tasks(applicant, number));
        Assert.Equal(["Inbox.Task.Inspect", "Inbox.Task.JudgeRectification"], (await Tasks(inspector, number)).Order());
        var counts = (await inspector.Http.GetFromJsonAsync<JsonElement>("/api/v1/inbox")).GetProperty("counts");
        Assert.True(counts.GetProperty("Rectification").GetInt32() >= 1);

        var home = await inspector.GetPageAsync("/");
        Assert.Contains("评价整改材料", home);
        Assert.Contains($"/Applications/Details/{id}?step=inspection#record-checklist", home);
    }

    [Fact]
    public async Task An_applicant_never_sees_another_organisations_work_and_staff_without_a_part_see_none()
    {
        using var admin = await SignedIn(Demo.Admin);
        using var expert = await SignedIn(Demo.Expert);
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await WorkflowScenarios<THost>.Draft(applicant, Pcec, "submersible-pump");
        var number = (await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("number").GetString()!;
        Assert.Empty(await Tasks(admin, number));
        Assert.Empty(await Tasks(expert, number));
    }

    private static async Task<List<JsonElement>> Items(TestClient client) =>
        (await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/inbox")).GetProperty("items").EnumerateArray().ToList();

    private static async Task<List<string>> Tasks(TestClient client, string number) =>
        (await Items(client)).Where(i => i.GetProperty("reference").GetString() == number).Select(i => i.GetProperty("taskKey").GetString()!).ToList();

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }
}

public sealed class InboxOnSqlite(SqliteHost host) : InboxScenarios<SqliteHost>(host);

public sealed class InboxOnPostgreSql(PostgreSqlHost host) : InboxScenarios<PostgreSqlHost>(host);
