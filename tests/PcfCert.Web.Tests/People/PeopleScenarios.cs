using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;
using static PcfCert.Web.Tests.People.PeopleData;

namespace PcfCert.Web.Tests.People;

/// <summary>
/// People and accounts (issue 13 item 7, issue 17 item 12): register entries edited, CEC 5.2.2 table 1 enforced on the team,
/// the reviewer and the decision maker, experience counted from PcfCert's projects and the recorded ones, competence
/// evaluations by the evaluator, users with several roles and impartiality per application.
/// </summary>
public abstract class PeopleScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private async Task<TestClient> As(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }

    [Fact]
    public async Task A_manager_renews_a_qualification_and_adds_a_product_area_and_a_stale_form_changes_nothing()
    {
        using var manager = await As(Demo.Manager);
        var name = "续期检查员" + Guid.NewGuid().ToString("N")[..6];
        var person = await RegisterAsync(manager, name, null, ["Inspector"], ("ghg-verifier-registration", "2026-12-31"));
        var id = person.GetProperty("id").GetString()!;
        var edit = $"/Personnel/Edit/{id}";
        var page = await manager.GetPageAsync(edit);
        Assert.Contains("value=\"2026-12-31\"", page);
        var stamp = Stamp(page, "Input.ConcurrencyStamp");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.ConcurrencyStamp", stamp), new("Input.Name", name), new("Input.PersonnelTypes", "Inspector"),
            new("Input.QualificationKeys", "ghg-verifier-registration"), new("Input.QualificationNumbers", "GHG-2029-0001"),
            new("Input.QualificationValidUntil", "2029-12-31"),
            new("Input.ProductAreas", "electronic-components"), new("Input.ProductAreas", "PV11"),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync(edit, fields)).StatusCode);
        var renewed = await PersonAsync(manager, name);
        var qualification = renewed.GetProperty("qualifications")[0];
        Assert.Equal("GHG-2029-0001", qualification.GetProperty("registrationNumber").GetString());
        Assert.Equal("2029-12-31", qualification.GetProperty("validUntil").GetString());
        Assert.Equal(["electronic-components", "PV11"], renewed.GetProperty("productAreas").EnumerateArray().Select(a => a.GetString()));

        // The same form again, with the stamp it was opened with: refused, nothing changed.
        fields[0] = new("Input.ConcurrencyStamp", stamp);
        fields.Add(new("Input.ProductAreas", "PV13"));
        var stale = await manager.PostFormAsync(edit, fields);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync());
        Assert.Equal(2, (await PersonAsync(manager, name)).GetProperty("productAreas").GetArrayLength());
    }

    [Fact]
    public async Task An_account_already_linked_to_an_entry_is_not_linked_to_a_second_one()
    {
        using var manager = await As(Demo.Manager);
        var zhang = await PersonAsync(manager, "张检查员");
        var name = "重复账户" + Guid.NewGuid().ToString("N")[..6];
        var refused = await manager.PostFormAsync("/Personnel/Create",
            [new("Input.Name", name), new("Input.PersonnelTypes", "Inspector"), new("Input.UserId", zhang.GetProperty("userId").GetString()!)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("该登录账户已关联人员名册中的“张检查员”", await refused.Content.ReadAsStringAsync());
        Assert.DoesNotContain((await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/personnel")).EnumerateArray(), p => p.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task Cec_table_1_a_team_member_below_an_inspectors_qualification_or_the_same_person_twice_is_refused()
    {
        using var manager = await As(Demo.Manager);
        using var applicant = await As(Demo.Applicant);
        var id = await WorkflowScenarios<SqliteHost>.Draft(applicant, Cec, "electronic-components");
        await WorkflowScenarios<SqliteHost>.UploadRequired(applicant, id, Cec);
        await WorkflowScenarios<SqliteHost>.Ok(applicant, id, "submit", WorkflowScenarios<SqliteHost>.Declared);
        await WorkflowScenarios<SqliteHost>.Ok(manager, id, "accept", WorkflowScenarios<SqliteHost>.Acceptance());
        var zhang = (await PersonAsync(manager, "张检查员")).GetProperty("id").GetString()!;
        var liu = (await PersonAsync(manager, "刘核查员")).GetProperty("id").GetString()!;
        var name = "新检查员" + Guid.NewGuid().ToString("N")[..6];
        var novice = (await RegisterAsync(manager, name, null, ["Inspector"], ("competent-inspector", "2029-12-31"))).GetProperty("id").GetString()!;

        var refused = await ActAsync(manager, id, "assign-team", Team(zhang, [liu, novice]));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"{name} 不满足“检查员”的专业资格要求（CEC 5.2.2 表 1：至少应具备自愿性产品认证或温室气体核查员资质，或具备 2 个以上碳足迹核查项目经历。）", await refused.Content.ReadAsStringAsync());
        var twice = await ActAsync(manager, id, "assign-team", Team(zhang, [liu, zhang]));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("张检查员 在检查组中出现两次", await twice.Content.ReadAsStringAsync());
        Assert.Equal("Accepted", (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("status").GetString());

        // Two verification projects recorded in the register meet table 1 instead of a registration: the team is formed.
        foreach (var n in new[] { 1, 2 })
        {
            var recorded = await manager.PostFormAsync($"/Personnel/Edit/{novice}?handler=Project",
                [new("Project.Name", $"薄膜电容器碳足迹核查 {n}"), new("Project.Client", "无锡某电子有限公司"), new("Project.CompletedOn", $"2025-0{n}-15"),
                 new("Project.Role", "组员"), new("Project.Reference", $"HC-2025-00{n}")], $"/Personnel/Edit/{novice}");
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        }
        Assert.Contains("碳足迹核查项目经历：共 2 个（本系统已核查项目 0 个，登记的外部项目 2 个）", await manager.GetPageAsync($"/Personnel/Edit/{novice}"));
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(manager, id, "assign-team", Team(zhang, [liu, novice]))).StatusCode);
    }

    [Fact]
    public async Task Cec_table_1_the_reviewer_must_be_registered_with_an_inspectors_qualification_and_projects_verified_in_pcfcert_count()
    {
        var id = await AwaitingReviewAsync(host);
        var (email, userId) = await NewUserAsync(host, "TechnicalReviewer", "新复核" + Guid.NewGuid().ToString("N")[..4]);
        using var reviewer = await As(email);
        var recommend = new { recommendApproval = "true", comment = "符合要求" };

        var unregistered = await ActAsync(reviewer, id, "recommend", recommend);
        Assert.Equal(HttpStatusCode.BadRequest, unregistered.StatusCode);
        Assert.Contains("未以“认证复核人员”登记在人员名册中", await unregistered.Content.ReadAsStringAsync());

        using var manager = await As(Demo.Manager);
        var name = "复核人员" + Guid.NewGuid().ToString("N")[..6];
        var entry = await RegisterAsync(manager, name, userId, ["TechnicalReviewer"], ("competent-inspector", "2029-12-31"));
        var unqualified = await ActAsync(reviewer, id, "recommend", recommend);
        Assert.Equal(HttpStatusCode.BadRequest, unqualified.StatusCode);
        var message = await unqualified.Content.ReadAsStringAsync();
        Assert.Contains($"{name} 不满足“认证复核与决定人员”的专业资格要求", message);
        Assert.Contains("碳足迹核查项目经历 0 个", message);
        Assert.Equal("AwaitingReview", (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("status").GetString());

        // PcfCert's own projects count: the person on two teams whose verified value was recorded (as technical expert,
        // which table 1 does not bar: "不宜低于" is advisory).
        var member = entry.GetProperty("id").GetString()!;
        await AwaitingReviewAsync(host, experts: [member]);
        await AwaitingReviewAsync(host, experts: [member]);
        Assert.Contains("碳足迹核查项目经历：共 2 个（本系统已核查项目 2 个，登记的外部项目 0 个）", await manager.GetPageAsync($"/Personnel/Edit/{member}"));
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(reviewer, id, "recommend", recommend)).StatusCode);
        using var decision = await As(Demo.DecisionMaker);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(decision, id, "decide", new { approve = "true" })).StatusCode);
    }

    [Fact]
    public async Task Pcec_7_6_a_user_with_several_roles_inspects_one_project_and_reviews_another_but_never_both_on_one_pcec_application()
    {
        var (email, userId) = await NewUserAsync(host, "Inspector", "兼职复核" + Guid.NewGuid().ToString("N")[..4]);
        using (var admin = await As(Demo.Admin))
        {
            var edit = $"/Users/Edit/{userId}";
            var page = await admin.GetPageAsync(edit);
            var stamp = Stamp(page, "Input.ConcurrencyStamp");
            // An applicant role beside a staff role is refused.
            var mixed = await admin.PostFormAsync(edit, [new("Input.ConcurrencyStamp", stamp), new("Input.DisplayName", "兼职复核"),
                new("Input.Roles", "Inspector"), new("Input.Roles", "Applicant")]);
            Assert.Contains("认证委托人用户不能兼任认证机构的角色", await mixed.Content.ReadAsStringAsync());
            var saved = await admin.PostFormAsync(edit, [new("Input.ConcurrencyStamp", stamp), new("Input.DisplayName", "兼职复核"),
                new("Input.Roles", "Inspector"), new("Input.Roles", "TechnicalReviewer")]);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Contains("检查员, 认证复核人员", await admin.GetPageAsync("/Users"));
        }
        using var manager = await As(Demo.Manager);
        var name = "兼职复核" + Guid.NewGuid().ToString("N")[..6];
        var person = await RegisterAsync(manager, name, userId, ["Inspector", "TechnicalReviewer"], ("ghg-verifier-registration", "2029-12-31"));

        // PCEC 7.6 (decision.reviewerMustBeIndependent true): 没参与实施评价活动的复核人员 — refused on the application they
        // inspected, and nothing changes; accepted on another one.
        var member = person.GetProperty("id").GetString()!;
        var inspected = await PcecAwaitingReviewAsync(host, [member]);
        var elsewhere = await PcecAwaitingReviewAsync(host, []);
        using var both = await As(email); // signed in after the change: the roles come with the new session
        var recommend = new { recommendApproval = "true", comment = "符合要求" };
        var own = await ActAsync(both, inspected, "recommend", recommend);
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("参与了评价活动", await own.Content.ReadAsStringAsync());
        Assert.Equal("AwaitingReview", (await both.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{inspected}")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(both, elsewhere, "recommend", recommend)).StatusCode);

        // CEC's flag is false (the CEC rule does not ask for it, see the scheme file's note): the same team member may
        // review — the flag, not the role, decides.
        var cec = await AwaitingReviewAsync(host, [member]);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(both, cec, "recommend", recommend)).StatusCode);
    }

    [Fact]
    public async Task Cec_5_2_2_the_competence_evaluator_records_evaluations_nobody_else_does_and_not_of_themself()
    {
        using var manager = await As(Demo.Manager);
        var liu = (await PersonAsync(manager, "刘核查员")).GetProperty("id").GetString()!;
        var self = (await PersonAsync(manager, "孙评价")).GetProperty("id").GetString()!;
        using var evaluator = await As(Demo.Competence);
        var page = $"/Personnel/Edit/{liu}";
        KeyValuePair<string, string>[] evaluation =
            [new("Evaluation.PersonnelType", "Inspector"), new("Evaluation.Competent", "true"), new("Evaluation.Basis", "GHG 注册资格核验；2025 年两个项目现场见证"), new("Evaluation.ProductAreas", "electronic-components")];
        Assert.Equal(HttpStatusCode.Redirect, (await evaluator.PostFormAsync(page + "?handler=Evaluation", evaluation, page)).StatusCode);
        var recorded = (await PersonAsync(manager, "刘核查员")).GetProperty("evaluations").EnumerateArray().Last();
        Assert.True(recorded.GetProperty("competent").GetBoolean());
        Assert.Equal("孙评价", recorded.GetProperty("evaluatorName").GetString());
        Assert.Equal(["electronic-components"], recorded.GetProperty("productAreas").EnumerateArray().Select(a => a.GetString()));

        var byManager = await manager.PostFormAsync(page + "?handler=Evaluation", evaluation, page);
        Assert.Equal(HttpStatusCode.Redirect, byManager.StatusCode);
        Assert.Contains("/Account/AccessDenied", byManager.Headers.Location!.OriginalString);
        Assert.Single((await PersonAsync(manager, "刘核查员")).GetProperty("evaluations").EnumerateArray(), e => e.GetProperty("evaluatorName").GetString() == "孙评价");

        var own = await evaluator.PostFormAsync($"/Personnel/Edit/{self}?handler=Evaluation",
            [new("Evaluation.PersonnelType", "CompetenceEvaluator"), new("Evaluation.Competent", "true"), new("Evaluation.Basis", "自评")], $"/Personnel/Edit/{self}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("孙评价 不能评价自己的能力", await own.Content.ReadAsStringAsync());
        Assert.Empty((await PersonAsync(manager, "孙评价")).GetProperty("evaluations").EnumerateArray());
    }
}

public sealed class PeopleOnSqlite(SqliteHost host) : PeopleScenarios<SqliteHost>(host);

public sealed class PeopleOnPostgreSql(PostgreSqlHost host) : PeopleScenarios<PostgreSqlHost>(host);
