using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;
using W = PcfCert.Web.Tests.WorkflowScenarios<PcfCert.Web.Tests.Infrastructure.SqliteHost>;

namespace PcfCert.Web.Tests.Integrity;

/// <summary>Verification rules held by the server (CEC 5.4.3): refusals name the field in Chinese and change nothing.</summary>
public abstract class VerificationRefusalScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string Cec = "cec-7065cvp-a0";

    [Fact]
    public async Task A_failed_cut_off_cannot_become_the_verified_value_and_a_finding_must_point_at_an_existing_line()
    {
        var (applicant, _, _) = await Scenario.NewApplicantAsync(host);
        using var _a = applicant;
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        var id = await W.Draft(applicant, Cec, "electronic-components");
        await W.CecToInspection(applicant, manager, inspector, id);
        var scheme = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{Cec}");
        await W.VerifyAll(inspector, id, scheme);
        // The worked example's steel clip (cut off) raised from 300 g to 30 kg per 1000 pieces: 30 g of a 120 g piece
        // is 25 % of the product mass, over CEC 5.4.3.2 c's 5 %.
        var model = (await File.ReadAllTextAsync(Path.Combine(LocalizationTests.RepositoryRoot(), "docs", "examples", "capacitor.model.json")))
            .Replace("\"amount\": 300, \"unit\": \"g\", \"cutOff\": true", "\"amount\": 30, \"unit\": \"kg\", \"cutOff\": true");
        await W.Ok(inspector, id, "attach-model", new { model });

        var refused = await inspector.Http.PostAsJsonAsync($"/api/v1/applications/{id}/actions/record-verified-value", new { modelVersion = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("取舍检查未通过", errors.GetProperty("modelVersion")[0].GetString());

        var badPath = await inspector.Http.PostAsJsonAsync($"/api/v1/applications/{id}/actions/raise-finding",
            new { modelVersion = 1, path = "/processes/7/inputs/0", @class = "Major", description = "因子错误", requestedCorrection = "更正" });
        Assert.Equal(HttpStatusCode.BadRequest, badPath.StatusCode);
        Assert.Contains("/processes/7/inputs/0", (await badPath.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("path")[0].GetString());
        await W.Ok(inspector, id, "raise-finding",
            new { modelVersion = 1, path = "/processes/0/inputs/3", @class = "Major", description = "取舍超限", requestedCorrection = "计入钢夹" });

        var application = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        Assert.Equal(JsonValueKind.Null, application.GetProperty("verifiedValue").ValueKind);
        Assert.Equal("/processes/0/inputs/3", Assert.Single(application.GetProperty("findings").EnumerateArray()).GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_model_without_a_product_mass_or_cut_off_items_shows_its_cut_off_check_without_a_share()
    {
        var (applicant, _, _) = await Scenario.NewApplicantAsync(host);
        using var _a = applicant;
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        var id = await W.Draft(applicant, Cec, "electronic-components");
        await W.CecToInspection(applicant, manager, inspector, id);
        // The worked example without product.massKg and without its cut-off item (the engine accepts that: nothing is cut off):
        // the cut-off share (excluded mass / product mass) cannot be computed, and the page says so instead of failing.
        var model = (await File.ReadAllTextAsync(Path.Combine(LocalizationTests.RepositoryRoot(), "docs", "examples", "capacitor.model.json")))
            .Replace(", \"massKg\": 0.12", "")
            .Replace(",\n        { \"name\": \"steel clip\", \"amount\": 300, \"unit\": \"g\", \"cutOff\": true }", "");
        Assert.DoesNotContain("steel clip", model);
        await W.Ok(inspector, id, "attach-model", new { model });

        // The verification report (CEC 5.7.1 records) states the check in words instead of failing on the missing share.
        var report = await inspector.Http.GetAsync($"/api/v1/applications/{id}/records/verification-report.docx");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        using var docx = new System.IO.Compression.ZipArchive(await report.Content.ReadAsStreamAsync());
        using var body = new StreamReader(docx.GetEntry("word/document.xml")!.Open());
        Assert.Contains("模型未给出产品质量", await body.ReadToEndAsync());
    }

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }
}

public sealed class VerificationRefusalsOnSqlite(SqliteHost host) : VerificationRefusalScenarios<SqliteHost>(host);

public sealed class VerificationRefusalsOnPostgreSql(PostgreSqlHost host) : VerificationRefusalScenarios<PostgreSqlHost>(host);
