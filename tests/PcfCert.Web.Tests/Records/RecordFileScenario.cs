using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;
using PcfCert.Web.Tests.Certificates;
using static PcfCert.Web.Tests.WorkflowScenarios<PcfCert.Web.Tests.Infrastructure.SqliteHost>;

namespace PcfCert.Web.Tests.Records;

/// <summary>
/// Drives the two certification files the record tests read, once per host: a CEC application with a nonconformity and
/// its rectification history, approved, certified, changed, surveilled and suspended; a PCEC application inspected,
/// verified and refused (written reasons, 认证不合格通知). Every figure below is the data the documents must show.
/// </summary>
public static class RecordFileScenario
{
    public const string Cec = "cec-7065cvp-a0";
    public const string Pcec = "zcxh-xz-15-2024-v4.0";
    public const string NcDescription = "能源计量器具未按期校准";
    public const string FirstRectification = "第 1 次整改：补充校准计划";
    public const string ReturnedComment = "缺少校准证书";
    public const string SecondRectification = "第 2 次整改：附校准证书";
    public const string RefusalReasons = "核查发现的数据来源无法追溯，不符合颁证要求";
    public const string ChangedModel = "CBB65A 450V 30uF";
    public const string SuspensionReason = "监督抽查发现标志使用不规范";
    public const string RejectionReason = "申请的产品不在本认证实施规则的认证范围内";

    public sealed record Files(Guid CecId, string CecNumber, Guid PcecId, string PcecNumber, Guid CertificateId, string CertificateNumber, Guid OrganisationId,
        Guid RefusedCecId, Guid RejectedId);

    public static async Task<Files> RunAsync(PcfCertHost host)
    {
        using var applicant = await SignedIn(host, Demo.Applicant);
        using var manager = await SignedIn(host, Demo.Manager);
        using var inspector = await SignedIn(host, Demo.Inspector);
        using var reviewer = await SignedIn(host, Demo.Reviewer);
        using var decision = await SignedIn(host, Demo.DecisionMaker);
        var model = await File.ReadAllTextAsync(Path.Combine(LocalizationTests.RepositoryRoot(), "docs", "examples", "capacitor.model.json"));

        // CEC: to the inspection, one nonconformity returned once and accepted the second time, verified, approved.
        var cec = await Draft(applicant, Cec, "electronic-components");
        await CecToInspection(applicant, manager, inspector, cec);
        var scheme = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{Cec}");
        await Checklist(inspector, cec, scheme);
        await Ok(inspector, cec, "raise-nonconformity", new { clauseId = "4", description = NcDescription, deadline = "2027-01-31" });
        await Ok(applicant, cec, "submit-rectification", new { number = 1, evidence = FirstRectification });
        await Ok(inspector, cec, "judge-rectification", new { number = 1, accepted = "false", comment = ReturnedComment });
        await Ok(applicant, cec, "submit-rectification", new { number = 1, evidence = SecondRectification });
        await Ok(inspector, cec, "judge-rectification", new { number = 1, accepted = "true", comment = "整改有效" });
        await Ok(inspector, cec, "attach-model", new { model });
        await VerifyAll(inspector, cec, scheme);
        await Ok(inspector, cec, "record-verified-value", new { modelVersion = 1, noAccompanyingPersons = "true" });
        await Ok(inspector, cec, "pass-inspection", Conclusion);
        await Ok(inspector, cec, "issue-evaluation-report", EvaluationReport);
        await Ok(reviewer, cec, "recommend", new { recommendApproval = "true", comment = "文件评审、现场检查和核查结果符合要求" });
        await Ok(decision, cec, "decide", new { approve = "true" });
        var application = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{cec}");
        var organisation = application.GetProperty("organisationId").GetGuid();
        var cecNumber = application.GetProperty("number").GetString()!;

        // The certificate of the project, then a change of model, a surveillance and a suspension.
        var issued = await Post(manager, "/api/v1/certificates", CertificateData.Command(cec), HttpStatusCode.Created);
        var certificate = issued.GetProperty("id").GetGuid();
        var change = await Post(applicant, $"/api/v1/certificates/{certificate}/changes", new { kind = "ProductNameOrModel", description = "型号更名", model = ChangedModel }, HttpStatusCode.Created);
        await Post(manager, $"/api/v1/certificates/changes/{change.GetProperty("id").GetGuid()}/review", new { action = "Approve", note = "同意" }, HttpStatusCode.OK);
        // CEC 6.2: the surveillance inspection with the period's model, 0.95 kg CO2e/piece against the certified 0.9602: lower.
        await Surveillance.SurveillanceData.ConcludedAsync(host, manager, certificate, Cec, 0.95, passed: true, reportNumber: "JD-2026-01");
        await Post(manager, $"/api/v1/certificates/{certificate}/suspend", new { reason = SuspensionReason }, HttpStatusCode.OK);

        // PCEC: inspected and verified, then refused with written reasons.
        var pcec = await Draft(applicant, Pcec, "submersible-pump");
        await PcecToVerification(applicant, manager, inspector, pcec);
        var pcecScheme = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{Pcec}");
        await Ok(inspector, pcec, "attach-model", new { model });
        await VerifyAll(inspector, pcec, pcecScheme);
        await Ok(inspector, pcec, "record-verified-value", new { modelVersion = 1, accompanyingPersons = AccompanyingPerson });
        await Ok(reviewer, pcec, "recommend", new { recommendApproval = "false", comment = "数据来源不可追溯" });
        await Ok(decision, pcec, "decide", new { approve = "false", reasons = RefusalReasons });
        var pcecNumber = (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{pcec}")).GetProperty("number").GetString()!;

        // A second CEC project, refused: CEC 5.7.3's 30-day 认证不合格通知.
        var refused = await Draft(applicant, Cec, "electronic-components");
        await CecToInspection(applicant, manager, inspector, refused);
        await Checklist(inspector, refused, scheme);
        await Ok(inspector, refused, "attach-model", new { model });
        await VerifyAll(inspector, refused, scheme);
        await Ok(inspector, refused, "record-verified-value", new { modelVersion = 1, noAccompanyingPersons = "true" });
        await Ok(inspector, refused, "pass-inspection", Conclusion);
        await Ok(inspector, refused, "issue-evaluation-report", EvaluationReport);
        await Ok(reviewer, refused, "recommend", new { recommendApproval = "false", comment = "数据来源不可追溯" });
        await Ok(decision, refused, "decide", new { approve = "false", reasons = RefusalReasons });

        // A PCEC application not accepted (PCEC 7.2): the 不予受理通知书 with the reason.
        var rejected = await Draft(applicant, Pcec, "submersible-pump");
        await UploadRequiredDocuments(applicant, rejected, Pcec);
        await Ok(applicant, rejected, "submit", Declared);
        await Ok(manager, rejected, "reject", new { reason = RejectionReason });
        return new Files(cec, cecNumber, pcec, pcecNumber, certificate, issued.GetProperty("number").GetString()!, organisation, refused, rejected);
    }

    public static readonly Dictionary<string, string> Conclusion = new()
    {
        ["purposeBasisScope"] = "初次认证；依据认证实施规则；全部认证单元",
        ["applicantDetails"] = "苏州示例电子元件有限公司，江苏省苏州市工业园区星湖街 100 号",
        ["conformityStatement"] = "工厂保证能力符合要求；不符合项 NC-1 已整改关闭",
        ["conclusion"] = "推荐认证；核查值 0.9602 kg CO2e/件",
        // PCEC 7.4.1: normal production recorded (CEC asks nothing; ignored there).
        ["condition.normal-production"] = "true",
        ["conditionObservation.normal-production"] = NormalProduction,
    };

    public const string AccompanyingPerson = "王陪同，委托人质量部，陪同人员";

    public const string NormalProduction = "潜油电泵总装线在产，现场抽查当班产量 36 台";

    private static async Task PcecToVerification(TestClient applicant, TestClient manager, TestClient inspector, Guid id)
    {
        await UploadRequiredDocuments(applicant, id, Pcec);
        await Ok(applicant, id, "submit", Declared);
        await Ok(manager, id, "accept", Acceptance());
        var people = await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/personnel");
        var zhang = people.EnumerateArray().First(p => p.GetProperty("name").GetString() == "张检查员").GetProperty("id").GetString()!;
        await Ok(manager, id, "assign-team", new
        {
            leader = zhang, members = Array.Empty<string>(), personDays = 2, purpose = "初次认证现场检查", basis = "ZCXH/XZ-15-2024",
            scope = "潜油泵", from = "2026-12-01", to = "2026-12-02",
        });
        await Ok(inspector, id, "start-inspection");
        await Checklist(inspector, id, await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{Pcec}"));
        await Ok(inspector, id, "pass-inspection", Conclusion);
    }

    private static async Task Checklist(TestClient inspector, Guid id, JsonElement scheme)
    {
        foreach (var clause in scheme.GetProperty("factoryAssuranceChecklist").GetProperty("clauses").EnumerateArray())
        {
            await Ok(inspector, id, "record-checklist", new { clauseId = clause.GetProperty("id").GetString(), verdict = "Conforming", evidence = "查看记录 " + clause.GetProperty("id").GetString() });
        }
        await Ok(inspector, id, "record-consistency", new { unitIndex = 0, sample = "批号 2611-03 随机抽取 2 件", consistent = "true" });
    }

    private static async Task VerifyAll(TestClient inspector, Guid id, JsonElement scheme)
    {
        foreach (var item in scheme.GetProperty("verification").GetProperty("items").EnumerateArray())
        {
            await Ok(inspector, id, "record-verification-item", new { itemKey = item.GetProperty("key").GetString(), satisfied = "true", note = "已核查" });
        }
    }

    private static async Task UploadRequiredDocuments(TestClient applicant, Guid id, string schemeId)
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
                [new("documentKey", key)], "file", key + ".pdf", "%PDF-1.4\n% test document\n"u8.ToArray());
            Assert.True(response.IsSuccessStatusCode, $"upload {key}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<JsonElement> Post(TestClient client, string path, object body, HttpStatusCode expected)
    {
        var response = await client.Http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<TestClient> SignedIn(PcfCertHost host, string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }
}
