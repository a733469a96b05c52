using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Certificates;

/// <summary>The surveillance and footprint-report forms of the certificate page, as the manager and the holder post them.</summary>
public abstract class SurveillancePageScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task Cec_6_2_a_manager_opens_a_surveillance_the_team_records_the_inspection_on_its_page_with_a_nonconformity_and_it_is_closed()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var manager = await CertificateData.ManagerAsync(host);
        // CEC 5.4.3.1 certifies in t CO2e: 0.002 t = 2.0 kg CO2e/piece, the baseline of the surveillance's kg figures.
        var id = (await CertificateData.IssueAsync(host, manager, holder: orgId, footprint: 0.002m)).GetProperty("id").GetGuid();
        var page = $"/Certificates/Details/{id}";

        var opened = await manager.PostFormAsync($"{page}?handler=OpenSurveillance",
            [new("Verdict.Unannounced", "true"), new("Verdict.Trigger", "Complaint")], page);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var html = await manager.GetPageAsync(page);
        Assert.Contains("投诉", html); // UnannouncedTrigger.Complaint
        var surveillanceId = System.Text.RegularExpressions.Regex.Match(html, "/Surveillance/Inspection/([0-9a-f-]{36})").Groups[1].Value;
        var inspection = $"/Surveillance/Inspection/{surveillanceId}";

        // CEC 6.2: the surveillance is an inspection. The manager forms the team on its page (the demo register), the
        // inspector starts it and records every clause, the product's consistency and the period's model.
        var (leader, verifier) = await Surveillance.SurveillanceData.DemoTeamAsync(host);
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"); // the body's date is Beijing time
        Assert.Contains("data-testid=\"surveillance-team-form\"", await manager.GetPageAsync(inspection));
        var team = await manager.PostFormAsync($"{inspection}?handler=Team",
            [new("Team.Leader", leader.ToString()), new("Team.Members", verifier.ToString()), new("Team.PersonDays", "2"), new("Team.Purpose", "年度监督"),
             new("Team.Basis", "CEC-7065CVP-A/0"), new("Team.Scope", "全部认证单元"), new("Team.From", today), new("Team.To", today)], inspection);
        Assert.Equal(HttpStatusCode.Redirect, team.StatusCode);
        using var inspector = await Surveillance.SurveillanceData.InspectorAsync(host);
        Assert.DoesNotContain("data-testid=\"surveillance-start\"", await manager.GetPageAsync(inspection)); // the team starts, not the manager
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.PostFormAsync($"{inspection}?handler=Start", [], inspection)).StatusCode);
        var scheme = host.Services.GetRequiredService<PcfCert.Certification.Schemes.SchemeCatalog>().Get(CertificateData.Cec);
        var clauses = scheme.FactoryAssuranceChecklist.Clauses;
        var checklist = clauses.Select(c => new KeyValuePair<string, string>("verdict-" + c.Id, c == clauses[0] ? "Nonconforming" : "Conforming")).ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.PostFormAsync($"{inspection}?handler=Checklist", checklist, inspection)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.PostFormAsync($"{inspection}?handler=Consistency",
            [new("Consistency.Sample", "批号 2026-001"), new("Consistency.Consistent", "true")], inspection)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.PostFormAsync($"{inspection}?handler=Model",
            [new("ModelJson", PcfCert.Web.Hosting.ApprovedApplication.Model(1.9))], inspection)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.PostFormAsync($"{inspection}?handler=Verified", [new("ModelVersion", "1")], inspection)).StatusCode);
        // CEC annex 1 五: the product changes asked at surveillance, stated on the page.
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.PostFormAsync($"{inspection}?handler=ProductChanges",
            [new("ProductChanges.SiteOrProcessChanged", "false")], inspection)).StatusCode);

        // A 不符合 clause without its nonconformity: the pass is refused with the clause named, nothing changes.
        KeyValuePair<string, string>[] conclusion =
        [
            new("Conclusion.Passed", "true"), new("Conclusion.CarriedOutOn", today), new("Conclusion.ReportNumber", "SV-1"),
            new("Conclusion.PurposeBasisScope", "年度监督"), new("Conclusion.ApplicantDetails", "委托人"), new("Conclusion.ConformityStatement", "一项不符合"),
            new("Conclusion.Conclusion", "通过，不符合项限期整改"), new("Conclusion.PreviousReductionTargetPercent", "3"),
        ];
        var refusedPass = await inspector.PostFormAsync($"{inspection}?handler=Conclude", conclusion, inspection);
        Assert.Equal(HttpStatusCode.OK, refusedPass.StatusCode);
        Assert.Contains("class=\"errors\"", await refusedPass.Content.ReadAsStringAsync());
        Assert.Contains("现场检查中", await manager.GetPageAsync(inspection)); // SurveillanceStatus.Inspecting
        foreach (var description in new[] { "能源计量器具未校准", "台账缺少 3 月记录" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await inspector.PostFormAsync($"{inspection}?handler=Nonconformity",
                [new("Nonconformity.ClauseId", clauses[0].Id), new("Nonconformity.Description", description)], inspection)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.PostFormAsync($"{inspection}?handler=Conclude", conclusion, inspection)).StatusCode);
        var concluded = await manager.GetPageAsync(inspection);
        Assert.Contains("-5 %", concluded); // (1.9 - 2.0) / 2.0 = -5 % against the certified 2.0 kg (0.002 t)
        html = await manager.GetPageAsync(page);
        Assert.Contains("已完成", html);
        Assert.Contains("能源计量器具未校准", html);
        Assert.Contains("台账缺少 3 月记录", html);
        // CEC 6.3: two months to rectify.
        Assert.Contains(DateOnly.ParseExact(today, "yyyy-MM-dd").AddMonths(2).ToString("yyyy-MM-dd"), html);

        // The holder sees the surveillance but has no manager forms.
        var holderView = await holder.GetPageAsync(page);
        Assert.Contains("能源计量器具未校准", holderView);
        Assert.DoesNotContain("data-testid=\"close-nonconformity\"", holderView);
        var refused = await holder.PostFormAsync($"{page}?handler=OpenSurveillance", [new("Verdict.Unannounced", "false")], page);
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location!.PathAndQuery);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(await manager.GetPageAsync(page), "data-testid=\"surveillance-row\""));

        // CEC 6.3: the holder submits its evidence, then the body verifies it and closes the nonconformity.
        Assert.DoesNotContain("data-testid=\"close-nonconformity\"", html);
        var nonconformityId = FormRoute(holderView, "SubmitRectification", "nonconformityId");
        var submitted = await holder.PostFormAsync($"{page}?handler=SubmitRectification&surveillanceId={surveillanceId}&nonconformityId={nonconformityId}",
            [new("Reason", "计量器具已送检，附校准证书")], page);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        html = await manager.GetPageAsync(page);
        Assert.Contains("计量器具已送检，附校准证书", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "data-testid=\"close-nonconformity\""));
        var closed = await manager.PostFormAsync($"{page}?handler=JudgeRectification&surveillanceId={surveillanceId}&nonconformityId={nonconformityId}&accept=true", [], page);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        html = await manager.GetPageAsync(page);
        Assert.DoesNotContain("data-testid=\"close-nonconformity\"", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "surveillance-nonconformity-status\">已关闭<")); // the other stays 待整改
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "surveillance-nonconformity-status\">待整改<"));
        holder.Dispose();
    }

    [Fact]
    public async Task A_surveillance_of_another_certificate_is_not_found_through_this_page()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var first = (await CertificateData.IssueAsync(host, manager)).GetProperty("id").GetGuid();
        var second = (await CertificateData.IssueAsync(host, manager)).GetProperty("id").GetGuid();
        var opened = await manager.Http.PostAsJsonAsync($"/api/v1/surveillance/certificates/{first}", new { unannounced = false });
        var surveillanceId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var page = $"/Certificates/Details/{second}";
        var response = await manager.PostFormAsync($"{page}?handler=JudgeRectification&surveillanceId={surveillanceId}&nonconformityId={Guid.NewGuid()}&accept=true", [], page);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_holder_reports_a_month_footprint_through_the_form_and_a_missing_value_is_refused()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var manager = await CertificateData.ManagerAsync(host);
        var id = (await CertificateData.IssueAsync(host, manager, holder: orgId)).GetProperty("id").GetGuid();
        var page = $"/Certificates/Details/{id}";

        var missing = await holder.PostFormAsync($"{page}?handler=ReportFootprint", [new("Footprint.Month", "2026-06"), new("Footprint.Change", "None")], page);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("碳足迹数值", await missing.Content.ReadAsStringAsync()); // Footprint.Value named in the error

        var reported = await holder.PostFormAsync($"{page}?handler=ReportFootprint",
            [new("Footprint.Month", "2026-06"), new("Footprint.Value", "2.15"), new("Footprint.Change", "Planned")], page);
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        var html = await holder.GetPageAsync(page);
        Assert.Contains("2026-06", html);
        Assert.Contains("2.15", html);
        Assert.Contains("计划内变化", html);

        // The manager does not report for the holder.
        var byManager = await manager.PostFormAsync($"{page}?handler=ReportFootprint", [new("Footprint.Month", "2026-07"), new("Footprint.Value", "2")], page);
        Assert.Equal(HttpStatusCode.NotFound, byManager.StatusCode);
        holder.Dispose();
    }

    private static string FormRoute(string html, string handler, string parameter)
    {
        // The form's action carries the route values in any order, with &amp; between them.
        foreach (System.Text.RegularExpressions.Match action in System.Text.RegularExpressions.Regex.Matches(html, "action=\"([^\"]*)\""))
        {
            var url = WebUtility.HtmlDecode(action.Groups[1].Value);
            var value = System.Text.RegularExpressions.Regex.Match(url, $"[?&]{parameter}=([0-9a-f-]{{36}})");
            if (url.Contains($"handler={handler}") && value.Success)
            {
                return value.Groups[1].Value;
            }
        }
        Assert.Fail($"no {handler} form with {parameter}");
        return "";
    }
}

public sealed class SurveillancePageOnSqlite(SqliteHost host) : SurveillancePageScenarios<SqliteHost>(host);

public sealed class SurveillancePageOnPostgreSql(PostgreSqlHost host) : SurveillancePageScenarios<PostgreSqlHost>(host);
