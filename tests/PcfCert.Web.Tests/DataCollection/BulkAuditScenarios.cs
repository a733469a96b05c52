using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Audit;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Notifications;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Features.Notifications;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.DataCollection;

/// <summary>
/// Issue 12 item 9: the changes made without the change tracker write their audit entries too — the inventory
/// re-import's delete and bulk insert of lines and the import report's issues/matches, the outbox claims of certificate
/// notices and notifications, and marking notifications read.
/// </summary>
public abstract class BulkAuditScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task A_re_import_audits_the_deleted_and_the_inserted_lines_and_the_report()
    {
        using var applicant = host.CreateTestClient();
        await applicant.SignInOkAsync(Demo.Applicant);
        var id = await WorkflowScenarios<THost>.Draft(applicant, "cec-7065cvp-a0", "electronic-components");
        var first = await ImportSteps.UploadAsync(host, applicant, id);
        var second = await ImportSteps.UploadAsync(host, applicant, id);
        Assert.Equal(ImportStatus.Accepted, second.Status);
        Assert.Equal(4, second.LinesImported); // the three lines of ImportSteps and the template's excluded 结构件和连接件

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
        var inventory = await db.Inventories.AsNoTracking().SingleAsync(i => i.ApplicationId == id);
        var lines = await Trail(db, nameof(InventoryLineRecord), inventory.Id.ToString());
        Assert.Equal(["AddedInBulk", "DeletedInBulk", "AddedInBulk"], lines.Select(a => a.Action));
        Assert.Contains("\"count\":4", lines[1].Before);
        // The background worker writes them for the uploader: each names its import and who uploaded it.
        Assert.Contains(first.Id.ToString(), lines[0].After);
        Assert.Contains(second.Id.ToString(), lines[2].After);
        Assert.All(lines, a => Assert.Equal(second.UploadedBy,
            System.Text.Json.JsonDocument.Parse(a.After ?? a.Before!).RootElement.GetProperty("uploadedBy").GetString()));
        var report = await Trail(db, nameof(InventoryImportRecord), second.Id.ToString());
        Assert.Contains(report, a => a.Action == "Modified" && a.After!.Contains("Accepted"));
        // The report's 4 matches are bulk-inserted rows of their own: one entry names their count, not their contents.
        var matches = await Trail(db, nameof(ImportMatchRecord), second.Id.ToString());
        Assert.Contains(matches, a => a.Action == "AddedInBulk" && a.After!.Contains("\"count\":4"));
        Assert.Equal(4, await db.Set<ImportMatchRecord>().CountAsync(m => m.ImportId == second.Id));
        Assert.DoesNotContain(report.Concat(matches), a => (a.After ?? "").Contains("cn-elec-lcf", StringComparison.Ordinal));
        Assert.True(first.Id != second.Id);
    }

    [Fact]
    public async Task Claiming_a_certificate_notice_and_a_notification_for_mailing_is_audited()
    {
        Guid noticeId, notificationId;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
            var certificate = await db.Certificates.AsNoTracking().FirstAsync(c => c.HolderOrganisationId == Demo.Manufacturer);
            var notice = CertificateNotice.Raise($"audit-test:{Guid.NewGuid():N}", certificate.Id, CertificateNoticeKind.Suspended,
                new DateOnly(2026, 12, 7), DateTimeOffset.UtcNow);
            db.CertificateNotices.Add(notice);
            var manager = await db.Users.AsNoTracking().SingleAsync(u => u.Email == Demo.Manager);
            var notification = new Notification
            {
                Id = Guid.NewGuid(), Key = $"audit-test:{Guid.NewGuid():N}", UserId = manager.Id, TextKey = "Notifications.Test", Reference = "A-1",
                Party = "test", Link = "/Applications", CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Notifications.Add(notification);
            await db.SaveChangesAsync();
            (noticeId, notificationId) = (notice.Id, notification.Id);
            // The scheduled duties may have claimed them first on this host: either way the claim is audited once.
            await scope.ServiceProvider.GetRequiredService<MailCertificateNotices>().Handle(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<MailNotifications>().Handle(CancellationToken.None);
        }
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
            // "Added" by the change tracker when raised; "Claimed" by the outbox's conditional update.
            Assert.Equal(["Added", "Claimed"], (await Trail(db, nameof(CertificateNotice), noticeId.ToString())).Select(a => a.Action));
            Assert.Equal(["Added", "Claimed"], (await Trail(db, nameof(Notification), notificationId.ToString())).Select(a => a.Action));
        }

        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Manager);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/Notifications?handler=ReadAll", [], "/Notifications")).StatusCode);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
            var manager = await db.Users.AsNoTracking().SingleAsync(u => u.Email == Demo.Manager);
            var read = await Trail(db, nameof(Notification), manager.Id);
            Assert.Contains(read, a => a.Action == "MarkedReadInBulk" && a.UserId == manager.Id);
        }
    }

    private static async Task<List<AuditEntry>> Trail(PcfCertDbContext db, string entity, string entityId) =>
        (await db.AuditTrail.AsNoTracking().Where(a => a.Entity == entity && a.EntityId == entityId).ToListAsync()).OrderBy(a => a.Id).ToList();
}

public sealed class BulkAuditOnSqlite(SqliteHost host) : BulkAuditScenarios<SqliteHost>(host);

public sealed class BulkAuditOnPostgreSql(PostgreSqlHost host) : BulkAuditScenarios<PostgreSqlHost>(host);
