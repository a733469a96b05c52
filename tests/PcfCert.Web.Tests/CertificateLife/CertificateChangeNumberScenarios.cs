using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Tests.Certificates;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.CertificateLife;

/// <summary>
/// Issue 17 item 10, the certificate-change flags of the real schemes: CEC 7.3 "新证书的编号、批准有效日期保持不变" keeps
/// number and validity; PCEC 9.3 "新证书的有效日期保持不变" keeps the validity only, so the approved change issues the
/// certificate under the next gap-free number, and the old number still finds it in the registry, pointing to the new one.
/// </summary>
public abstract class CertificateChangeNumberScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task Cec_7_3_an_approved_change_keeps_the_number_and_the_validity()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        using var manager = await CertificateData.ManagerAsync(host);
        var issued = await CertificateData.IssueAsync(host, manager, CertificateData.Cec, holder: orgId);
        var id = issued.GetProperty("id").GetGuid();
        var number = issued.GetProperty("number").GetString()!;

        await ApproveChangeAsync(manager, await FileAsync(holder, id));

        var after = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}");
        Assert.Equal(2, after.GetProperty("version").GetInt32());
        Assert.Equal(number, after.GetProperty("number").GetString());
        Assert.Equal(issued.GetProperty("issuedOn").GetString(), after.GetProperty("issuedOn").GetString());
        Assert.Equal(issued.GetProperty("validUntil").GetString(), after.GetProperty("validUntil").GetString());
        var entry = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/registry/certificates/{number}");
        Assert.Equal(number, entry.GetProperty("number").GetString());
        Assert.Empty(entry.GetProperty("formerNumbers").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("requestedNumber").ValueKind);
    }

    [Fact]
    public async Task Pcec_9_3_an_approved_change_issues_a_new_number_keeps_the_validity_and_the_old_number_points_to_the_new_one()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var _h = holder;
        using var manager = await CertificateData.ManagerAsync(host);
        var issued = await CertificateData.IssueAsync(host, manager, CertificateData.Pcec, holder: orgId);
        var id = issued.GetProperty("id").GetGuid();
        var old = issued.GetProperty("number").GetString()!;
        var changeId = await FileAsync(holder, id);
        var last = await LastSequenceAsync();
        // The manager is told before approving what the scheme does to the number and validity.
        Assert.Contains("批准后换发的新证书使用新编号", await manager.GetPageAsync($"/Certificates/Details/{id}"));

        await ApproveChangeAsync(manager, changeId);

        var after = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}");
        var current = after.GetProperty("number").GetString()!;
        Assert.Equal(2, after.GetProperty("version").GetInt32());
        Assert.NotEqual(old, current);
        // The next number of the gap-free counter: the one after the last used (PCEC-PCF-yyyy-nnnnn).
        Assert.Equal(last + 1, int.Parse(current[^5..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(issued.GetProperty("issuedOn").GetString(), after.GetProperty("issuedOn").GetString());
        Assert.Equal(issued.GetProperty("validUntil").GetString(), after.GetProperty("validUntil").GetString()); // 9.3 validity kept

        // The registry: the new number is the entry; the old one finds it, says it was replaced and names the new one.
        var byNew = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/registry/certificates/{current}");
        Assert.Equal(current, byNew.GetProperty("number").GetString());
        Assert.Equal(old, byNew.GetProperty("formerNumbers")[0].GetProperty("number").GetString());
        var byOld = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/registry/certificates/{old}");
        Assert.Equal(current, byOld.GetProperty("number").GetString());
        Assert.Equal(old, byOld.GetProperty("requestedNumber").GetString());
        using var visitor = host.CreateTestClient();
        var page = await visitor.GetPageAsync($"/Registry/Certificates/{old}");
        Assert.Contains("data-testid=\"registry-number-replaced\"", page);
        Assert.Contains($"现行编号为 {current}", page);
        Assert.Contains($"<td>{current}</td>", page); // the printed contents show the current number

        // The certificate page lists each version under its own number; the change-approval record names both.
        var details = await manager.GetPageAsync($"/Certificates/Details/{id}");
        Assert.Contains($"证书编号: {old}", details);
        Assert.Contains($"证书编号: {current}", details);
        Assert.Contains($"data-testid=\"certificate-number\">{current}<", details);
        // Staff searching the certificate list by the old number find the certificate under its current number.
        Assert.Contains($"/Certificates/Details/{id}", await manager.GetPageAsync($"/Certificates?Filter.Q={old}"));
    }

    [Fact]
    public async Task Pcec_9_3_concurrent_approvals_take_consecutive_numbers_and_leave_no_gap()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        using var second = await CertificateData.ManagerAsync(host);
        var changes = new List<Guid>();
        var ids = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
            using var _h = holder;
            var id = (await CertificateData.IssueAsync(host, manager, CertificateData.Pcec, holder: orgId)).GetProperty("id").GetGuid();
            ids.Add(id);
            changes.Add(await FileAsync(holder, id));
        }
        var last = await LastSequenceAsync();

        var answers = await Task.WhenAll(
            manager.Http.PostAsJsonAsync($"/api/v1/certificates/changes/{changes[0]}/review", new { action = "Approve", note = "同意" }),
            second.Http.PostAsJsonAsync($"/api/v1/certificates/changes/{changes[1]}/review", new { action = "Approve", note = "同意" }));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        // A refused approval takes no number: approving the first again is a conflict and the counter stays.
        var again = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/changes/{changes[0]}/review", new { action = "Approve", note = "同意" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var numbers = new List<int>();
        foreach (var id in ids)
        {
            var number = (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}")).GetProperty("number").GetString()!;
            numbers.Add(int.Parse(number[^5..], System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.Equal([last + 1, last + 2], numbers.Order());
        Assert.Equal(last + 2, await LastSequenceAsync());
    }

    private async Task<int> LastSequenceAsync()
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
        var year = DateTime.UtcNow.AddHours(8).Year;
        return await db.Set<CertificateNumberCounter>().AsNoTracking()
            .Where(c => c.SchemeId == CertificateData.Pcec && c.Year == year).Select(c => c.LastSequence).SingleOrDefaultAsync();
    }

    private static async Task<Guid> FileAsync(TestClient holder, Guid id)
    {
        var filed = await holder.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/changes",
            new { kind = "ProductNameOrModel", description = "型号更名", model = "X1 100V-B" });
        Assert.True(filed.StatusCode == HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        return (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task ApproveChangeAsync(TestClient manager, Guid changeId)
    {
        var response = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/changes/{changeId}/review", new { action = "Approve", note = "同意" });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}

public sealed class CertificateChangeNumbersOnSqlite(SqliteHost host) : CertificateChangeNumberScenarios<SqliteHost>(host);

public sealed class CertificateChangeNumbersOnPostgreSql(PostgreSqlHost host) : CertificateChangeNumberScenarios<PostgreSqlHost>(host);
