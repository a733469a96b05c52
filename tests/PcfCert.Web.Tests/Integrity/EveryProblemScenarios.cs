using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;
using W = PcfCert.Web.Tests.WorkflowScenarios<PcfCert.Web.Tests.Infrastructure.SqliteHost>;

namespace PcfCert.Web.Tests.Integrity;

/// <summary>Issue 11 item 7: a refusal lists every problem at once, each at its field, named in the user's language (never a key).</summary>
public abstract class EveryProblemScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string Cec = "cec-7065cvp-a0";

    [Fact]
    public async Task Cec_5_1_1_submitting_without_documents_names_every_missing_document_by_its_title()
    {
        var (applicant, _, _) = await Scenario.NewApplicantAsync(host);
        using var _a = applicant;
        var id = await W.Draft(applicant, Cec, "electronic-components");
        var scheme = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{Cec}");
        var required = scheme.GetProperty("applicationDocuments").EnumerateArray()
            .Where(d => d.GetProperty("requirement").GetString() == "required").ToList();

        var refused = await applicant.Http.PostAsJsonAsync($"/api/v1/applications/{id}/actions/submit", new { });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var document in required)
        {
            var message = errors.GetProperty("documents." + document.GetProperty("key").GetString())[0].GetString()!;
            Assert.Contains(document.GetProperty("name").GetProperty("zh").GetString()!, message);
            Assert.DoesNotContain(document.GetProperty("key").GetString()!, message);
        }
        Assert.True(required.Count > 1, "CEC 5.1.1 requires several documents");
    }

    [Fact]
    public async Task Cec_5_4_passing_an_empty_inspection_lists_every_clause_the_consistency_check_and_the_verified_value()
    {
        var (applicant, _, _) = await Scenario.NewApplicantAsync(host);
        using var _a = applicant;
        using var manager = host.CreateTestClient();
        await manager.SignInOkAsync(Demo.Manager);
        using var inspector = host.CreateTestClient();
        await inspector.SignInOkAsync(Demo.Inspector);
        var id = await W.Draft(applicant, Cec, "electronic-components");
        await W.CecToInspection(applicant, manager, inspector, id);

        var refused = await inspector.Http.PostAsJsonAsync($"/api/v1/applications/{id}/actions/pass-inspection", W.Conclusion());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var fields = errors.EnumerateObject().Select(p => p.Name).ToList();
        // CEC annex 3: 13 factory assurance clauses, each named with its number and title.
        Assert.Equal(13, fields.Count(f => f.StartsWith("checklist.", StringComparison.Ordinal)));
        Assert.StartsWith("尚未完成：1 ", errors.GetProperty("checklist.1")[0].GetString());
        Assert.Contains("产品一致性检查", errors.GetProperty("consistency")[0].GetString());
        Assert.Contains("碳足迹核查值", errors.GetProperty("verifiedValue")[0].GetString());
        Assert.DoesNotContain(errors.EnumerateObject().SelectMany(p => p.Value.EnumerateArray()), m => m.GetString()!.Contains("product-consistency", StringComparison.Ordinal));
    }
}

public sealed class EveryProblemOnSqlite(SqliteHost host) : EveryProblemScenarios<SqliteHost>(host);

public sealed class EveryProblemOnPostgreSql(PostgreSqlHost host) : EveryProblemScenarios<PostgreSqlHost>(host);
