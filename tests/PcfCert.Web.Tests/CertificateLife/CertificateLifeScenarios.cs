using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Tests.Certificates;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.CertificateLife;

/// <summary>
/// Issue 17 items 6–8 through the real host on each provider: announcements and recovery (CEC 7.4, PCEC 9.4),
/// restoration as written (CEC 7.4, PCEC 9.4) and the footprint-increase invalidation (CEC annex 3 cl. 10.1,
/// PCEC annex 1 cl. 11.1).
/// </summary>
public abstract class CertificateLifeScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task Cec_7_4_Pcec_9_4_a_cancellation_is_announced_in_the_registry_notices_and_its_recovery_is_published()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        using var manager = await CertificateData.ManagerAsync(host);
        var issued = await CertificateData.IssueAsync(host, manager, CertificateData.Pcec, holder: orgId);
        var id = issued.GetProperty("id").GetGuid();
        var number = issued.GetProperty("number").GetString()!;
        // Nothing to recover while the certificate is valid.
        Assert.Equal(HttpStatusCode.Conflict, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/recovery", new { recovered = true })).StatusCode);

        var filed = await holder.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/holder-requests", new { kind = "Cancellation", reason = "产品停产" });
        var requestId = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsync($"/api/v1/certificates/holder-requests/{requestId}/accept", null)).StatusCode);

        using var anonymous = host.CreateTestClient();
        var notice = await NoticeAsync(anonymous, number);
        Assert.Equal("Cancelled", notice.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, notice.GetProperty("recovery").ValueKind); // awaiting recovery
        Assert.Contains("待收回", await anonymous.GetPageAsync("/Registry/Notices"));

        // The holder could not return it: published as not recovered, on the notices and on the entry.
        var missing = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/recovery", new { });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("是否收回", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/recovery", new { recovered = false })).StatusCode);
        Assert.Equal("Unrecoverable", (await NoticeAsync(anonymous, number)).GetProperty("recovery").GetString());
        Assert.Contains("无法收回（予以公布）", await anonymous.GetPageAsync("/Registry/Notices"));
        Assert.Contains("无法收回（予以公布）", await anonymous.GetPageAsync($"/Registry/Certificates/{number}"));

        // Returned later: recorded as recovered, and that is final.
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/recovery", new { recovered = true })).StatusCode);
        Assert.Equal("Recovered", (await NoticeAsync(anonymous, number)).GetProperty("recovery").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/recovery", new { recovered = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await holder.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/recovery", new { recovered = true })).StatusCode);
    }

    [Fact]
    public async Task Pcec_9_4_restoration_needs_the_holders_application_and_a_recorded_reinspection_that_passed()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        using var manager = await CertificateData.ManagerAsync(host);
        var issued = await CertificateData.IssueAsync(host, manager, CertificateData.Pcec, holder: orgId);
        var id = issued.GetProperty("id").GetGuid();
        var number = issued.GetProperty("number").GetString()!;
        // A valid certificate cannot be asked to be restored.
        Assert.Equal(HttpStatusCode.Conflict, (await holder.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/holder-requests", new { kind = "Restoration", reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/suspend", new { reason = "监督不通过" })).StatusCode);

        // No application from the holder: refused, naming the rule.
        var unasked = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/restore", new { });
        Assert.Equal(HttpStatusCode.BadRequest, unasked.StatusCode);
        Assert.Contains("暂停期限内提出的恢复申请", await unasked.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"holder-restore\"", await holder.GetPageAsync($"/Certificates/Details/{id}"));
        var filed = await holder.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/holder-requests", new { kind = "Restoration", reason = "已完成整改" });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        Assert.DoesNotContain("data-testid=\"holder-restore\"", await holder.GetPageAsync($"/Certificates/Details/{id}")); // one pending request

        // An application alone is not enough under PCEC: the body inspects again (9.4 "再次实施检查，检查通过后方可恢复").
        var uninspected = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/restore", new { });
        Assert.Equal(HttpStatusCode.BadRequest, uninspected.StatusCode);
        Assert.Contains("再次检查", await uninspected.Content.ReadAsStringAsync());

        // A recorded re-inspection that failed does not restore; one that passed does.
        var failed = await InspectAsync(manager, id, passed: false);
        var refused = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/restore", new { reinspectionId = failed });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var passed = await InspectAsync(manager, id, passed: true);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/restore", new { reinspectionId = Guid.NewGuid() })).StatusCode);
        var restored = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/restore", new { reinspectionId = passed });
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        var after = await restored.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Valid", after.GetProperty("status").GetString());
        Assert.Contains(passed.ToString(), after.GetProperty("history").EnumerateArray().Last().GetProperty("note").GetString());
        using var anonymous = host.CreateTestClient();
        Assert.Equal("Valid", (await anonymous.Http.GetFromJsonAsync<JsonElement>($"/api/v1/registry/certificates/{number}")).GetProperty("status").GetString());
        using var scope = host.Services.CreateScope();
        var request = await scope.ServiceProvider.GetRequiredService<PcfCertDbContext>().CertificateHolderRequests.SingleAsync(r => r.CertificateId == id);
        Assert.Equal(HolderRequestStatus.Accepted, request.Status);
    }

    [Fact]
    public async Task Cec_7_4_follows_its_scheme_flag_the_holders_application_accepted_restores_without_a_reinspection()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        using var manager = await CertificateData.ManagerAsync(host);
        var id = (await CertificateData.IssueAsync(host, manager, CertificateData.Cec, holder: orgId)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/suspend", new { reason = "标志使用不当" })).StatusCode);
        var filed = await holder.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/holder-requests", new { kind = "Restoration", reason = "已纠正标志使用" });
        var requestId = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        // CEC 7.4 "CEC 按照相关规定进行恢复处理": restorationRequiresInspection is false, so accepting the application restores.
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsync($"/api/v1/certificates/holder-requests/{requestId}/accept", null)).StatusCode);
        var after = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}");
        Assert.Equal("Valid", after.GetProperty("status").GetString());
        using var scope = host.Services.CreateScope();
        var kinds = await scope.ServiceProvider.GetRequiredService<PcfCertDbContext>().CertificateNotices
            .Where(n => n.CertificateId == id).Select(n => n.Kind).ToListAsync();
        Assert.Contains(CertificateNoticeKind.Restored, kinds);
    }

    [Fact]
    public async Task Cec_7_4_Pcec_9_4_a_suspension_not_restored_within_six_months_is_revoked_by_the_scheduled_duties()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var issuedOn = today.AddMonths(-8);
        var id = (await CertificateData.IssueAsync(host, manager, CertificateData.Pcec, issuedOn: issuedOn.ToString("yyyy-MM-dd"))).GetProperty("id").GetGuid();
        // Suspended 6 months and 1 day ago: its last suspended day was yesterday, so it is due for revocation today.
        var suspendedOn = today.AddDays(-1).AddMonths(-6);
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
            var c = await db.Certificates.SingleAsync(x => x.Id == id);
            var rules = scope.ServiceProvider.GetRequiredService<ICertificateRulesSource>().Find(c.SchemeId)!;
            c.Suspend("监督不通过", suspendedOn, suspendedOn, DateTimeOffset.UtcNow, rules);
            Assert.Equal(today, c.RevocationDueOn(rules));
            await db.SaveChangesAsync();
        }
        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<RunCertificateDuties>().Handle(CancellationToken.None);
        }
        var after = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}");
        Assert.Equal("Revoked", after.GetProperty("status").GetString());
        Assert.Equal("SuspensionLapsed", after.GetProperty("history").EnumerateArray().Last().GetProperty("trigger").GetString());
    }

    [Fact]
    public async Task Cec_annex3_10_1_four_months_ten_percent_above_invalidate_the_result_suspend_notify_both_and_require_recertification()
    {
        var (holder, orgId, holderEmail) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        using var manager = await CertificateData.ManagerAsync(host);
        var issued = await CertificateData.IssueAsync(host, manager, holder: orgId, issuedOn: "2026-01-05");
        var id = issued.GetProperty("id").GetGuid();
        var number = issued.GetProperty("number").GetString()!;
        // Certified 2.000; 2.200 is +10 % (included by "10%以上"); 2026-06 … 2026-09 are four months, more than three.
        foreach (var (month, flagged) in new[] { ("2026-06-01", false), ("2026-07-01", false), ("2026-08-01", false), ("2026-09-01", true) })
        {
            var response = await holder.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/footprint-reports", new { month, value = 2.2m, change = "Unplanned" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(flagged, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recertificationRequired").GetBoolean());
        }
        var after = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}");
        Assert.True(after.GetProperty("recertificationRequired").GetBoolean());
        Assert.Equal("Suspended", after.GetProperty("status").GetString());

        // The public sees it at once: status, history event, notices.
        using var anonymous = host.CreateTestClient();
        var entry = await anonymous.Http.GetFromJsonAsync<JsonElement>($"/api/v1/registry/certificates/{number}");
        Assert.Equal("Suspended", entry.GetProperty("status").GetString());
        Assert.Equal("FlagForRecertification", entry.GetProperty("history").EnumerateArray().Last().GetProperty("event").GetString());
        Assert.Equal("Suspended", (await NoticeAsync(anonymous, number)).GetProperty("status").GetString());
        // The mark may not be used; restoration is no way back, only re-certification.
        Assert.Equal(HttpStatusCode.Conflict, (await holder.Http.GetAsync($"/api/v1/certificates/{id}/mark.svg")).StatusCode);
        var restore = await holder.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/holder-requests", new { kind = "Restoration", reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, restore.StatusCode);
        Assert.Contains("重新认证", await restore.Content.ReadAsStringAsync());

        // The holder's users and the certification managers are notified.
        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<MailCertificateNotices>().Handle(CancellationToken.None);
        }
        var mail = Assert.Single(Directory.GetFiles(host.MailDirectory, "*.eml").Select(f => MimeKit.MimeMessage.Load(f)),
            m => m.Headers["X-PcfCert-Notice"] == $"recertification:{id}");
        var to = mail.To.Mailboxes.Select(m => m.Address).ToList();
        Assert.Contains(holderEmail, to);
        Assert.Contains(Demo.Manager, to);
        Assert.Contains("认证结果失效", mail.Subject);
    }

    private static async Task<JsonElement> NoticeAsync(TestClient anonymous, string number) =>
        (await anonymous.Http.GetFromJsonAsync<JsonElement>("/api/v1/registry/notices")).EnumerateArray()
            .Single(n => n.GetProperty("number").GetString() == number);

    /// <summary>An unannounced surveillance inspection of the suspended certificate concluded with its verdict: the re-inspection.</summary>
    private async Task<Guid> InspectAsync(TestClient manager, Guid certificateId, bool passed)
    {
        var scheme = (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{certificateId}")).GetProperty("schemeId").GetString()!;
        var concluded = await Surveillance.SurveillanceData.ConcludedAsync(host, manager, certificateId, scheme, 1.9, passed, unannounced: true);
        return concluded.GetProperty("id").GetGuid();
    }
}

public sealed class CertificateLifeOnSqlite(SqliteHost host) : CertificateLifeScenarios<SqliteHost>(host);

public sealed class CertificateLifeOnPostgreSql(PostgreSqlHost host) : CertificateLifeScenarios<PostgreSqlHost>(host);
