using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;
using PcfCert.Web.Tests.Certificates;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Surveillance;

/// <summary>
/// Issue 17 item 14 on the real host and database: a surveillance is an inspection (CEC 6.2, PCEC 8.1) whose outcome
/// drives the certificate — a pass keeps it, a failure suspends it with its notice — and whose CEC 6.2 a/b figures are
/// computed from the certified value and the surveillance period's model.
/// </summary>
public abstract class SurveillanceInspectionScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task Cec_6_2_a_and_b_a_passed_surveillance_keeps_the_certificate_and_compares_each_year_with_the_one_before()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        using var manager = await CertificateData.ManagerAsync(host);
        var id = (await CertificateData.IssueAsync(host, manager, holder: orgId, footprint: 0.002m)).GetProperty("id").GetGuid();

        // CEC 5.4.3.1 certifies in t CO2e: 0.002 t = 2.0 kg; the surveillance compares the engine's kg figures.
        // Year 1: certified 2.0000 kg CO2e/piece, period 1.9000: (1.9 - 2.0) / 2.0 = -0.05; target 3 % -> 5 % >= 3 %: met.
        var first = await SurveillanceData.ConcludedAsync(host, manager, id, CertificateData.Cec, 1.9, passed: true);
        Assert.Equal("Completed", first.GetProperty("status").GetString());
        Assert.True(first.GetProperty("passed").GetBoolean());
        Assert.Equal(2.0m, first.GetProperty("previousFootprintValue").GetDecimal());
        Assert.Equal(1.9m, first.GetProperty("footprintValue").GetDecimal());
        Assert.Equal(-0.05m, first.GetProperty("footprintChange").GetDecimal());
        Assert.True(first.GetProperty("footprintBelowPreviousYear").GetBoolean());
        Assert.Equal(0.03m, first.GetProperty("reductionTarget").GetDecimal());
        Assert.True(first.GetProperty("reductionTargetMet").GetBoolean());
        Assert.Equal("Valid", await StatusAsync(manager, id));

        // Year 2: against the first surveillance's 1.9 and its next-year target 3 %, not the certified value:
        // (2.09 - 1.9) / 1.9 = 0.19 / 1.9 = +0.10: not lower, target missed, and annex 3 §10.1's 10 % is reached.
        var second = await SurveillanceData.ConcludedAsync(host, manager, id, CertificateData.Cec, 2.09, passed: true);
        Assert.Equal(1.9m, second.GetProperty("previousFootprintValue").GetDecimal());
        Assert.Equal(0.10m, second.GetProperty("footprintChange").GetDecimal());
        Assert.False(second.GetProperty("footprintBelowPreviousYear").GetBoolean());
        Assert.False(second.GetProperty("reductionTargetMet").GetBoolean());
        var page = await manager.GetPageAsync($"/Surveillance/Inspection/{second.GetProperty("id").GetGuid()}");
        Assert.Contains("+10 %", WebUtility.HtmlDecode(page));
        Assert.Contains("达到计划外变化阈值", page);
        // CEC 5.4.3.1 states results in t CO2e: 2.09 kg = 0.00209 t, 1.9 kg = 0.0019 t; the kg figure stays beside it.
        Assert.Contains("0.00209 t CO2e (2.09 kg CO2e)", page);
        Assert.Contains("0.0019 t CO2e (1.9 kg CO2e)", page);
        Assert.Equal("Valid", await StatusAsync(manager, id));
    }

    [Fact]
    public async Task Cec_6_3_a_failed_surveillance_suspends_the_certificate_with_its_notice()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var id = (await CertificateData.IssueAsync(host, manager)).GetProperty("id").GetGuid();
        var failed = await SurveillanceData.ConcludedAsync(host, manager, id, CertificateData.Cec, 1.9, passed: false);
        Assert.False(failed.GetProperty("passed").GetBoolean());
        Assert.Equal("Suspended", await StatusAsync(manager, id));
        using var scope = host.Services.CreateScope();
        Assert.Equal([CertificateNoticeKind.Suspended], await scope.ServiceProvider.GetRequiredService<PcfCertDbContext>().CertificateNotices
            .Where(n => n.CertificateId == id).Select(n => n.Kind).ToListAsync());
    }

    [Fact]
    public async Task Pcec_8_1_a_pass_without_the_inspection_is_refused_listing_every_part_and_only_the_team_records_it()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        using var manager = await CertificateData.ManagerAsync(host);
        using var inspector = await SurveillanceData.InspectorAsync(host);
        var id = (await CertificateData.IssueAsync(host, manager, CertificateData.Pcec, holder: orgId)).GetProperty("id").GetGuid();
        // Unannounced (8.2 1)): a planned one could not take place before 6 months after the initial inspection.
        var surveillance = await SurveillanceData.InspectingAsync(host, manager, inspector, id, unannounced: true);

        var refused = await inspector.Http.PostAsJsonAsync($"/api/v1/surveillance/{surveillance}/conclusion", SurveillanceData.Conclusion(true, null, null));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var keys = errors.EnumerateObject().Select(e => e.Name).ToList();
        Assert.True(keys.Count(k => k.StartsWith("checklist.", StringComparison.Ordinal)) == 14, string.Join(", ", keys)); // PCEC annex 1: 14 clauses
        Assert.Contains("产品一致性", errors.GetProperty("consistency")[0].GetString());
        Assert.Contains("核查值", errors.GetProperty("verifiedValue")[0].GetString());
        Assert.False(errors.TryGetProperty("previousReductionTarget", out _)); // PCEC 8.1 asks no reduction target
        Assert.Equal("Inspecting", (await SurveillanceData.OkAsync(await manager.Http.GetAsync($"/api/v1/surveillance/{surveillance}"))).GetProperty("status").GetString());

        // The manager forms the team but does not record the inspection; the holder submits the period's model; a stranger sees nothing.
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.PostAsJsonAsync($"/api/v1/surveillance/{surveillance}/consistency",
            new { sample = "x", consistent = true })).StatusCode);
        var model = await holder.Http.PostAsync($"/api/v1/surveillance/{surveillance}/models",
            new StringContent(ApprovedApplication.Model(1.8), Encoding.UTF8, "application/json"));
        Assert.Equal(1.8, (await SurveillanceData.OkAsync(model)).GetProperty("modelVersions")[0].GetProperty("totalKgCO2e").GetDouble(), 9);
        var broken = await holder.Http.PostAsync($"/api/v1/surveillance/{surveillance}/models", new StringContent("{\"format\":\"pcfcert.model/1\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await holder.Http.PostAsJsonAsync($"/api/v1/surveillance/{surveillance}/verified-value", new { modelVersion = 1 })).StatusCode);
        var (stranger, _, _) = await Scenario.NewApplicantAsync(host);
        using var _s = stranger;
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/surveillance/{surveillance}")).StatusCode);
    }

    [Fact]
    public async Task Cec_6_2_the_surveillance_team_is_checked_like_the_initial_one_a_leader_without_the_competent_inspector_registration_is_refused()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var id = (await CertificateData.IssueAsync(host, manager)).GetProperty("id").GetGuid();
        var surveillance = await SurveillanceData.OpenAsync(manager, id);
        var (leader, verifier) = await SurveillanceData.DemoTeamAsync(host);
        // 刘核查员 holds only the GHG verifier registration: CEC 5.2.1 wants a competent inspector as leader.
        var refused = await manager.Http.PostAsJsonAsync($"/api/v1/surveillance/{surveillance}/team", SurveillanceData.Team(verifier, leader));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("leader", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var after = await SurveillanceData.OkAsync(await manager.Http.GetAsync($"/api/v1/surveillance/{surveillance}"));
        Assert.Equal("Open", after.GetProperty("status").GetString());
        Assert.Equal(["AssignTeam"], after.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
    }

    private static async Task<string?> StatusAsync(TestClient manager, Guid id) =>
        (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}")).GetProperty("status").GetString();
}

public sealed class SurveillanceInspectionOnSqlite(SqliteHost host) : SurveillanceInspectionScenarios<SqliteHost>(host);

public sealed class SurveillanceInspectionOnPostgreSql(PostgreSqlHost host) : SurveillanceInspectionScenarios<PostgreSqlHost>(host);
