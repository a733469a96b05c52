using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using PcfCert.Web.Tests.Infrastructure;
using W = PcfCert.Web.Tests.WorkflowScenarios<PcfCert.Web.Tests.Infrastructure.SqliteHost>;

namespace PcfCert.Web.Tests.Fidelity;

/// <summary>
/// Issue 17 item 13: records the rules ask for, entered where the user works, required where the rule requires them,
/// shown where staff read them and printed in the record they belong to; stored on each database.
/// </summary>
public abstract class ClauseRecordScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string Pcec = "zcxh-xz-15-2024-v4.0";

    [Fact]
    public async Task Pcec_7_4_1_the_team_records_normal_production_the_inspection_passes_only_with_it_and_the_report_prints_it()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        var id = await PcecInspectingAsync(applicant, manager, inspector);

        // The form asks for it.
        var page = await inspector.GetPageAsync($"/Applications/Details/{id}");
        Assert.Contains("data-testid=\"condition-normal-production\"", page);
        Assert.Contains("现场检查时工厂正常生产 (7.4.1)", page);

        // Not recorded: refused, naming the record in Chinese; nothing changes.
        var conclusion = W.Conclusion();
        conclusion.Remove("condition.normal-production");
        conclusion.Remove("conditionObservation.normal-production");
        var missing = await W.Act(inspector, id, "pass-inspection", conclusion);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var problem = await missing.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请填写 现场检查时工厂正常生产的记录（是否正常生产及观察情况）。",
            problem.GetProperty("errors").GetProperty("conclusion.conditions.normal-production")[0].GetString());

        // The factory was not producing: the inspection cannot pass.
        conclusion["condition.normal-production"] = "false";
        conclusion["conditionObservation.normal-production"] = "设备检修，总装线停产";
        var stopped = await W.Act(inspector, id, "pass-inspection", conclusion);
        Assert.Equal(HttpStatusCode.BadRequest, stopped.StatusCode);
        Assert.Contains("现场检查时工厂正常生产（7.4.1）：检查记录显示该条件未满足", await stopped.Content.ReadAsStringAsync());
        Assert.Equal("Inspecting", (await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("status").GetString());

        var passed = await W.Ok(inspector, id, "pass-inspection", W.Conclusion());
        Assert.Equal("Verifying", passed.GetProperty("status").GetString());
        var application = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        var recorded = application.GetProperty("inspectionConclusion").GetProperty("conditions")[0];
        Assert.Equal("normal-production", recorded.GetProperty("key").GetString());
        Assert.True(recorded.GetProperty("met").GetBoolean());

        // Shown where staff read the inspection, printed in the inspection report.
        page = await inspector.GetPageAsync($"/Applications/Details/{id}?step=Inspection");
        Assert.Contains("是：两条装配线在产，抽查当班产量 120 台", page);
        var report = DocxText(await inspector.Http.GetByteArrayAsync($"/api/v1/applications/{id}/records/inspection-report.docx?lang=zh-CN"));
        Assert.Contains("现场检查时工厂正常生产（7.4.1）", report);
        Assert.Contains("是：两条装配线在产，抽查当班产量 120 台", report);
    }

    [Fact]
    public async Task Pcec_annex_2_the_verification_report_cover_is_recorded_with_the_verified_value_asking_the_accompanying_persons()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        var id = await PcecInspectingAsync(applicant, manager, inspector);
        await W.Ok(inspector, id, "pass-inspection", W.Conclusion());
        var model = await File.ReadAllTextAsync(Path.Combine(LocalizationTests.RepositoryRoot(), "docs", "examples", "capacitor.model.json"));
        await W.Ok(inspector, id, "attach-model", new { model });
        await W.VerifyAll(inspector, id, await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{Pcec}"));

        // The form asks; unanswered or contradictory answers are refused naming the field, and nothing is recorded.
        var page = await inspector.GetPageAsync($"/Applications/Details/{id}?step=Verification");
        Assert.Contains("data-testid=\"accompanying-persons\"", page);
        Assert.Contains("检查组同行人员 (附件2)", page);
        var unanswered = await W.Act(inspector, id, "record-verified-value", new { modelVersion = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, unanswered.StatusCode);
        Assert.Equal("请填写 检查组同行人员（逐行填写，或勾选“无检查组同行人员”）。", (await unanswered.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("errors").GetProperty("report.accompanyingPersons")[0].GetString());
        var both = await W.Act(inspector, id, "record-verified-value", new { modelVersion = 1, accompanyingPersons = "王陪同", noAccompanyingPersons = "true" });
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Contains("请只选其一", await both.Content.ReadAsStringAsync());
        var before = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        Assert.Equal(JsonValueKind.Null, before.GetProperty("verifiedValue").ValueKind);

        const string person = "王陪同，委托人质量部，陪同人员";
        await W.Ok(inspector, id, "record-verified-value", new { modelVersion = 1, accompanyingPersons = person + "\n\n李陪同，生产企业，向导" });
        var report = (await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("verifiedValue").GetProperty("report");
        Assert.Equal([person, "李陪同，生产企业，向导"], report.GetProperty("accompanyingPersons").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("中创新海（天津）认证服务有限公司", report.GetProperty("verificationBody").GetProperty("zh").GetString());
        var leader = report.GetProperty("members")[0];
        Assert.Equal("张检查员", leader.GetProperty("name").GetString());
        Assert.NotEmpty(leader.GetProperty("qualifications").EnumerateArray());

        // Shown on the verification step and printed on the report's cover.
        page = await inspector.GetPageAsync($"/Applications/Details/{id}?step=Verification");
        Assert.Contains(person + "；李陪同，生产企业，向导", page);
        var docx = DocxText(await inspector.Http.GetByteArrayAsync($"/api/v1/applications/{id}/records/verification-report.docx?lang=zh-CN"));
        Assert.Contains(person + "；李陪同，生产企业，向导", docx);
        Assert.Contains("中创新海（天津）认证服务有限公司", docx);
        Assert.Contains(report.GetProperty("reportDate").GetString()!, docx);
    }

    /// <summary>A PCEC application in its on-site inspection with every checklist clause judged and the product consistent.</summary>
    private static async Task<Guid> PcecInspectingAsync(TestClient applicant, TestClient manager, TestClient inspector)
    {
        var id = await W.Draft(applicant, Pcec, "submersible-pump");
        await W.UploadRequired(applicant, id, Pcec);
        await W.Ok(applicant, id, "submit", W.Declared);
        await W.Ok(manager, id, "accept", W.Acceptance());
        var people = await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/personnel");
        var zhang = people.EnumerateArray().First(p => p.GetProperty("name").GetString() == "张检查员").GetProperty("id").GetString()!;
        await W.Ok(manager, id, "assign-team", W.Team(zhang, [], personDays: 2));
        await W.Ok(inspector, id, "start-inspection");
        await W.PassChecklist(inspector, id, await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{Pcec}"));
        return id;
    }

    private static string DocxText(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }
}

public sealed class ClauseRecordsOnSqlite(SqliteHost host) : ClauseRecordScenarios<SqliteHost>(host);

public sealed class ClauseRecordsOnPostgreSql(PostgreSqlHost host) : ClauseRecordScenarios<PostgreSqlHost>(host);
