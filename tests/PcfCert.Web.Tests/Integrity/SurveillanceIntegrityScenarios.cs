using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Tests.Certificates;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Integrity;

/// <summary>
/// Issue 11 item 5: one open planned surveillance per certificate; CEC 6.3 / PCEC 8.3 nonconformities rectified within
/// 2 months, verified by the body, and a missed deadline or a rejected last submission suspends the certificate.
/// </summary>
public abstract class SurveillanceIntegrityScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private static DateOnly ChinaToday => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    [Fact]
    public async Task A_second_open_planned_surveillance_is_refused_by_api_and_form_and_an_unannounced_one_is_not()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var id = (await CertificateData.IssueAsync(host, manager)).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Created, (await manager.Http.PostAsJsonAsync($"/api/v1/surveillance/certificates/{id}", new { unannounced = false })).StatusCode);
        var second = await manager.Http.PostAsJsonAsync($"/api/v1/surveillance/certificates/{id}", new { unannounced = false });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("已有一次进行中的计划监督", await second.Content.ReadAsStringAsync());

        var page = $"/Certificates/Details/{id}";
        var form = await manager.PostFormAsync($"{page}?handler=OpenSurveillance", [new("Verdict.Unannounced", "false")], page);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("已有一次进行中的计划监督", await form.Content.ReadAsStringAsync());

        // CEC 6.1: an unannounced surveillance on a complaint is not limited by the planned one.
        Assert.Equal(HttpStatusCode.Created, (await manager.Http.PostAsJsonAsync($"/api/v1/surveillance/certificates/{id}",
            new { unannounced = true, trigger = "Complaint" })).StatusCode);
        using var scope = host.Services.CreateScope();
        var kinds = await scope.ServiceProvider.GetRequiredService<PcfCertDbContext>().Surveillances.Where(s => s.CertificateId == id)
            .Select(s => s.Unannounced).ToListAsync();
        Assert.Equal([false, true], kinds.Order());
    }

    [Fact]
    public async Task Cec_6_3_a_nonconformity_not_rectified_within_two_months_suspends_the_certificate_when_the_duties_run()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        using var manager = await CertificateData.ManagerAsync(host);
        var id = (await CertificateData.IssueAsync(host, manager, holder: orgId)).GetProperty("id").GetGuid();
        var (surveillanceId, nc) = await CompletedWithNonconformityAsync(manager, id, CertificateData.Cec);
        var rectifyBy = ChinaToday.AddMonths(2); // CEC 6.3: 2 months from the surveillance
        Assert.Equal(rectifyBy.ToString("yyyy-MM-dd"), nc.GetProperty("rectifyBy").GetString());

        // Run on the last day: nothing; on the day after: failed, suspended, with the notice; again: nothing.
        Assert.Equal(0, await DutiesOnAsync(rectifyBy, id));
        Assert.Equal("Valid", await StatusAsync(manager, id));
        Assert.Equal(1, await DutiesOnAsync(rectifyBy.AddDays(1), id));
        Assert.Equal("Suspended", await StatusAsync(manager, id));
        Assert.Equal(0, await DutiesOnAsync(rectifyBy.AddDays(2), id));

        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
        Assert.Equal("Failed", (await db.Surveillances.SingleAsync(s => s.Id == surveillanceId)).Nonconformities[0].Status.ToString());
        Assert.Contains(CertificateNoticeKind.RectificationOverdue, await db.CertificateNotices.Where(n => n.CertificateId == id).Select(n => n.Kind).ToListAsync());

        // Evidence can no longer be submitted for a failed nonconformity.
        var late = await holder.Http.PostAsJsonAsync($"/api/v1/surveillance/{surveillanceId}/nonconformities/{nc.GetProperty("id").GetGuid()}/rectifications",
            new { evidence = "迟交的校准证书" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task Pcec_7_4_2_the_holder_submits_twice_and_a_second_returned_rectification_suspends_the_certificate_with_its_notice()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        using var manager = await CertificateData.ManagerAsync(host);
        var id = (await CertificateData.IssueAsync(host, manager, CertificateData.Pcec, holder: orgId)).GetProperty("id").GetGuid();
        var (surveillanceId, nc) = await CompletedWithNonconformityAsync(manager, id, CertificateData.Pcec);
        var ncUrl = $"/api/v1/surveillance/{surveillanceId}/nonconformities/{nc.GetProperty("id").GetGuid()}";

        // The manager verifies nothing before evidence exists; the holder's empty evidence is refused naming the field.
        Assert.Equal(HttpStatusCode.Conflict, (await manager.Http.PostAsJsonAsync($"{ncUrl}/judgement", new { accepted = true })).StatusCode);
        var empty = await holder.Http.PostAsJsonAsync($"{ncUrl}/rectifications", new { evidence = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("整改证据", await empty.Content.ReadAsStringAsync());
        // Another organisation does not see it.
        var (stranger, _, _) = await Scenario.NewApplicantAsync(host);
        using var _s = stranger;
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.PostAsJsonAsync($"{ncUrl}/rectifications", new { evidence = "x" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await holder.Http.PostAsJsonAsync($"{ncUrl}/rectifications", new { evidence = "补录 3 月台账" })).StatusCode);
        var noReason = await manager.Http.PostAsJsonAsync($"{ncUrl}/judgement", new { accepted = false });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("退回理由", await noReason.Content.ReadAsStringAsync());
        var returned = await manager.Http.PostAsJsonAsync($"{ncUrl}/judgement", new { accepted = false, comment = "缺少扫描件" });
        Assert.Equal("Open", (await returned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("nonconformities")[0].GetProperty("status").GetString());
        Assert.Equal("Valid", await StatusAsync(manager, id));

        Assert.Equal(HttpStatusCode.OK, (await holder.Http.PostAsJsonAsync($"{ncUrl}/rectifications", new { evidence = "补录并附扫描件" })).StatusCode);
        var failed = await manager.Http.PostAsJsonAsync($"{ncUrl}/judgement", new { accepted = false, comment = "记录与现场不符" });
        var body = await failed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Failed", body.GetProperty("nonconformities")[0].GetProperty("status").GetString());
        Assert.Equal(2, body.GetProperty("nonconformities")[0].GetProperty("submissions").GetArrayLength());
        Assert.Equal("Suspended", await StatusAsync(manager, id));
        using var scope = host.Services.CreateScope();
        Assert.Equal([CertificateNoticeKind.Suspended], await scope.ServiceProvider.GetRequiredService<PcfCertDbContext>().CertificateNotices
            .Where(n => n.CertificateId == id).Select(n => n.Kind).ToListAsync());
        // A third submission is refused: the nonconformity has failed.
        Assert.Equal(HttpStatusCode.Conflict, (await holder.Http.PostAsJsonAsync($"{ncUrl}/rectifications", new { evidence = "第三次" })).StatusCode);
    }

    /// <summary>A surveillance inspection that passed with a nonconformity raised against the scheme's first checklist clause (CEC 6.3).</summary>
    private async Task<(Guid SurveillanceId, JsonElement Nonconformity)> CompletedWithNonconformityAsync(TestClient manager, Guid certificateId, string scheme)
    {
        var clause = host.Services.GetRequiredService<PcfCert.Certification.Schemes.SchemeCatalog>().Get(scheme).FactoryAssuranceChecklist.Clauses[0].Id;
        var completed = await Surveillance.SurveillanceData.ConcludedAsync(host, manager, certificateId, scheme, 1.9, passed: true, unannounced: true, nonconforming: clause);
        return (completed.GetProperty("id").GetGuid(), completed.GetProperty("nonconformities")[0]);
    }

    /// <summary>Runs the scheduler's duties with the clock at 10:00 China time on <paramref name="day"/>; returns the effects applied to the certificate.</summary>
    private async Task<int> DutiesOnAsync(DateOnly day, Guid certificateId)
    {
        using var scope = host.Services.CreateScope();
        var clock = new FakeTimeProvider(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).ToUniversalTime());
        var before = await scope.ServiceProvider.GetRequiredService<PcfCertDbContext>().CertificateNotices.CountAsync(n => n.CertificateId == certificateId);
        var duties = Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<RunCertificateDuties>(scope.ServiceProvider, (TimeProvider)clock);
        await duties.Handle(CancellationToken.None);
        using var after = host.Services.CreateScope();
        return await after.ServiceProvider.GetRequiredService<PcfCertDbContext>().CertificateNotices.CountAsync(n => n.CertificateId == certificateId) - before;
    }

    private static async Task<string?> StatusAsync(TestClient client, Guid id) =>
        (await client.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}")).GetProperty("status").GetString();
}

public sealed class SurveillanceIntegrityOnSqlite(SqliteHost host) : SurveillanceIntegrityScenarios<SqliteHost>(host);

public sealed class SurveillanceIntegrityOnPostgreSql(PostgreSqlHost host) : SurveillanceIntegrityScenarios<PostgreSqlHost>(host);
