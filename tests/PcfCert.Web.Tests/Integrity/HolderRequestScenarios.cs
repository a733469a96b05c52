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
}

public sealed class HolderRequestsOnSqlite(SqliteHost host) : HolderRequestScenarios<SqliteHost>(host);

public sealed class HolderRequestsOnPostgreSql(PostgreSqlHost host) : HolderRequestScenarios<PostgreSqlHost>(host);
