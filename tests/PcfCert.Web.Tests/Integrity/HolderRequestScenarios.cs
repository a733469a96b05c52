using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Tests.Certificates;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Integrity;

/// <summary>CEC 7.4 / PCEC 9.4: a holder's accepted request changes the status with the same notice and registry entry as a manager's action.</summary>
public abstract class HolderRequestScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Theory]
    [InlineData("Suspension", "Suspended", CertificateNoticeKind.Suspended)]
    [InlineData("Cancellation", "Cancelled", CertificateNoticeKind.Cancelled)]
    public async Task An_accepted_holder_request_raises_the_status_notice_and_shows_in_the_registry(string kind, string status, CertificateNoticeKind notice)
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        using var manager = await CertificateData.ManagerAsync(host);
        var issued = await CertificateData.IssueAsync(host, manager, holder: orgId);
        var id = issued.GetProperty("id").GetGuid();
        var number = issued.GetProperty("number").GetString()!;

        var filed = await holder.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/holder-requests", new { kind, reason = "停产" });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var requestId = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsync($"/api/v1/certificates/holder-requests/{requestId}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.Http.PostAsync($"/api/v1/certificates/holder-requests/{requestId}/accept", null)).StatusCode);

        using var anonymous = host.CreateTestClient();
        var entry = await anonymous.Http.GetFromJsonAsync<JsonElement>($"/api/v1/registry/certificates/{number}");
        Assert.Equal(status, entry.GetProperty("status").GetString());
        using var scope = host.Services.CreateScope();
        var notices = await scope.ServiceProvider.GetRequiredService<PcfCertDbContext>().CertificateNotices
            .Where(n => n.CertificateId == id).Select(n => n.Kind).ToListAsync();
        Assert.Equal([notice], notices);
    }

    [Fact]
    public async Task A_request_without_a_reason_on_the_page_names_only_the_missing_reason_and_files_nothing()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        using var manager = await CertificateData.ManagerAsync(host);
        var id = (await CertificateData.IssueAsync(host, manager, holder: orgId)).GetProperty("id").GetGuid();
        var page = $"/Certificates/Details/{id}";

        // Post what the page's suspension button posts: its own name and value.
        var button = System.Text.RegularExpressions.Regex.Match(await holder.GetPageAsync(page), "name=\"([A-Za-z]+)\" value=\"Suspension\" data-testid=\"holder-suspend\"");
        Assert.True(button.Success, "the suspension button");
        var response = await holder.PostFormAsync($"{page}?handler=HolderRequest", [new(button.Groups[1].Value, "Suspension"), new("Reason", "")], page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("请填写原因", body);
        Assert.DoesNotContain("is not valid", body); // no stray binding error from the change form on the same page
        using var scope = host.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PcfCertDbContext>().CertificateHolderRequests.AnyAsync(r => r.CertificateId == id));
    }

    [Fact]
    public async Task The_holder_is_offered_only_the_requests_the_rules_allow_now_and_a_second_pending_one_is_refused()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        using var manager = await CertificateData.ManagerAsync(host);
        var id = (await CertificateData.IssueAsync(host, manager, holder: orgId)).GetProperty("id").GetGuid();
        var page = $"/Certificates/Details/{id}";
        var url = $"/api/v1/certificates/{id}/holder-requests";

        // Valid: suspension and cancellation, no restoration (CEC 7.4: restoration is for a suspended certificate).
        Assert.Equal(["holder-suspend", "holder-cancel"], Offered(await holder.GetPageAsync(page)));

        // A suspension request pending: it is not offered again, and a second one is refused with its reason.
        Assert.Equal(HttpStatusCode.Created, (await holder.Http.PostAsJsonAsync(url, new { kind = "Suspension", reason = "停产检修" })).StatusCode);
        Assert.Equal(["holder-cancel"], Offered(await holder.GetPageAsync(page)));
        var twice = await holder.Http.PostAsJsonAsync(url, new { kind = "Suspension", reason = "停产检修" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("已有一项同类申请等待认证机构处理", await twice.Content.ReadAsStringAsync());
        var requestId = await PendingAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsync($"/api/v1/certificates/holder-requests/{requestId}/accept", null)).StatusCode);

        // Suspended: no second suspension; cancellation and (within the suspension period) restoration.
        Assert.Equal(["holder-cancel", "holder-restore"], Offered(await holder.GetPageAsync(page)));
        var again = await holder.Http.PostAsJsonAsync(url, new { kind = "Suspension", reason = "再次暂停" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        // Revoked: nothing can be asked; the form is gone and the API refuses each kind.
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/revoke", new { reason = "暂停期间发现虚假数据" })).StatusCode);
        var revoked = await holder.GetPageAsync(page);
        Assert.Empty(Offered(revoked));
        Assert.DoesNotContain("data-testid=\"holder-request-form\"", revoked);
        foreach (var kind in new[] { "Suspension", "Cancellation", "Restoration" })
        {
            Assert.Equal(HttpStatusCode.Conflict, (await holder.Http.PostAsJsonAsync(url, new { kind, reason = "x" })).StatusCode);
        }
        using var scope = host.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PcfCertDbContext>().CertificateHolderRequests.CountAsync(r => r.CertificateId == id));
    }

    private static List<string> Offered(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "data-testid=\"(holder-(?:suspend|cancel|restore))\"").Select(m => m.Groups[1].Value).ToList();

    private async Task<Guid> PendingAsync(Guid certificateId)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PcfCertDbContext>().CertificateHolderRequests
            .Where(r => r.CertificateId == certificateId && r.Status == HolderRequestStatus.Pending).Select(r => r.Id).SingleAsync();
    }
}

public sealed class HolderRequestsOnSqlite(SqliteHost host) : HolderRequestScenarios<SqliteHost>(host);

public sealed class HolderRequestsOnPostgreSql(PostgreSqlHost host) : HolderRequestScenarios<PostgreSqlHost>(host);
