using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Workspace;

/// <summary>
/// Issue 13 item 4: the application page opens on the step in progress (CEC 5.1–5.6: application, acceptance,
/// planning, on-site inspection with the footprint verification, review and decision), the earlier steps summarised and
/// openable, the later ones neither shown nor reachable by a crafted link.
/// </summary>
public abstract class StepScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string Cec = "cec-7065cvp-a0";

    [Fact]
    public async Task The_page_opens_on_the_step_in_progress_with_the_earlier_ones_summarised_and_the_later_ones_hidden()
    {
        var (applicant, manager, inspector) = (await SignedIn(Demo.Applicant), await SignedIn(Demo.Manager), await SignedIn(Demo.Inspector));
        var id = await WorkflowScenarios<THost>.Draft(applicant, Cec, "electronic-components");

        var draft = await applicant.GetPageAsync($"/Applications/Details/{id}");
        Assert.Contains("data-testid=\"application-form\"", draft);
        Assert.Contains("data-testid=\"documents-form\"", draft);
        Assert.Contains("<span aria-disabled=\"true\" data-testid=\"step-inspection\">", draft); // later: not a link
        Assert.DoesNotContain("?step=inspection", draft);
        Assert.DoesNotContain("data-testid=\"earlier-steps\"", draft);
        // CEC has no separate verification step: it is part of the on-site inspection (CEC 5.4.3).
        Assert.DoesNotContain("data-testid=\"step-verification\"", draft);

        await WorkflowScenarios<THost>.CecToInspection(applicant, manager, inspector, id);
        var inspecting = await inspector.GetPageAsync($"/Applications/Details/{id}");
        Assert.Contains("data-testid=\"checklist-form\"", inspecting);
        Assert.Contains("data-testid=\"verification-items-form\"", inspecting);
        Assert.DoesNotContain("data-testid=\"documents\"", inspecting); // the application's documents are on their own step
        Assert.Contains("aria-current=\"step\" data-testid=\"step-inspection\"", inspecting);
        Assert.Contains("data-testid=\"summary-planning\"", inspecting);
        Assert.Contains("张检查员", Between(inspecting, "data-testid=\"summary-planning\"", "</dd>"));
        Assert.Contains("data-testid=\"summary-application\"", inspecting);

        // An earlier step opens in full (read only now); a later step or an unknown one shows the step in progress.
        var application = await inspector.GetPageAsync($"/Applications/Details/{id}?step=application");
        Assert.Contains("data-testid=\"documents\"", application);
        Assert.DoesNotContain("data-testid=\"checklist-form\"", application);
        Assert.Contains("aria-current=\"step\" data-testid=\"step-application\"", application);
        foreach (var step in new[] { "decision", "nonsense", "verification" })
        {
            Assert.Contains("data-testid=\"checklist-form\"", await inspector.GetPageAsync($"/Applications/Details/{id}?step={step}"));
        }

        // The applicant's page is on the same step, without the team's forms.
        var applicants = await applicant.GetPageAsync($"/Applications/Details/{id}");
        Assert.Contains("aria-current=\"step\" data-testid=\"step-inspection\"", applicants);
        Assert.DoesNotContain("data-testid=\"checklist-form\"", applicants);
    }

    private static string Between(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, from);
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        return text[start..end];
    }

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }
}

public sealed class StepsOnSqlite(SqliteHost host) : StepScenarios<SqliteHost>(host);

public sealed class StepsOnPostgreSql(PostgreSqlHost host) : StepScenarios<PostgreSqlHost>(host);
