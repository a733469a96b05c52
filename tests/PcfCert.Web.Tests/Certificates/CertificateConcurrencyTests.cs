using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Certificates;

/// <summary>Numbers and scheduled effects under concurrency, on PostgreSQL.</summary>
public sealed class CertificateConcurrencyTests(PostgreSqlHost host) : IClassFixture<PostgreSqlHost>
{
    [Fact]
    public async Task Thirty_certificates_issued_at_once_get_unique_gap_free_numbers()
    {
        var managers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => CertificateData.ManagerAsync(host)));
        var issued = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            CertificateData.IssueAsync(host, managers[i % 3], CertificateData.Pcec, issuedOn: "2025-06-01")));
        var sequences = issued.Select(c => int.Parse(c.GetProperty("number").GetString()![^5..])).Order().ToList();
        Assert.Equal(30, sequences.Distinct().Count());
        // Gap-free: this database issued no other PCEC 2025 certificate, so exactly 1…30.
        Assert.Equal(Enumerable.Range(1, 30), sequences);
        foreach (var m in managers)
        {
            m.Dispose();
        }
    }

    [Fact]
    public async Task A_rolled_back_issuance_leaves_no_gap()
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
        var rules = scope.ServiceProvider.GetRequiredService<ICertificateRulesSource>().Find(PcfCert.Certification.Schemes.SchemeIds.Cec)!;
        await using (var abandoned = await db.Database.BeginTransactionAsync())
        {
            var lost = await CertificateNumberAllocator.NextAsync(db, rules, 2024, CancellationToken.None);
            Assert.Equal(1, lost.Sequence);
            await abandoned.RollbackAsync();
        }
        using var manager = await CertificateData.ManagerAsync(host);
        var issued = await CertificateData.IssueAsync(host, manager, issuedOn: "2024-05-01");
        Assert.Equal("CEC-PCF-2024-00001", issued.GetProperty("number").GetString());
    }

    [Fact]
    public async Task Two_app_instances_on_one_database_apply_each_scheduled_effect_once_and_a_restart_repeats_nothing()
    {
        var database = $"pcfcert_test_{Guid.NewGuid():N}";
        var keys = Directory.CreateTempSubdirectory("pcfcert-keys-").FullName;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero)); // China date 2026-12-01
        await InstanceOnSharedPostgreSql.CreateDatabaseAsync(database);
        try
        {
            Guid expiring, lapsing, pcec;
            await using (var first = new InstanceOnSharedPostgreSql(database, clock, keys))
            {
                using (first.CreateTestClient())
                {
                }
                await using var second = new InstanceOnSharedPostgreSql(database, clock, keys);
                using var manager = await CertificateData.ManagerAsync(first);
                // CEC issued 2023-11-01 → valid until 2026-11-01: expired on 2026-12-01.
                expiring = (await CertificateData.IssueAsync(first, manager, issuedOn: "2023-11-01")).GetProperty("id").GetGuid();
                // CEC suspended on 2026-12-01: 6 months end 2027-06-01, revoked from 2027-06-02.
                lapsing = (await CertificateData.IssueAsync(first, manager)).GetProperty("id").GetGuid();
                Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{lapsing}/suspend", new { reason = "监督不通过" })).StatusCode);
                // PCEC issued 2025-12-01 → valid until 2027-12-01; surveillance due by 2026-12-01 (overdue on 2027-06-02);
                // re-certification due by 2027-06-01, reminder from 2027-05-01.
                pcec = (await CertificateData.IssueAsync(first, manager, CertificateData.Pcec, issuedOn: "2025-12-01")).GetProperty("id").GetGuid();

                clock.SetUtcNow(new DateTimeOffset(2027, 6, 2, 2, 0, 0, TimeSpan.Zero));
                using (second.CreateTestClient())
                {
                }
                // Both instances' workers run every second; in addition both are driven hard at the same moment.
                await Task.WhenAll(Enumerable.Range(0, 8).Select(i => RunDutiesAsync(i % 2 == 0 ? first : second)));
                await Task.Delay(TimeSpan.FromSeconds(2));
                await AssertEffectsOnceAsync(first, expiring, lapsing, pcec);
            }

            // A restart (a fresh instance on the same database) catches up on nothing and repeats nothing.
            await using var restarted = new InstanceOnSharedPostgreSql(database, clock, keys);
            using (restarted.CreateTestClient())
            {
            }
            var report = await RunDutiesAsync(restarted);
            Assert.Equal(0, report.Applied);
            await AssertEffectsOnceAsync(restarted, expiring, lapsing, pcec);

            // Every notice is mailed exactly once although three instances ran the outbox, two of them at the same time.
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => MailAsync(restarted)));
            var mailed = Directory.GetFiles(Path.Combine(keys, "mail"), "*.eml")
                .Select(f => MimeKit.MimeMessage.Load(f).Headers["X-PcfCert-Notice"])
                .Where(h => h is not null).ToList(); // the in-app notifications' own mails (certificate issued to the holder) carry none
            using var scope = restarted.Services.CreateScope();
            var noticeKeys = await scope.ServiceProvider.GetRequiredService<PcfCertDbContext>().CertificateNotices.Select(n => n.Key).ToListAsync();
            Assert.Equal(noticeKeys.Order(), mailed.Order());
        }
        finally
        {
            await InstanceOnSharedPostgreSql.DropDatabaseAsync(database);
            Directory.Delete(keys, recursive: true);
        }
    }

    private static async Task MailAsync(PcfCertHost instance)
    {
        using var scope = instance.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<MailCertificateNotices>().Handle(CancellationToken.None);
    }

    private static async Task<RunCertificateDuties.Report> RunDutiesAsync(PcfCertHost instance)
    {
        using var scope = instance.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RunCertificateDuties>().Handle(CancellationToken.None);
    }

    private static async Task AssertEffectsOnceAsync(PcfCertHost instance, Guid expiring, Guid lapsing, Guid pcec)
    {
        using var scope = instance.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.Id == expiring || c.Id == lapsing || c.Id == pcec).ToDictionaryAsync(c => c.Id);
        Assert.Equal(CertificateStatus.Expired, certificates[expiring].Status);
        Assert.Single(certificates[expiring].History, h => h.Trigger == CertificateTrigger.Expire);
        Assert.Equal(CertificateStatus.Revoked, certificates[lapsing].Status);
        var lapsed = Assert.Single(certificates[lapsing].History, h => h.Trigger == CertificateTrigger.SuspensionLapsed);
        Assert.Equal(new DateOnly(2027, 6, 2), lapsed.On);
        Assert.Equal(CertificateStatus.Valid, certificates[pcec].Status);
        var notices = await db.CertificateNotices.AsNoTracking().Where(n => n.CertificateId == expiring || n.CertificateId == lapsing || n.CertificateId == pcec).ToListAsync();
        Assert.Equal(
            ["Expired", "RenewalReminder", "SurveillanceDue", "Suspended", "SuspensionLapsed"],
            notices.Select(n => n.Kind.ToString()).Order());
    }
}

/// <summary>The registry limits each client; the limit is set low here to see it.</summary>
public sealed class RegistryRateLimitTests(StrictRegistrySqliteHost host) : IClassFixture<StrictRegistrySqliteHost>
{
    [Fact]
    public async Task Requests_beyond_the_limit_per_minute_are_answered_429()
    {
        using var anonymous = host.CreateTestClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < StrictRegistrySqliteHost.Permits + 2; i++)
        {
            statuses.Add((await anonymous.Http.GetAsync("/api/v1/registry/certificates/CEC-PCF-2026-99999")).StatusCode);
        }
        Assert.All(statuses.Take(StrictRegistrySqliteHost.Permits), s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.All(statuses.Skip(StrictRegistrySqliteHost.Permits), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }

    [Fact]
    public async Task Without_chromium_the_pdf_endpoint_answers_503_saying_what_to_install()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var id = (await CertificateData.IssueAsync(host, manager)).GetProperty("id").GetGuid();
        var response = await manager.Http.GetAsync($"/api/v1/certificates/{id}/pdf");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("apt-get install chromium", await response.Content.ReadAsStringAsync());
    }
}
