using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Calendar;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Notifications;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Applications;

namespace PcfCert.Web.Features.Notifications;

/// <summary>
/// Scheduled: every deadline of an open application (from <see cref="ApplicationDeadlines"/>) that is at most
/// <see cref="NotificationOptions.DeadlineDaysBefore"/> days away, or past, is announced once to whoever acts in the
/// current status (the applicant for a rectification). The notice key names the deadline and its date, so a run after
/// a restart, or a second app instance, adds nothing twice (unique key; a lost race is dropped).
/// </summary>
public sealed class RaiseDeadlineNotices(PcfCertDbContext db, SchemeCatalog schemes, Recipients recipients, NotificationOptions options, TimeProvider clock, ILogger<RaiseDeadlineNotices> log)
{
    private static readonly ApplicationStatus[] Closed =
        [ApplicationStatus.Rejected, ApplicationStatus.InspectionFailed, ApplicationStatus.Refused];

    public async Task<int> Handle(CancellationToken ct)
    {
        var today = ChinaToday.From(clock);
        var raised = 0;
        var open = await db.Applications.AsNoTracking().Where(a => !Closed.Contains(a.Status)).ToListAsync(ct);
        foreach (var a in open)
        {
            var due = ApplicationDeadlines.Of(a, schemes.Get(a.SchemeId), today).Items.Where(d => d.DaysLeft <= options.DeadlineDaysBefore).ToList();
            if (due.Count == 0)
            {
                continue;
            }
            var keys = new List<Notification>();
            foreach (var d in due)
            {
                var parties = d.Key == "rectification" ? [NoticeParty.Applicant] : Recipients.NextFor(a.Status);
                foreach (var user in await recipients.Of(a, parties, ct))
                {
                    keys.Add(new Notification
                    {
                        Id = Guid.NewGuid(), Key = $"deadline:{a.Id:N}:{d.Key}:{d.Date:yyyy-MM-dd}:{user}", UserId = user,
                        TextKey = "Notice.Text.deadline", Reference = a.Number, Party = a.Applicant.Name,
                        Detail = d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        Link = d.Key == "rectification" ? ApplicationSteps.Link(a.Id, "record-checklist") : $"/Applications/Details/{a.Id}", CreatedAt = clock.GetUtcNow(),
                    });
                }
            }
            var wanted = keys.Select(k => k.Key).ToList();
            var existing = (await db.Notifications.AsNoTracking().Where(n => wanted.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct)).ToHashSet();
            var fresh = keys.Where(k => !existing.Contains(k.Key)).DistinctBy(k => k.Key).ToList();
            if (fresh.Count == 0)
            {
                continue;
            }
            db.Notifications.AddRange(fresh);
            try
            {
                await db.SaveChangesAsync(ct);
                raised += fresh.Count;
            }
            catch (DbUpdateException)
            {
                log.LogInformation("Deadline notices of {Application} were raised by another instance", a.Number);
            }
            db.ChangeTracker.Clear();
        }
        return raised;
    }
}
