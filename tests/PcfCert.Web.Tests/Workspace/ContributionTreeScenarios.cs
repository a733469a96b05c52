using System.Net;
using System.Text.RegularExpressions;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Workspace;

/// <summary>
/// Issue 16 item 5: the contribution tree of an attached model is drawn on the verification section and on the model
/// version page, as nested nodes with name, stage, amount, cumulative impact, own and cumulative share.
/// </summary>
public abstract partial class ContributionTreeScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    // A board needs 0.5 kg of housing and 2 kWh (0.5 kg CO2e/kWh); a kg of housing needs 1.2 kg of resin and 1 kWh; a kg of
    // resin needs 1 kg of granulate (2.0 kg CO2e/kg). By hand, per board:
    //   resin    0.5 × 1.2 = 0.6 kg, own 0.6 × 2.0 = 1.2, cumulative 1.2
    //   housing  0.5 kg, own 0.5 × 0.5 = 0.25, cumulative 0.25 + 1.2 = 1.45
    //   board    1 piece, own 2 × 0.5 = 1.0, cumulative 1.0 + 1.45 = 2.45 (the total)
    // Shares of 2.45: board own 40.82 %, cumulative 100 %; housing own 10.2 %, cumulative 59.18 %; resin 48.98 % and 48.98 %.
    private const string Model = """
        { "format": "pcfcert.model/1",
          "product": { "name": "控制板", "declaredUnit": { "amount": 1, "unit": "piece" }, "massKg": 0.6 },
          "gwp": "AR6", "boundary": "cradle-to-gate", "referenceProcess": "board",
          "factors": [ { "id": "grid", "unit": "kWh", "kgCO2e": 0.5, "source": "test" },
                       { "id": "granulate", "unit": "kg", "kgCO2e": 2.0, "source": "test" } ],
          "processes": [
            { "id": "board", "name": "board assembly", "stage": "production", "output": { "amount": 1, "unit": "piece" },
              "inputs": [ { "process": "housing", "amount": 0.5, "unit": "kg" }, { "factor": "grid", "amount": 2, "unit": "kWh" } ] },
            { "id": "housing", "name": "housing moulding", "stage": "production", "output": { "amount": 1, "unit": "kg" },
              "inputs": [ { "process": "resin", "amount": 1.2, "unit": "kg" }, { "factor": "grid", "amount": 1, "unit": "kWh" } ] },
            { "id": "resin", "name": "resin compounding", "stage": "raw-material-acquisition", "output": { "amount": 1, "unit": "kg" },
              "inputs": [ { "factor": "granulate", "amount": 1, "unit": "kg" } ] } ] }
        """;

    [Fact]
    public async Task The_model_page_and_the_verification_section_draw_the_tree_with_hand_computed_shares()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        var id = await WorkflowScenarios<THost>.Draft(applicant, "cec-7065cvp-a0", "electronic-components");
        await WorkflowScenarios<THost>.CecToInspection(applicant, manager, inspector, id);
        await WorkflowScenarios<THost>.Ok(inspector, id, "attach-model", new { model = Model });

        foreach (var page in new[] { $"/Applications/Model/{id}/1", $"/Applications/Details/{id}" })
        {
            var html = WebUtility.HtmlDecode(await inspector.GetPageAsync(page));
            var nodes = NodeRow().Matches(html).Select(m => (Process: m.Groups[1].Value, Depth: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
            Assert.Equal([("board", 0), ("housing", 1), ("resin", 2)], nodes);
            Assert.Equal(["board assembly", "housing moulding", "resin compounding"], Texts(html, "tree-name"));
            Assert.Equal(["1 piece", "0.5 kg", "0.6 kg"], Texts(html, "tree-amount"));
            Assert.Equal(["40.82 %", "10.2 %", "48.98 %"], Texts(html, "tree-own-share"));
            Assert.Equal(["100 %", "59.18 %", "48.98 %"], Texts(html, "tree-cumulative-share"));
            Assert.Contains("2.45 kg CO2e", html);
            Assert.Contains("1.45 kg CO2e", html);
            // Stages in the user's language (zh-CN by default); the root open, the housing branch closed until opened.
            Assert.Contains("原材料获取", html);
            Assert.Contains("贡献树", html);
            Assert.Matches("<details open=\"open\" data-testid=\"tree-branch-board\"", html);
            Assert.Matches("<details data-testid=\"tree-branch-housing\"", html);
            Assert.DoesNotContain("tree-branch-resin", html); // a leaf
        }
    }

    [Fact]
    public async Task Another_organisations_applicant_cannot_open_the_model_page_with_its_tree()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        var id = await WorkflowScenarios<THost>.Draft(applicant, "cec-7065cvp-a0", "electronic-components");
        await WorkflowScenarios<THost>.CecToInspection(applicant, manager, inspector, id);
        await WorkflowScenarios<THost>.Ok(inspector, id, "attach-model", new { model = Model });
        var (stranger, _, _) = await Scenario.NewApplicantAsync(host);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/Applications/Model/{id}/1")).StatusCode);
    }

    private static List<string> Texts(string html, string testId) =>
        Regex.Matches(html, $"data-testid=\"{testId}\">([^<]*)<").Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("data-testid=\"tree-node\" data-process=\"([^\"]+)\" data-depth=\"(\\d+)\"")]
    private static partial Regex NodeRow();

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }
}

public sealed class ContributionTreeOnSqlite(SqliteHost host) : ContributionTreeScenarios<SqliteHost>(host);

public sealed class ContributionTreeOnPostgreSql(PostgreSqlHost host) : ContributionTreeScenarios<PostgreSqlHost>(host);
