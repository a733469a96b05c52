using PcfCert.Certification.Access;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Notifications;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Notifications;

/// <summary>
/// Certificate events (issued, surveillance planned) for the holder's users and the certification managers, added to
/// the context of the use case so that they are saved with it. Unannounced surveillances are, by definition, not announced.
/// </summary>
public sealed class PublishCertificateNotice(PcfCertDbContext db, Recipients recipients, CurrentUser me, TimeProvider clock)
{
    public const string Issued = "Notice.Text.certificate-issued";
    public const string SurveillancePlanned = "Notice.Text.surveillance-planned";

    public async Task Handle(Certificate certificate, string textKey, string eventId, CancellationToken ct)
    {
        var users = new HashSet<string>(await recipients.InRole(Roles.CertificationManager, ct), StringComparer.Ordinal);
        if (certificate.HolderOrganisationId is { } holder)
        {
            users.UnionWith(await recipients.OrganisationUsers(holder, ct));
        }
        users.Remove(me.Id ?? string.Empty);
        var now = clock.GetUtcNow();
        foreach (var user in users.Order(StringComparer.Ordinal))
        {
            db.Notifications.Add(new Notification
            {
                Id = Guid.NewGuid(),
                Key = $"{textKey}:{certificate.Id:N}:{eventId}:{user}",
                UserId = user,
                TextKey = textKey,
                Reference = certificate.Number,
                Party = certificate.HolderName,
                Link = $"/Certificates/Details/{certificate.Id}",
                CreatedAt = now,
            });
        }
    }
}
