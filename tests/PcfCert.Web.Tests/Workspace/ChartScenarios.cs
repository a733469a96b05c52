using System.Text.RegularExpressions;
using PcfCert.Web.Features.Shared;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Workspace;

/// <summary>The verification page draws the attached model's footprint by stage and by process, with the table beside it.</summary>
public abstract partial class ChartScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task The_verification_section_charts_the_latest_model_by_stage_and_top_process()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        var id = await WorkflowScenarios<THost>.Draft(applicant, "cec-7065cvp-a0", "electronic-components");
        await WorkflowScenarios<THost>.CecToInspection(applicant, manager, inspector, id);
        var model = await File.ReadAllTextAsync(Path.Combine(LocalizationTests.RepositoryRoot(), "docs", "examples", "capacitor.model.json"));
        await WorkflowScenarios<THost>.Ok(inspector, id, "attach-model", new { model });

        var page = await applicant.GetPageAsync($"/Applications/Details/{id}");
        // docs/examples/capacitor.result.json: raw-material-acquisition 0.079433852425 (film), production 0.880764 (assembly),
        // the other three stages 0; by process assembly first, then film.
        var bars = BarValue().Matches(page).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(7, bars.Count);
        Assert.Equal(0.079433852425, bars[0], 1e-12);
        Assert.Equal(0.880764, bars[1], 1e-12);
        Assert.Equal([0d, 0d, 0d], bars[2..5]);
        Assert.Equal(0.880764, bars[5], 1e-12);
        Assert.Equal(0.079433852425, bars[6], 1e-12);
        Assert.Contains("原材料获取", page);
        Assert.Contains("kg CO2e / 1 piece", page);
        Assert.Contains("role=\"img\"", page);
    }

    [Fact]
    public void Removals_draw_to_the_left_of_zero_and_the_top_list_is_ordered_by_size()
    {
        var chart = FootprintChart.TopProcesses("t", "top", "kg", Enumerable.Range(1, 10).Select(i => new PcfCert.Footprint.Results.ProcessContribution($"p{i}", i == 3 ? -20 : i, 0, 0)));
        // |−20| is the largest, then 10, 9 … ; only the top eight are kept.
        Assert.Equal(["p3", "p10", "p9", "p8", "p7", "p6", "p5", "p4"], chart.Bars.Select(b => b.Label));
    }

    [GeneratedRegex("data-testid=\"bar\" data-value=\"([-0-9.E]+)\"")]
    private static partial Regex BarValue();

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }
}

public sealed class ChartsOnSqlite(SqliteHost host) : ChartScenarios<SqliteHost>(host);

public sealed class ChartsOnPostgreSql(PostgreSqlHost host) : ChartScenarios<PostgreSqlHost>(host);
