using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using PcfCert.Certification.Access;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Audit;
using PcfCert.Infrastructure.Identity;
using PcfCert.Infrastructure.Mail;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>
/// Sends the certificate notices waiting in the outbox by e-mail, in Chinese with an English line, to the holder's
/// users and the certification managers. Each notice is claimed with a conditional update before it is sent, so two
/// app instances never send the same notice; a notice whose sending fails goes back to the outbox for the next run.
/// </summary>
public sealed class MailCertificateNotices(
    PcfCertDbContext db, UserManager<AppUser> users, IMailTransport transport, IOptions<MailOptions> mail, IOptions<RegistryOptions> registry,
    StringCatalog catalog, IAuditUser auditUser, TimeProvider time, ILogger<MailCertificateNotices> log)
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    public async Task<int> Handle(CancellationToken ct)
    {
        var waiting = (await db.CertificateNotices.AsNoTracking().Where(n => n.MailedAt == null).Select(n => new { n.Id, n.CreatedAt }).ToListAsync(ct))
            .OrderBy(n => n.CreatedAt).Select(n => n.Id).ToList();
        var sent = 0;
        var managers = waiting.Count == 0 ? [] : await users.GetUsersInRoleAsync(Roles.CertificationManager);
        foreach (var id in waiting)
        {
            var claimedAt = time.GetUtcNow();
            var claimed = await BulkAudit.ChangeAsync(db, auditUser, time,
                () => db.CertificateNotices.Where(n => n.Id == id && n.MailedAt == null).ExecuteUpdateAsync(u => u.SetProperty(n => n.MailedAt, claimedAt), ct),
                nameof(CertificateNotice), id.ToString(), "Claimed", _ => new { mailedAt = (DateTimeOffset?)null }, _ => new { mailedAt = claimedAt }, ct);
            if (claimed == 0)
            {
                continue; // another instance took it
            }
            var notice = await db.CertificateNotices.AsNoTracking().SingleAsync(n => n.Id == id, ct);
            var certificate = await db.Certificates.AsNoTracking().SingleAsync(c => c.Id == notice.CertificateId, ct);
            var recipients = await RecipientsAsync(certificate, managers, ct);
            if (recipients.Count == 0)
            {
                log.LogWarning("Notice {Key}: nobody to mail", notice.Key);
                continue;
            }
            try
            {
                await transport.SendAsync(Compose(notice, certificate, recipients), ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await BulkAudit.ChangeAsync(db, auditUser, time,
                    () => db.CertificateNotices.Where(n => n.Id == id).ExecuteUpdateAsync(u => u.SetProperty(n => n.MailedAt, (DateTimeOffset?)null), ct),
                    nameof(CertificateNotice), id.ToString(), "Released", _ => new { mailedAt = claimedAt }, _ => new { mailedAt = (DateTimeOffset?)null }, ct);
                log.LogWarning(e, "Notice {Key} could not be mailed; it stays in the outbox", notice.Key);
            }
        }
        return sent;
    }

    private async Task<IReadOnlyList<MailboxAddress>> RecipientsAsync(Certificate certificate, IList<AppUser> managers, CancellationToken ct)
    {
        var holders = certificate.HolderOrganisationId is { } organisation
            ? await db.Users.AsNoTracking().Where(u => u.OrganisationId == organisation).ToListAsync(ct)
            : [];
        return holders.Concat(managers)
            .Where(u => !string.IsNullOrEmpty(u.Email))
            .DistinctBy(u => u.Id)
            .Select(u => new MailboxAddress(string.IsNullOrEmpty(u.DisplayName) ? u.Email : u.DisplayName, u.Email!))
            .ToList();
    }

    private MimeMessage Compose(CertificateNotice notice, Certificate certificate, IReadOnlyList<MailboxAddress> recipients)
    {
        string Text(string key, CultureInfo culture) => catalog.Find(key, culture) ?? key;
        var kind = "CertificateNoticeKind." + notice.Kind;
        var holder = certificate.Contents.Particulars.Applicant.Name;
        var on = notice.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var link = string.IsNullOrEmpty(registry.Value.PublicBaseUrl)
            ? null
            : $"{registry.Value.PublicBaseUrl.TrimEnd('/')}/Certificates/Details/{certificate.Id}";
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(mail.Value.From));
        message.To.AddRange(recipients);
        message.Subject = $"[PcfCert] {certificate.Number} {Text(kind, Zh)} / {Text(kind, En)}";
        message.Headers.Add("X-PcfCert-Notice", notice.Key);
        var body = string.Join("\n",
            string.Format(Zh, Text("Mail.Notice", Zh), certificate.Number, holder, Text(kind, Zh), on),
            string.Format(En, Text("Mail.Notice", En), certificate.Number, holder, Text(kind, En), on),
            link ?? string.Empty);
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }
}
