using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Certificates;

/// <summary>The surveillance and footprint-report forms of the certificate page, as the manager and the holder post them.</summary>
public abstract class SurveillancePageScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task A_manager_opens_a_surveillance_records_the_cec_verdict_with_a_nonconformity_and_closes_it()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var manager = await CertificateData.ManagerAsync(host);
        var id = (await CertificateData.IssueAsync(host, manager, holder: orgId)).GetProperty("id").GetGuid();
        var page = $"/Certificates/Details/{id}";

        var opened = await manager.PostFormAsync($"{page}?handler=OpenSurveillance",
            [new("Verdict.Unannounced", "true"), new("Verdict.Trigger", "Complaint")], page);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var html = await manager.GetPageAsync(page);
        Assert.Contains("投诉", html); // UnannouncedTrigger.Complaint
        var surveillanceId = FormRoute(html, "CompleteSurveillance", "surveillanceId");

        // CEC 6.2 needs both year-on-year answers: without them the verdict is refused and the surveillance stays open.
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"); // the body's date is Beijing time
        var incomplete = await manager.PostFormAsync($"{page}?handler=CompleteSurveillance&surveillanceId={surveillanceId}",
            [new("Verdict.CarriedOutOn", today), new("Verdict.InspectionReference", "SV-1"), new("Verdict.Passed", "true")], page);
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        Assert.Contains("class=\"errors\"", await incomplete.Content.ReadAsStringAsync());
        Assert.Contains("进行中", await manager.GetPageAsync(page)); // SurveillanceStatus.Open

        var completed = await manager.PostFormAsync($"{page}?handler=CompleteSurveillance&surveillanceId={surveillanceId}",
            [new("Verdict.CarriedOutOn", today), new("Verdict.InspectionReference", "SV-1"), new("Verdict.Passed", "true"),
             new("Verdict.FootprintValue", "1.9"), new("Verdict.FootprintBelowPreviousYear", "true"), new("Verdict.ReductionTargetMet", "false"),
             new("Verdict.Nonconformities", "能源计量器具未校准\n台账缺少 3 月记录")], page);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
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
        var response = await manager.PostFormAsync($"{page}?handler=CompleteSurveillance&surveillanceId={surveillanceId}",
            [new("Verdict.CarriedOutOn", "2026-01-01"), new("Verdict.InspectionReference", "X")], page);
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
