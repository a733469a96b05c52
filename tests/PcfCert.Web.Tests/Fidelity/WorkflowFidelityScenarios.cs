using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Localization;
using PcfCert.Web.Tests.Infrastructure;
using W = PcfCert.Web.Tests.WorkflowScenarios<PcfCert.Web.Tests.Infrastructure.SqliteHost>;

namespace PcfCert.Web.Tests.Fidelity;

/// <summary>Issue 17 items 2, 4, 5, 9, 10 and 11 through the API and pages, stored on each database.</summary>
public abstract class WorkflowFidelityScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string Cec = "cec-7065cvp-a0";
    private const string Pcec = "zcxh-xz-15-2024-v4.0";

    [Fact]
    public async Task Cec_5_7_1_the_team_leaders_evaluation_report_is_stored_and_shown_and_the_technical_review_waits_for_it()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        using var reviewer = await SignedIn(Demo.Reviewer);
        var id = await W.Draft(applicant, Cec, "electronic-components");
        await W.CecToInspection(applicant, manager, inspector, id);
        var scheme = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{Cec}");
        await W.PassChecklist(inspector, id, scheme);
        var model = await File.ReadAllTextAsync(Path.Combine(LocalizationTests.RepositoryRoot(), "docs", "examples", "capacitor.model.json"));
        await W.Ok(inspector, id, "attach-model", new { model });
        await W.VerifyAll(inspector, id, scheme);
        await W.Ok(inspector, id, "record-verified-value", new { modelVersion = 1, noAccompanyingPersons = "true" });
        var passed = await W.Ok(inspector, id, "pass-inspection", W.Conclusion());
        Assert.Equal("AwaitingEvaluationReport", passed.GetProperty("status").GetString());

        var early = await W.Act(reviewer, id, "recommend", new { recommendApproval = "true", comment = "符合" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("检查组尚未出具综合评价报告", await early.Content.ReadAsStringAsync());
        var blank = await W.Act(inspector, id, "issue-evaluation-report", new { documentReviewResult = "符合", inspectionResult = "通过" });
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("综合评价", await blank.Content.ReadAsStringAsync());

        var issued = await W.Ok(inspector, id, "issue-evaluation-report", W.EvaluationReport);
        Assert.Equal("AwaitingReview", issued.GetProperty("status").GetString());
        var stored = (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("evaluationReport");
        Assert.Equal("综合评价：符合认证要求，推荐认证", stored.GetProperty("evaluation").GetString());
        Assert.Equal("张检查员", stored.GetProperty("author").GetProperty("name").GetString());
        var page = WebUtility.HtmlDecode(await manager.Http.GetStringAsync($"/Applications/Details/{id}"));
        Assert.Contains("data-testid=\"evaluation-report\"", page);
        Assert.Contains("综合评价：符合认证要求，推荐认证", page);
        await W.Ok(reviewer, id, "recommend", new { recommendApproval = "true", comment = "符合" });

        // CEC 5.4.3.1: the verification report states 0.960197852425 kg as 0.9602 kg → 0.0009602 t CO2e.
        var report = WebUtility.HtmlDecode(await manager.Http.GetStringAsync($"/Applications/Report/{id}"));
        Assert.Contains("0.0009602 t CO2e/1 piece", report);
    }

    [Fact]
    public async Task Pcec_7_5_1_the_footprint_verified_before_the_inspection_lets_the_passed_inspection_go_to_the_review()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        var id = await W.Draft(applicant, Pcec, "submersible-pump");
        await W.UploadRequired(applicant, id, Pcec);
        await W.Ok(applicant, id, "submit", W.Declared);
        await W.Ok(manager, id, "accept", W.Acceptance());
        var people = await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/personnel");
        var zhang = people.EnumerateArray().First(p => p.GetProperty("name").GetString() == "张检查员").GetProperty("id").GetString()!;
        await W.Ok(manager, id, "assign-team", W.Team(zhang, [], personDays: 2));

        var scheme = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{Pcec}");
        var model = await File.ReadAllTextAsync(Path.Combine(LocalizationTests.RepositoryRoot(), "docs", "examples", "capacitor.model.json"));
        await W.Ok(inspector, id, "attach-model", new { model });
        await W.VerifyAll(inspector, id, scheme);
        var verified = await W.Ok(inspector, id, "record-verified-value", new { modelVersion = 1, noAccompanyingPersons = "true" });
        Assert.Equal("Planned", verified.GetProperty("status").GetString());     // before the on-site inspection

        await W.Ok(inspector, id, "start-inspection");
        await W.PassChecklist(inspector, id, scheme);
        var passed = await W.Ok(inspector, id, "pass-inspection", W.Conclusion());
        Assert.Equal("AwaitingReview", passed.GetProperty("status").GetString());
        var application = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        Assert.DoesNotContain(application.GetProperty("transitions").EnumerateArray(), t => t.GetProperty("to").GetString() == "Verifying");
    }

    [Fact]
    public async Task Cec_5_1_1_and_pcec_7_1_7_2_declarations_and_the_acceptance_review_are_required_and_stored()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        using var manager = await SignedIn(Demo.Manager);
        var id = await W.Draft(applicant, Pcec, "submersible-pump");
        await W.UploadRequired(applicant, id, Pcec);
        var undeclared = await W.Act(applicant, id, "submit", new { declarations = new[] { "documents-true" } });
        Assert.Equal(HttpStatusCode.BadRequest, undeclared.StatusCode);
        Assert.Contains("提交前请声明：已全部获知认证要求并愿意遵守", await undeclared.Content.ReadAsStringAsync());
        await W.Ok(applicant, id, "submit", W.Declared);

        var bare = await W.Act(manager, id, "accept", new { contractDate = "2026-11-20" });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        var problems = await bare.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problems.GetProperty("errors");
        Assert.Equal(4, errors.GetProperty("review").GetArrayLength());
        Assert.Contains("全国企业信用信息公示系统", errors.GetProperty("creditCheckReference")[0].GetString());
        Assert.Contains("保密义务", errors.GetProperty("undertakings")[0].GetString());
        Assert.Equal("Submitted", (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("status").GetString());

        await W.Ok(manager, id, "accept", W.Acceptance());
        var application = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        Assert.Equal(["documents-true", "requirements-accepted"], application.GetProperty("declarations").EnumerateArray().Select(d => d.GetProperty("key").GetString()));
        var review = application.GetProperty("acceptanceReview");
        Assert.Equal(4, review.GetProperty("items").GetArrayLength());
        Assert.Equal("全国企业信用信息公示系统查询截图，存档 QX-001", review.GetProperty("creditCheck").GetProperty("reference").GetString());
        Assert.Equal("confidentiality", review.GetProperty("undertakings")[0].GetString());
        // The acceptance review is on the review step (the page now opens on planning).
        Assert.Contains("data-testid=\"credit-check\"", await manager.Http.GetStringAsync($"/Applications/Details/{id}?step=review"));
    }

    [Fact]
    public async Task Cec_7_1_a_the_product_name_is_entered_and_annex_1_3_the_factory_profile_is_kept_and_a_third_party_needs_the_entrustment_proof()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        var created = await applicant.Http.PostAsJsonAsync("/api/v1/applications", new { schemeId = Cec });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var noName = await W.Act(applicant, id, "save-form", Form("electronic-components", name: ""));
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Contains("产品名称", await noName.Content.ReadAsStringAsync());

        await W.Ok(applicant, id, "save-form", Form("electronic-components", name: "交流电动机电容器"));
        var saved = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        Assert.Equal("交流电动机电容器", saved.GetProperty("units")[0].GetProperty("productName").GetString());
        Assert.Equal("Private", saved.GetProperty("factoryProfile").GetProperty("nature").GetString());
        Assert.Equal("电子元器件制造", saved.GetProperty("factoryProfile").GetProperty("industry").GetString());

        // A factory other than the applicant (CEC 5.1.1 b): the entrustment proof is now required.
        await W.UploadRequired(applicant, id, Cec);
        await W.Ok(applicant, id, "save-form", Form("electronic-components", name: "交流电动机电容器", factoryCode: Scenario.NewCreditCode()));
        var submit = await W.Act(applicant, id, "submit", W.Declared);
        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        var body = await submit.Content.ReadAsStringAsync();
        Assert.True(body.Contains("委托关系证明材料", StringComparison.Ordinal), body);

        // PCEC divides units by the scope's typical product name (PCEC 4): a blank name takes it.
        var other = await applicant.Http.PostAsJsonAsync("/api/v1/applications", new { schemeId = Pcec });
        var pcec = (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await W.Ok(applicant, pcec, "save-form", Form("submersible-pump", name: ""));
        Assert.Equal("潜油泵", (await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{pcec}")).GetProperty("units")[0].GetProperty("productName").GetString());
    }

    [Fact]
    public void Certificate_contents_decide_which_lines_the_printed_certificate_carries_cec_7_1_and_pcec_9_1()
    {
        var catalog = host.Services.GetRequiredService<StringCatalog>();
        var schemes = host.Services.GetRequiredService<SchemeCatalog>();
        var particulars = new CertificateParticulars(new Party("甲", "地址"), new Party("乙", "地址"), new Party("丙", "地址"), "依据", "现场检查+碳足迹核查+获证后监督",
            "电容器 X1", "电容器", "X1", "1 只", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), SystemBoundary.CradleToGate, 0.0125m, "t CO2e/1 只", "机构", null);
        var contents = new CertificateContents("CEC-PCF-2026-0001", particulars, new DateOnly(2026, 3, 1), new DateOnly(2029, 2, 28), 1, null);
        string Print(SchemeDefinition s) => CertificateDocument.Html(contents, CertificateStatus.Valid, new DateOnly(2026, 3, 2), "https://x/r", catalog, null,
            s.CertificateContents.Select(c => c.Key).ToList());

        var pcec = Print(schemes.Get(Pcec));
        var cec = Print(schemes.Get(Cec));
        Assert.Contains("现场检查+碳足迹核查+获证后监督", pcec);                  // PCEC 9.1 c) 认证模式
        Assert.DoesNotContain("现场检查+碳足迹核查+获证后监督", cec);             // CEC 7.1 lists no mode …
        Assert.Contains("电容器 X1", cec);                                       // … but b) 认证单元
        Assert.DoesNotContain("电容器 X1", pcec);
    }

    private static object Form(string product, string name, string factoryCode = "91320594MA1N2K3P4Y") => new
    {
        applicantName = "苏州示例电子元件有限公司", applicantCreditCode = "91320594MA1N2K3P4Y", applicantAddress = "江苏省苏州市",
        manufacturerName = "苏州示例电子元件有限公司", manufacturerCreditCode = "91320594MA1N2K3P4Y", manufacturerAddress = "江苏省苏州市",
        factoryName = "苏州示例工厂", factoryCreditCode = factoryCode, factoryAddress = "江苏省苏州市",
        unitProduct = new[] { product }, unitName = new[] { name }, unitModel = new[] { "CBB65 450V 30uF" }, unitStandard = new[] { "GB/T 3667.1" },
        unitSite = new[] { "江苏省苏州市星湖街 100 号" },
        factoryNature = "Private", factoryIndustry = "电子元器件制造", factoryRevenueAtLeast20MillionYuan = "true",
    };

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }
}

public sealed class WorkflowFidelityOnSqlite(SqliteHost host) : WorkflowFidelityScenarios<SqliteHost>(host);

public sealed class WorkflowFidelityOnPostgreSql(PostgreSqlHost host) : WorkflowFidelityScenarios<PostgreSqlHost>(host);
