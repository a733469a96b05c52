using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Tests.Certificates;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Integrity;

/// <summary>
/// CEC 7.3 "如果需要进行检查的，则 CEC 组织检查合格后方能变更", PCEC 9.3: the inspection a change required is recorded
/// with its verdict from the certificate page and the API. Nonconformities keep the request open until a later
/// inspection passes; a failed inspection refuses the change; approval is neither offered nor accepted before a pass.
/// </summary>
public abstract class ChangeInspectionScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task Nonconformities_keep_the_change_open_until_a_later_inspection_passes_and_only_then_is_approval_offered()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        using var manager = await CertificateData.ManagerAsync(host);
        var id = (await CertificateData.IssueAsync(host, manager, holder: orgId)).GetProperty("id").GetGuid();
        var page = $"/Certificates/Details/{id}";
        var changeId = await FileAsync(holder, id, "迁至二厂生产", "江苏省苏州市相城区 9 号");
        await ReviewOk(manager, changeId, new { action = "RequireInspection", note = "生产地址变更，需现场检查" });

        // The page's form: without a verdict nothing is recorded, and the field is named.
        var html = await manager.GetPageAsync(page);
        Assert.Contains("data-testid=\"change-inspection-form\"", html);
        Assert.DoesNotContain("data-testid=\"change-approve\"", html);
        var noVerdict = await RecordOnPage(manager, page, changeId, "CI-2026-01", "", "", "");
        Assert.Equal(HttpStatusCode.OK, noVerdict.StatusCode);
        Assert.Contains("请填写变更检查结论。", await noVerdict.Content.ReadAsStringAsync());
        var noList = await RecordOnPage(manager, page, changeId, "", "Nonconformities", " ", "");
        var noListHtml = await noList.Content.ReadAsStringAsync();
        Assert.Contains("请填写变更检查报告编号。", noListHtml); // every problem at once
        Assert.Contains("请逐行列出不符合项", noListHtml);
        Assert.Empty((await ChangeAsync(manager, id, changeId)).GetProperty("inspections").EnumerateArray());

        // Nonconformities: the request stays open, approval is neither shown nor accepted.
        var withNcs = await RecordOnPage(manager, page, changeId, "CI-2026-01", "Nonconformities", "二厂能源计量器具未校准\n二厂物料台账缺失", "");
        Assert.Equal(HttpStatusCode.Redirect, withNcs.StatusCode);
        html = await manager.GetPageAsync(page);
        Assert.Contains("存在不符合项，待整改", html);
        Assert.Contains("二厂物料台账缺失", html);
        Assert.Contains("需检查", html); // ChangeRequestStatus.InspectionRequired
        Assert.DoesNotContain("data-testid=\"change-approve\"", html);
        Assert.Contains("data-testid=\"change-inspection-form\"", html); // the rectification is verified by a further inspection
        var early = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/changes/{changeId}/review", new { action = "Approve", note = "同意" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("该变更需检查合格后方能批准", await early.Content.ReadAsStringAsync());
        Assert.Equal(1, (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}")).GetProperty("version").GetInt32());

        // The rectification verified: a passed inspection; now the page offers approval and the new version follows.
        Assert.Equal(HttpStatusCode.Redirect, (await RecordOnPage(manager, page, changeId, "CI-2026-02", "Passed", "", "")).StatusCode);
        html = await manager.GetPageAsync(page);
        Assert.Contains("data-testid=\"change-approve\"", html);
        var change = await ChangeAsync(manager, id, changeId);
        Assert.Equal(["Nonconformities", "Passed"], change.GetProperty("inspections").EnumerateArray().Select(i => i.GetProperty("verdict").GetString()));
        Assert.Equal(2, change.GetProperty("inspections")[0].GetProperty("nonconformities").GetArrayLength());
        await ReviewOk(manager, changeId, new { action = "Approve", note = "整改验证合格，同意变更" });
        var after = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}");
        Assert.Equal(2, after.GetProperty("version").GetInt32());
        Assert.Equal("江苏省苏州市相城区 9 号", after.GetProperty("particulars").GetProperty("factory").GetProperty("address").GetString());
    }

    [Fact]
    public async Task A_failed_change_inspection_refuses_the_change_with_its_reason_and_leaves_the_certificate_as_it_was()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        using var manager = await CertificateData.ManagerAsync(host);
        var id = (await CertificateData.IssueAsync(host, manager, holder: orgId)).GetProperty("id").GetGuid();
        var page = $"/Certificates/Details/{id}";
        var changeId = await FileAsync(holder, id, "迁至三厂生产", "江苏省无锡市新吴区 1 号");
        await ReviewOk(manager, changeId, new { action = "RequireInspection" });

        // API: a failed verdict needs its reason (the note).
        var noReason = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/changes/{changeId}/review",
            new { action = "RecordInspection", inspectionReference = "CI-2026-03", verdict = "Failed" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("请填写原因。", (await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("note")[0].GetString());

        var failed = await RecordOnPage(manager, page, changeId, "CI-2026-03", "Failed", "", "三厂不具备产品一致性控制条件");
        Assert.Equal(HttpStatusCode.Redirect, failed.StatusCode);
        var change = await ChangeAsync(manager, id, changeId);
        Assert.Equal("Rejected", change.GetProperty("status").GetString());
        Assert.Equal("三厂不具备产品一致性控制条件", change.GetProperty("decisionNote").GetString());
        Assert.False(change.GetProperty("inspectionPassed").GetBoolean());
        Assert.Empty(change.GetProperty("allowed").EnumerateArray());
        var html = await manager.GetPageAsync(page);
        Assert.Contains("检查不通过", html);
        Assert.DoesNotContain("data-testid=\"change-approve\"", html);
        Assert.DoesNotContain("data-testid=\"change-inspection-form\"", html);
        var certificate = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}");
        Assert.Equal(1, certificate.GetProperty("version").GetInt32());
        Assert.NotEqual("江苏省无锡市新吴区 1 号", certificate.GetProperty("particulars").GetProperty("factory").GetProperty("address").GetString());
        var late = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/changes/{changeId}/review", new { action = "Approve", note = "同意" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    private static async Task<Guid> FileAsync(TestClient holder, Guid id, string description, string address)
    {
        var filed = await holder.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/changes",
            new { kind = "Site", description, factoryName = "无锡测试电子有限公司", factoryAddress = address });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        return (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task ReviewOk(TestClient manager, Guid changeId, object body)
    {
        var response = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/changes/{changeId}/review", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> RecordOnPage(TestClient manager, string page, Guid changeId, string reference, string verdict,
        string nonconformities, string reason) =>
        manager.PostFormAsync($"{page}?handler=ReviewChange&changeId={changeId}",
            [new("action", "RecordInspection"), new("ReinspectionReference", reference), new("ChangeVerdict", verdict),
             new("ChangeNonconformities", nonconformities), new("Reason", reason)], page);

    private static async Task<JsonElement> ChangeAsync(TestClient manager, Guid certificateId, Guid changeId) =>
        (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{certificateId}/changes"))
            .EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == changeId);
}

public sealed class ChangeInspectionsOnSqlite(SqliteHost host) : ChangeInspectionScenarios<SqliteHost>(host);

public sealed class ChangeInspectionsOnPostgreSql(PostgreSqlHost host) : ChangeInspectionScenarios<PostgreSqlHost>(host);
