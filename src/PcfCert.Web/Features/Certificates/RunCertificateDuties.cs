using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Surveillance;

namespace PcfCert.Web.Features.Certificates;

/// <summary>
/// The scheduled work of the certificate life: expiry, automatic revocation of lapsed suspensions, suspension for
/// overdue rectification, due-surveillance notices and re-certification reminders. Everything is derived from
/// dates in the database, so a run after a restart catches up. Each effect is saved in its own transaction
/// together with a notice whose key is unique, and changed certificates carry a concurrency token: when two app
/// instances run at once, the second write of the same effect fails and is dropped — no effect happens twice.
/// </summary>
public sealed class RunCertificateDuties(PcfCertDbContext db, ICertificateRulesSource schemes, TimeProvider time, ILogger<RunCertificateDuties> log,
    Applications.FailOverdueRectifications rectifications)
{
    public sealed record Report(int Applied, int SkippedAsDone);

    public async Task<Report> Handle(CancellationToken ct)
    {
        var today = CertificateDates.Today(time);
        var applied = 0;
        var skipped = 0;
        var ids = await db.Certificates.AsNoTracking()
            .Where(c => c.Status == CertificateStatus.Valid || c.Status == CertificateStatus.Suspended)
            .Select(c => c.Id).ToListAsync(ct);
        foreach (var id in ids)
        {
            foreach (var effect in Effects)
            {
                db.ChangeTracker.Clear();
                var certificate = await db.FindAsync(id, ct);
                if (certificate is null || !(await effect(this, certificate, today, ct)))
                {
                    continue;
                }
                try
                {
                    await db.SaveChangesAsync(ct);
                    applied++;
                }
                catch (DbUpdateException e)
                {
                    // Another instance applied the same effect first (unique notice key or stale concurrency stamp).
                    skipped++;
                    log.LogInformation("Scheduled effect on {Certificate} already applied elsewhere: {Reason}", certificate.Number, e.GetType().Name);
                }
            }
        }
        db.ChangeTracker.Clear();
        // The initial inspections' rectification deadlines (CEC 5.6, PCEC 7.4.2): a missed one fails the inspection.
        var failed = await rectifications.Handle(time.GetUtcNow(), ct);
        return new Report(applied + failed.Applied, skipped + failed.Skipped);
    }

    private static readonly Func<RunCertificateDuties, Certificate, DateOnly, CancellationToken, Task<bool>>[] Effects =
    [
        (d, c, today, ct) => d.ExpireAsync(c, today, ct),
        (d, c, today, ct) => d.RevokeLapsedAsync(c, today, ct),
        (d, c, today, ct) => d.SuspendForOverdueRectificationAsync(c, today, ct),
        (d, c, today, ct) => d.NoticeDueSurveillanceAsync(c, today, ct),
        (d, c, today, ct) => d.RemindRenewalAsync(c, today, ct),
    ];

    private async Task<bool> ExpireAsync(Certificate c, DateOnly today, CancellationToken ct)
    {
        if (!CertificateTransitions.Allows(c.Status, CertificateTrigger.Expire) || today <= c.ValidUntil)
        {
            return false;
        }
        c.Expire(today, time.GetUtcNow());
        return await Notice(c, $"expired:{c.Id}", CertificateNoticeKind.Expired, c.ValidUntil.AddDays(1), ct);
    }

    private async Task<bool> RevokeLapsedAsync(Certificate c, DateOnly today, CancellationToken ct)
    {
        var rules = schemes.Find(c.SchemeId)!;
        if (c.Status != CertificateStatus.Suspended || c.RevocationDueOn(rules) is not { } due || today < due)
        {
            return false;
        }
        var suspendedOn = c.SuspendedOn;
        c.RevokeLapsedSuspension(today, time.GetUtcNow(), rules);
        return await Notice(c, $"suspension-lapsed:{c.Id}:{suspendedOn:yyyy-MM-dd}", CertificateNoticeKind.SuspensionLapsed, due, ct);
    }

    private async Task<bool> SuspendForOverdueRectificationAsync(Certificate c, DateOnly today, CancellationToken ct)
    {
        // CEC 6.3: a surveillance nonconformity not rectified within its deadline fails, and the certificate is suspended.
        if (c.StatusOn(today) is not (CertificateStatus.Valid or CertificateStatus.Suspended))
        {
            return false;
        }
        var surveillances = await db.Surveillances.Where(s => s.CertificateId == c.Id).ToListAsync(ct);
        var failed = surveillances.SelectMany(s => s.FailOverdueNonconformities(today)).OrderBy(n => n.RectifyBy).ToList();
        if (failed.Count == 0)
        {
            return false;
        }
        var first = failed[0];
        if (c.Status == CertificateStatus.Valid)
        {
            // The facts are confirmed the day after the deadline; the job applies the suspension at once.
            c.Suspend($"nonconformity not rectified by {first.RectifyBy:yyyy-MM-dd}: {first.Description}", first.RectifyBy.AddDays(1),
                today, time.GetUtcNow(), schemes.Find(c.SchemeId)!);
        }
        return await Notice(c, $"rectification-overdue:{first.Id}", CertificateNoticeKind.RectificationOverdue, first.RectifyBy, ct);
    }

    private async Task<bool> NoticeDueSurveillanceAsync(Certificate c, DateOnly today, CancellationToken ct)
    {
        if (c.StatusOn(today) is not (CertificateStatus.Valid or CertificateStatus.Suspended))
        {
            return false; // past its validity: expiry, not surveillance
        }
        var plan = await SurveillanceDueList.PlanAsync(db, c, schemes.Find(c.SchemeId)!, ct);
        if (!SurveillancePlan.IsDue(plan, today) || SurveillancePlan.NextPending(plan) is not { } next)
        {
            return false;
        }
        return await Notice(c, $"surveillance-due:{c.Id}:{next.Sequence}", CertificateNoticeKind.SurveillanceDue, next.DueBy, ct);
    }

    private async Task<bool> RemindRenewalAsync(Certificate c, DateOnly today, CancellationToken ct)
    {
        var reminder = schemes.Find(c.SchemeId)!.Renewal.ReminderOn(c.ValidUntil);
        return c.StatusOn(today) == CertificateStatus.Valid && today >= reminder
            && await Notice(c, $"renewal-reminder:{c.Id}", CertificateNoticeKind.RenewalReminder, reminder, ct);
    }

    private async Task<bool> Notice(Certificate c, string key, CertificateNoticeKind kind, DateOnly on, CancellationToken ct)
    {
        if (await db.CertificateNotices.AnyAsync(n => n.Key == key, ct))
        {
            db.ChangeTracker.Clear();
            return false;
        }
        db.CertificateNotices.Add(CertificateNotice.Raise(key, c.Id, kind, on, time.GetUtcNow()));
        return true;
    }
}
