using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using PcfCert.Infrastructure.Audit;
using PcfCert.Infrastructure.Mail;
using PcfCert.Infrastructure.Notifications;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Notifications;

/// <summary>
/// Mails the notifications not yet mailed, one message per notice to its recipient, in Chinese with an English line
/// and the link to the page of the action. Each notice is claimed with a conditional update before sending (two app
/// instances never send the same one); one whose sending fails goes back to the outbox.
/// </summary>
public sealed class MailNotifications(PcfCertDbContext db, IMailTransport transport, IOptions<MailOptions> mail, IOptions<RegistryOptions> registry,
    StringCatalog catalog, IAuditUser auditUser, TimeProvider time, ILogger<MailNotifications> log)
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    public async Task<int> Handle(CancellationToken ct)
    {
        // SQLite cannot order by DateTimeOffset in SQL: the waiting ids are few, order them here.
        var waiting = (await db.Notifications.AsNoTracking().Where(n => n.MailedAt == null).Select(n => new { n.Id, n.CreatedAt }).ToListAsync(ct))
            .OrderBy(n => n.CreatedAt).Select(n => n.Id).ToList();
        var sent = 0;
        foreach (var id in waiting)
        {
            var claimedAt = time.GetUtcNow();
            if (await BulkAudit.ChangeAsync(db, auditUser, time,
                    () => db.Notifications.Where(n => n.Id == id && n.MailedAt == null).ExecuteUpdateAsync(u => u.SetProperty(n => n.MailedAt, claimedAt), ct),
                    nameof(Notification), id.ToString(), "Claimed", _ => new { mailedAt = (DateTimeOffset?)null }, _ => new { mailedAt = claimedAt }, ct) == 0)
            {
                continue; // another instance took it
            }
            var notice = await db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id, ct);
            var user = await db.Users.AsNoTracking().Where(u => u.Id == notice.UserId).Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(ct);
            if (string.IsNullOrEmpty(user?.Email))
            {
                continue; // in-app only
            }
            string Text(CultureInfo c) => string.Format(c, catalog.Find(notice.TextKey, c) ?? notice.TextKey, notice.Reference, notice.Party, notice.Detail);
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(mail.Value.From));
            message.To.Add(new MailboxAddress(string.IsNullOrEmpty(user.DisplayName) ? user.Email : user.DisplayName, user.Email));
            message.Subject = $"[PcfCert] {Text(Zh)} / {Text(En)}";
            message.Headers.Add("X-PcfCert-Notification", notice.Key);
            var link = string.IsNullOrEmpty(registry.Value.PublicBaseUrl) ? notice.Link : registry.Value.PublicBaseUrl.TrimEnd('/') + notice.Link;
            message.Body = new TextPart("plain") { Text = string.Join("\n", Text(Zh), Text(En), link) };
            try
            {
                await transport.SendAsync(message, ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await BulkAudit.ChangeAsync(db, auditUser, time,
                    () => db.Notifications.Where(n => n.Id == id).ExecuteUpdateAsync(u => u.SetProperty(n => n.MailedAt, (DateTimeOffset?)null), ct),
                    nameof(Notification), id.ToString(), "Released", _ => new { mailedAt = claimedAt }, _ => new { mailedAt = (DateTimeOffset?)null }, ct);
                log.LogWarning(e, "Notification {Key} could not be mailed; it stays in the outbox", notice.Key);
            }
        }
        return sent;
    }
}
