using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests;

/// <summary>The initial-certification procedure through the REST API, on each database provider.</summary>
public abstract class WorkflowScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string Cec = "cec-7065cvp-a0";
    private const string Pcec = "zcxh-xz-15-2024-v4.0";
    private static readonly byte[] Pdf = "%PDF-1.4\n% test document\n"u8.ToArray();

    [Fact]
    public async Task A_cec_application_goes_from_draft_to_an_approved_decision()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await Draft(applicant, Cec, "electronic-components");
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        await CecToInspection(applicant, manager, inspector, id);
        var scheme = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{Cec}");
        await PassChecklist(inspector, id, scheme);
        // docs/model-format.md worked example: 0.880764 + 0.079433852425 = 0.960197852425 kg CO2e per piece.
        var model = await File.ReadAllTextAsync(Path.Combine(LocalizationTests.RepositoryRoot(), "docs", "examples", "capacitor.model.json"));
        await Ok(inspector, id, "attach-model", new { model });
        await VerifyAll(inspector, id, scheme);
        await Ok(inspector, id, "record-verified-value", new { modelVersion = 1, noAccompanyingPersons = "true" });
        await Ok(inspector, id, "pass-inspection", Conclusion());
        await Ok(inspector, id, "issue-evaluation-report", EvaluationReport);

        using var reviewer = await SignedIn(Demo.Reviewer);
        await Ok(reviewer, id, "recommend", new { recommendApproval = "true", comment = "文件评审、现场检查和核查结果符合要求" });
        using var decision = await SignedIn(Demo.DecisionMaker);
        var decided = await Ok(decision, id, "decide", new { approve = "true" });
        Assert.Equal("Approved", decided.GetProperty("status").GetString());

        var list = await applicant.Http.GetFromJsonAsync<JsonElement>("/api/v1/applications");
        Assert.Contains(list.EnumerateArray(), a => a.GetProperty("id").GetGuid() == id && a.GetProperty("status").GetString() == "Approved");
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.GetAsync("/Applications?due=true")).StatusCode);
        var application = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        var verified = application.GetProperty("verifiedValue");
        Assert.Equal(0.960197852425, verified.GetProperty("kgCO2e").GetDouble(), 1e-9);
        Assert.Equal(64, verified.GetProperty("inputSha256").GetString()!.Length);
        // CEC 5.7.2: certificate within 30 days of the requirements being met; with no nonconformity, the inspection's end.
        var passedOn = DateOnly.FromDateTime(application.GetProperty("transitions").EnumerateArray()
            .Single(t => t.GetProperty("trigger").GetString() == "PassInspection").GetProperty("at").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8)).DateTime);
        Assert.Equal(passedOn.AddDays(30), DateOnly.Parse(application.GetProperty("decision").GetProperty("certificateDueOn").GetString()!));
        Assert.Equal(["Submitted", "Accepted", "Planned", "DocumentReviewed", "Inspecting", "Inspecting", "AwaitingEvaluationReport", "AwaitingReview",
                "AwaitingDecision", "Approved"],
            application.GetProperty("transitions").EnumerateArray().Select(t => t.GetProperty("to").GetString()!));
    }

    [Fact]
    public async Task A_pcec_inspection_fails_after_two_returned_submissions_and_a_third_is_refused()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await Draft(applicant, Pcec, "submersible-pump");
        await UploadRequired(applicant, id, Pcec);
        await Ok(applicant, id, "submit", Declared);
        using var manager = await SignedIn(Demo.Manager);
        await Ok(manager, id, "accept", Acceptance());
        var people = await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/personnel");
        var zhang = people.EnumerateArray().First(p => p.GetProperty("name").GetString() == "张检查员").GetProperty("id").GetString()!;
        await Ok(manager, id, "assign-team", Team(zhang, [], personDays: 2));
        using var inspector = await SignedIn(Demo.Inspector);
        await Ok(inspector, id, "start-inspection");
        await Ok(inspector, id, "raise-nonconformity", new { clauseId = "4", description = "能源计量器具未按期校准" });

        for (var round = 1; round <= 2; round++)
        {
            await Ok(applicant, id, "submit-rectification", new { number = 1, evidence = $"第 {round} 次整改" });
            await Ok(inspector, id, "judge-rectification", new { number = 1, accepted = "false", comment = "证据不充分" });
        }
        var third = await Act(applicant, id, "submit-rectification", new { number = 1, evidence = "第 3 次整改" });
        Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
        Assert.Contains("现场检查不通过", await third.Content.ReadAsStringAsync());
        var application = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        Assert.Equal("InspectionFailed", application.GetProperty("status").GetString());
        Assert.Equal(2, application.GetProperty("nonconformities")[0].GetProperty("submissions").GetArrayLength());
    }

    [Fact]
    public async Task A_model_with_a_unit_of_the_wrong_dimension_is_refused_in_chinese_naming_the_line_and_nothing_is_attached()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await Draft(applicant, Cec, "electronic-components");
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        await CecToInspection(applicant, manager, inspector, id);

        // The worked example's electricity line (assembly, input 2) given in kg against a factor in kWh.
        var model = (await File.ReadAllTextAsync(Path.Combine(LocalizationTests.RepositoryRoot(), "docs", "examples", "capacitor.model.json")))
            .Replace("\"amount\": 1.2, \"unit\": \"MWh\"", "\"amount\": 1.2, \"unit\": \"kg\"");
        var refused = await Act(inspector, id, "attach-model", new { model });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("model")[0].GetString()!;
        Assert.Contains("/processes/0/inputs/1", message);
        Assert.Contains("单位与所引用的因子或过程量纲不一致", message);
        var application = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        Assert.Equal(JsonValueKind.Null, application.GetProperty("verifiedValue").ValueKind);
        Assert.Equal(0, application.GetProperty("modelVersions").GetArrayLength());
    }

    [Fact]
    public async Task Rules_hold_on_the_server_and_a_refused_action_changes_nothing()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await Draft(applicant, Cec, "electronic-components");
        var before = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");

        // Another organisation's applicant: not found, whatever it tries.
        var (stranger, _, _) = await Scenario.NewApplicantAsync(host);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/applications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Act(stranger, id, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/Applications/Details/{id}")).StatusCode);
        stranger.Dispose();

        // Uploaded files: the applicant yes, another applicant and an unassigned inspector no.
        var upload = await applicant.PostMultipartAsync($"/api/v1/applications/{id}/actions/upload-document", $"/Applications/Details/{id}",
            [new("documentKey", "application-form")], "file", "form.pdf", Pdf);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var fileId = (await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("documents")[0].GetProperty("fileId").GetGuid();
        Assert.Equal(Pdf, await applicant.Http.GetByteArrayAsync($"/api/v1/files/{fileId}"));
        using (var inspector = await SignedIn(Demo.Inspector))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await inspector.Http.GetAsync($"/api/v1/files/{fileId}")).StatusCode);
        }
        var (other, _, _) = await Scenario.NewApplicantAsync(host);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/api/v1/files/{fileId}")).StatusCode);
        other.Dispose();

        // A file whose content is not an allowed type is refused whatever its name says.
        var exe = await applicant.PostMultipartAsync($"/api/v1/applications/{id}/actions/upload-document", $"/Applications/Details/{id}",
            [new("documentKey", "application-form")], "file", "form.pdf", "MZ\x90\x00 not a pdf"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);
        Assert.Contains("不是允许的类型", await exe.Content.ReadAsStringAsync());
        before = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");

        // A wrong role: the applicant cannot accept its own application.
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(applicant, id, "accept", Acceptance())).StatusCode);

        // Submitting without the required documents names the first missing one.
        var submit = await Act(applicant, id, "submit", Declared);
        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        Assert.Contains("缺少必需的申请文件", await submit.Content.ReadAsStringAsync());

        // A malformed credit code is refused naming the field.
        var form = await Act(applicant, id, "save-form", Form("electronic-components") with { applicantCreditCode = "91350100M000100Y44" });
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains("applicantCreditCode", await form.Content.ReadAsStringAsync());

        // A stale copy is detected, not silently overwritten.
        var stale = await Act(applicant, id, "save-form", Form("electronic-components") with { concurrencyStamp = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var after = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        Assert.Equal(before.GetProperty("concurrencyStamp").GetGuid(), after.GetProperty("concurrencyStamp").GetGuid());
        Assert.Equal("Draft", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_audit_trail_records_every_change_and_cannot_be_rewritten()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await Draft(applicant, Cec, "electronic-components");
        using var manager = await SignedIn(Demo.Manager);
        var trail = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}/audit");
        Assert.Equal(["Added", "Modified"], trail.EnumerateArray().Select(e => e.GetProperty("action").GetString()!));
        Assert.All(trail.EnumerateArray(), e => Assert.Equal("王工 (苏州示例电子)", e.GetProperty("userName").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.Http.GetAsync($"/api/v1/applications/{id}/audit")).StatusCode);

        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
        var key = id.ToString();
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditTrail.Where(e => e.EntityId == key).ExecuteUpdateAsync(s => s.SetProperty(e => e.UserName, "someone else")));
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditTrail.Where(e => e.EntityId == key).ExecuteDeleteAsync());
        Assert.Equal(2, await db.AuditTrail.CountAsync(e => e.EntityId == key && e.UserName == "王工 (苏州示例电子)"));
    }

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }

    private sealed record FormFields(
        string applicantName, string applicantCreditCode, string applicantAddress,
        string manufacturerName, string manufacturerCreditCode, string manufacturerAddress,
        string factoryName, string factoryCreditCode, string factoryAddress,
        string[] unitProduct, string[] unitName, string[] unitModel, string[] unitStandard, string[] unitSite,
        string factoryNature = "Private", string factoryIndustry = "电子元器件制造", string factoryRevenueAtLeast20MillionYuan = "true",
        string? concurrencyStamp = null);

    // CEC 7.1 a: the product name as entered; CEC annex 1 三: the factory's nature, industry and size.
    private static FormFields Form(string product) => new(
        "苏州示例电子元件有限公司", "91320594MA1N2K3P4Y", "江苏省苏州市工业园区星湖街 100 号",
        "苏州示例电子元件有限公司", "91320594MA1N2K3P4Y", "江苏省苏州市工业园区星湖街 100 号",
        "苏州示例电子元件有限公司", "91320594MA1N2K3P4Y", "江苏省苏州市工业园区星湖街 100 号",
        [product], ["金属化聚丙烯膜电容器"], ["CBB65 450V 30uF"], ["GB/T 3667.1"], ["江苏省苏州市工业园区星湖街 100 号"]);

    /// <summary>The applicant's declarations of both rules (CEC 5.1.1, PCEC 7.1, 7.2 (3)); a rule ignores what it does not ask.</summary>
    internal static readonly object Declared = new { declarations = new[] { "documents-true", "requirements-accepted" } };

    /// <summary>The body's acceptance review of both rules (CEC 5.1.2, PCEC 7.2): items, credit check today, confidentiality.</summary>
    internal static object Acceptance(string contractDate = "2026-11-20") => new
    {
        contractDate,
        review = new[] { "conformity-check-on-receipt", "capability", "documents-sufficient", "body-competence", "requirements-understood" },
        creditCheckedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd"),
        creditCheckReference = "全国企业信用信息公示系统查询截图，存档 QX-001",
        undertakings = new[] { "confidentiality" },
    };

    internal static async Task<Guid> Draft(TestClient applicant, string scheme, string product)
    {
        var created = await applicant.Http.PostAsJsonAsync("/api/v1/applications", new { schemeId = scheme });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Ok(applicant, id, "save-form", Form(product));
        return id;
    }

    /// <summary>
    /// A CEC draft taken to its on-site inspection: documents, submission, acceptance, the demo team (张检查员 leading,
    /// 刘核查员 the GHG verifier), document review ready, inspection started.
    /// </summary>
    internal static async Task CecToInspection(TestClient applicant, TestClient manager, TestClient inspector, Guid id)
    {
        await UploadRequired(applicant, id, Cec);
        await Ok(applicant, id, "submit", Declared);
        await Ok(manager, id, "accept", Acceptance());
        var people = await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/personnel");
        string Person(string name) => people.EnumerateArray().First(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
        await Ok(manager, id, "assign-team", Team(Person("张检查员"), [Person("刘核查员")], personDays: 2));
        await Ok(inspector, id, "complete-document-review", new { conclusion = "Ready" });
        await Ok(inspector, id, "start-inspection");
    }

    internal static async Task UploadRequired(TestClient applicant, Guid id, string schemeId)
    {
        var application = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        var scheme = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{schemeId}");
        var product = application.GetProperty("units")[0].GetProperty("productKey").GetString();
        var variant = scheme.GetProperty("applicationDocumentVariants").EnumerateArray()
            .FirstOrDefault(v => v.GetProperty("productKeys").EnumerateArray().Any(k => k.GetString() == product));
        var documents = variant.ValueKind == JsonValueKind.Object ? variant.GetProperty("documents") : scheme.GetProperty("applicationDocuments");
        foreach (var doc in documents.EnumerateArray().Where(d => d.GetProperty("requirement").GetString() == "required"))
        {
            var key = doc.GetProperty("key").GetString()!;
            var response = await applicant.PostMultipartAsync($"/api/v1/applications/{id}/actions/upload-document", $"/Applications/Details/{id}",
                [new("documentKey", key)], "file", key + ".pdf", Pdf);
            Assert.True(response.IsSuccessStatusCode, $"upload {key}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    internal static async Task PassChecklist(TestClient inspector, Guid id, JsonElement scheme)
    {
        foreach (var clause in scheme.GetProperty("factoryAssuranceChecklist").GetProperty("clauses").EnumerateArray())
        {
            await Ok(inspector, id, "record-checklist", new { clauseId = clause.GetProperty("id").GetString(), verdict = "Conforming", evidence = "查看记录" });
        }
        await Ok(inspector, id, "record-consistency", new { unitIndex = 0, sample = "批号 2611-03 随机抽取 2 件", consistent = "true" });

        // A photo attached to clause 1 as evidence (PNG signature); it is kept with the verdict.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];
        var attached = await inspector.PostMultipartAsync($"/api/v1/applications/{id}/actions/record-checklist", $"/Applications/Details/{id}",
            [new("clauseId", "1"), new("verdict", "Conforming"), new("evidence", "计量台账照片")], "files", "meter.png", png);
        Assert.Equal(HttpStatusCode.OK, attached.StatusCode);
        var application = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        var clause1 = application.GetProperty("checklist").EnumerateArray().Single(r => r.GetProperty("clauseId").GetString() == "1");
        var fileId = clause1.GetProperty("fileIds")[0].GetGuid();
        Assert.Equal(png, await inspector.Http.GetByteArrayAsync($"/api/v1/files/{fileId}"));
    }

    internal static async Task VerifyAll(TestClient inspector, Guid id, JsonElement scheme)
    {
        foreach (var item in scheme.GetProperty("verification").GetProperty("items").EnumerateArray())
        {
            await Ok(inspector, id, "record-verification-item", new { itemKey = item.GetProperty("key").GetString(), satisfied = "true" });
        }
    }

    internal static object Team(string leader, string[] members, int personDays) => new
    {
        leader, members, personDays, purpose = "初次认证现场检查", basis = "认证实施规则", scope = "全部认证单元", from = "2026-12-01", to = "2026-12-02",
    };

    /// <summary>CEC 5.7.1: the team leader's comprehensive evaluation report, between the inspection and the technical review.</summary>
    internal static readonly object EvaluationReport = new
    {
        documentReviewResult = "文件评审符合要求，可进行初始现场检查",
        inspectionResult = "现场检查通过；碳足迹核查值 0.9602 kg CO2e/件（0.0009602 t CO2e/件）",
        evaluation = "综合评价：符合认证要求，推荐认证",
    };

    // PCEC 7.4.1 "现场检查时，工厂应正常生产": the team's record of normal production (CEC asks nothing; ignored there).
    internal static Dictionary<string, string> Conclusion() => new()
    {
        ["purposeBasisScope"] = "初次认证；依据认证实施规则；全部认证单元",
        ["applicantDetails"] = "苏州示例电子元件有限公司",
        ["conformityStatement"] = "工厂保证能力符合要求，无不符合项",
        ["conclusion"] = "推荐认证；核查值 0.9602 kg CO2e/件",
        ["condition.normal-production"] = "true",
        ["conditionObservation.normal-production"] = "两条装配线在产，抽查当班产量 120 台",
    };

    internal static Task<HttpResponseMessage> Act(TestClient client, Guid id, string action, object? fields = null) =>
        client.Http.PostAsJsonAsync($"/api/v1/applications/{id}/actions/{action}", fields ?? new { });

    internal static async Task<JsonElement> Ok(TestClient client, Guid id, string action, object? fields = null)
    {
        var response = await Act(client, id, action, fields);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

public sealed class WorkflowOnSqlite(SqliteHost host) : WorkflowScenarios<SqliteHost>(host);

public sealed class WorkflowOnPostgreSql(PostgreSqlHost host) : WorkflowScenarios<PostgreSqlHost>(host);
