using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using PcfCert.Web.Tests.Certificates;
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
    private const string Cec = "cec-7065cvp-a0";

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
    public async Task Pcec_8_1_the_surveillance_inspection_passes_only_with_normal_production_recorded_and_shows_it()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        using var inspector = await Surveillance.SurveillanceData.InspectorAsync(host);
        var certificate = (await CertificateData.IssueAsync(host, manager, Pcec)).GetProperty("id").GetGuid();
        var id = await Surveillance.SurveillanceData.InspectingAsync(host, manager, inspector, certificate, unannounced: true);
        await Surveillance.SurveillanceData.InspectAsync(host, inspector, id, Pcec, 1.9);
        Assert.Contains("data-testid=\"surveillance-condition-normal-production\"", await inspector.GetPageAsync($"/Surveillance/Inspection/{id}"));

        var without = await inspector.Http.PostAsJsonAsync($"/api/v1/surveillance/{id}/conclusion", new
        {
            passed = true, reportNumber = "SV-NP-1", purposeBasisScope = "不预先通知监督", applicantDetails = "委托人", conformityStatement = "符合", conclusion = "通过",
        });
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal("请填写 现场检查时工厂正常生产的记录（是否正常生产及观察情况）。", (await without.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("errors").GetProperty("conclusion.conditions.normal-production")[0].GetString());
        Assert.Equal("Inspecting", (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/surveillance/{id}")).GetProperty("status").GetString());

        await Surveillance.SurveillanceData.OkAsync(await inspector.Http.PostAsJsonAsync($"/api/v1/surveillance/{id}/conclusion",
            Surveillance.SurveillanceData.Conclusion(true, null, null)));
        Assert.Contains("是：" + Surveillance.SurveillanceData.NormalProduction, await manager.GetPageAsync($"/Surveillance/Inspection/{id}"));
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

    [Fact]
    public async Task Cec_annex_1_5_a_recertification_states_the_changes_against_its_existing_certificates_and_the_document_review_prints_them()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        // The demo applicant's organisation (the demo manufacturer) holds a CEC certificate; another organisation's does not count.
        var existing = (await CertificateData.IssueAsync(host, manager)).GetProperty("number").GetString()!;
        var (other, otherOrg, _) = await Scenario.NewApplicantAsync(host);
        using var _o = other;
        var foreign = (await CertificateData.IssueAsync(host, manager, holder: otherOrg)).GetProperty("number").GetString()!;
        var id = await W.Draft(applicant, Cec, "electronic-components");
        Assert.Contains("data-testid=\"product-changes\"", await applicant.GetPageAsync($"/Applications/Details/{id}"));
        await W.UploadRequired(applicant, id, Cec);

        // Changed, but what changed is not said: the submission is refused at that field, in Chinese.
        await W.Ok(applicant, id, "save-form", Form("Recertification", existing, "true", ""));
        var unsaid = await W.Act(applicant, id, "submit", W.Declared);
        Assert.Equal(HttpStatusCode.BadRequest, unsaid.StatusCode);
        Assert.Equal("请填写 具体变化内容。", (await unsaid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("productChanges.changes")[0].GetString());
        // Another organisation's certificate is not an existing certificate of this applicant.
        await W.Ok(applicant, id, "save-form", Form("Recertification", existing + "\n" + foreign, "true", "生产地址迁至相城区 9 号"));
        var foreignRefused = await W.Act(applicant, id, "submit", W.Declared);
        Assert.Equal(HttpStatusCode.BadRequest, foreignRefused.StatusCode);
        Assert.Equal("既有证书编号中有不属于本委托人或不存在的证书编号，请核对。",
            (await foreignRefused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("existingCertificates")[0].GetString());
        Assert.Equal("Draft", (await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("status").GetString());

        await W.Ok(applicant, id, "save-form", Form("Recertification", existing, "true", "生产地址迁至相城区 9 号"));
        await W.Ok(applicant, id, "submit", W.Declared);
        var kept = (await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("productChanges");
        Assert.Equal("Recertification", kept.GetProperty("purpose").GetString());
        Assert.Equal([existing], kept.GetProperty("existingCertificates").EnumerateArray().Select(n => n.GetString()));

        // Staff read it on the application and the document review record prints it: 1 unit against 1 certificate, 0 more.
        var page = await manager.GetPageAsync($"/Applications/Details/{id}?step=Application");
        Assert.Contains("本次认证产品单元 1 个，较既有证书扩大/缩小 0 个", page);
        Assert.Contains("生产地址迁至相城区 9 号", page);
        await W.Ok(manager, id, "accept", W.Acceptance());
        var people = await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/personnel");
        string Person(string name) => people.EnumerateArray().First(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
        await W.Ok(manager, id, "assign-team", W.Team(Person("张检查员"), [Person("刘核查员")], personDays: 2));
        await W.Ok(inspector, id, "complete-document-review", new { conclusion = "Ready" });
        var record = Records.RecordPdf.Text(await manager.Http.GetByteArrayAsync($"/api/v1/applications/{id}/records/document-review.pdf?lang=zh-CN"));
        Records.RecordPdf.Shows(record, "申请类型再认证");
        Records.RecordPdf.Shows(record, "产品信息变化情况（监督/增项/再认证时填写）（附件1 五）");
        Records.RecordPdf.Shows(record, existing);
        Records.RecordPdf.Shows(record, "地址及生产过程：有变化");
        Records.RecordPdf.Shows(record, "生产地址迁至相城区 9 号");
    }

    [Fact]
    public async Task Cec_annex_1_5_the_holder_states_the_changes_at_surveillance_on_its_page_and_they_are_kept()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        using var inspector = await Surveillance.SurveillanceData.InspectorAsync(host);
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        var certificate = (await CertificateData.IssueAsync(host, manager, holder: orgId)).GetProperty("id").GetGuid();
        var id = await Surveillance.SurveillanceData.OpenAsync(manager, certificate);
        var inspection = $"/Surveillance/Inspection/{id}";
        Assert.Contains("data-testid=\"surveillance-product-changes-missing\"", await holder.GetPageAsync(inspection));

        // The holder answers on its page: changed without what is refused at the field, nothing is kept.
        var unsaid = await holder.PostFormAsync($"{inspection}?handler=ProductChanges", [new("ProductChanges.SiteOrProcessChanged", "true")], inspection);
        Assert.Equal(HttpStatusCode.OK, unsaid.StatusCode);
        Assert.Contains("请填写 具体变化内容。", await unsaid.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/surveillance/{id}")).GetProperty("productChanges").ValueKind);
        Assert.Equal(HttpStatusCode.Redirect, (await holder.PostFormAsync($"{inspection}?handler=ProductChanges",
            [new("ProductChanges.SiteOrProcessChanged", "true"), new("ProductChanges.Changes", "新增一条绕卷生产线")], inspection)).StatusCode);
        var kept = (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/surveillance/{id}")).GetProperty("productChanges");
        Assert.Equal("Surveillance", kept.GetProperty("purpose").GetString());
        Assert.True(kept.GetProperty("siteOrProcessChanged").GetBoolean());
        Assert.Contains("新增一条绕卷生产线", await manager.GetPageAsync(inspection));
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

    private static Dictionary<string, object> Form(string purpose, string existing, string changed, string changes) => new()
    {
        ["applicantName"] = "苏州示例电子元件有限公司", ["applicantCreditCode"] = "91320594MA1N2K3P4Y", ["applicantAddress"] = "江苏省苏州市工业园区星湖街 100 号",
        ["manufacturerName"] = "苏州示例电子元件有限公司", ["manufacturerCreditCode"] = "91320594MA1N2K3P4Y", ["manufacturerAddress"] = "江苏省苏州市工业园区星湖街 100 号",
        ["factoryName"] = "苏州示例电子元件有限公司", ["factoryCreditCode"] = "91320594MA1N2K3P4Y", ["factoryAddress"] = "江苏省苏州市工业园区星湖街 100 号",
        ["unitProduct"] = new[] { "electronic-components" }, ["unitName"] = new[] { "金属化聚丙烯膜电容器" }, ["unitModel"] = new[] { "CBB65 450V 30uF" },
        ["unitStandard"] = new[] { "GB/T 3667.1" }, ["unitSite"] = new[] { "江苏省苏州市工业园区星湖街 100 号" },
        ["factoryNature"] = "Private", ["factoryIndustry"] = "电子元器件制造", ["factoryRevenueAtLeast20MillionYuan"] = "true",
        // CEC annex 1 五.
        ["purpose"] = purpose, ["existingCertificates"] = existing, ["siteOrProcessChanged"] = changed, ["productChanges"] = changes,
    };

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
