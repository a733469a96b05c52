using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Calendar;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Applications;

/// <summary>One deadline of a project: what, when, days left (negative when past).</summary>
public sealed record Deadline(string Key, DateOnly Date, int DaysLeft);

/// <summary>The deadlines that apply to an application now, computed from its scheme.</summary>
public sealed record ApplicationDeadlines(TimeLimitClock? Overall, bool CalendarUnknown, IReadOnlyList<Deadline> Items)
{
    public Deadline? Nearest => Items.MinBy(d => d.DaysLeft);

    /// <param name="a">The application.</param>
    /// <param name="scheme">Its scheme.</param>
    /// <param name="today">Today in China.</param>
    /// <param name="certificateIssued">Whether a certificate was issued from the application: PCEC 6's limit and
    /// CEC 5.7.2's issuance deadline end there.</param>
    public static ApplicationDeadlines Of(CertificationApplication a, SchemeDefinition scheme, DateOnly today, bool certificateIssued = false)
    {
        var items = new List<Deadline>();
        var unknown = false;
        void Add(string key, DateOnly? date)
        {
            if (date is { } d)
            {
                items.Add(new Deadline(key, d, d.DayNumber - today.DayNumber));
            }
        }
        try
        {
            Add("acceptance", a.AcceptanceDeadline(scheme, ChineseWorkingCalendar.Default));
        }
        catch (DateOutsideCalendarException)
        {
            // The next year's holiday notice is not published yet: say so rather than guess.
            unknown = true;
        }
        var overall = a.TimeLimitRuns(scheme, certificateIssued) ? a.TimeLimit(scheme) : null;
        if (overall is not null)
        {
            Add("overall", overall.DueDate(today));
        }
        if (a.Status == ApplicationStatus.Inspecting)
        {
            foreach (var nc in a.Nonconformities.Where(n => n.Status == NonconformityStatus.Open))
            {
                Add("rectification", nc.Deadline);
            }
        }
        Add("certificate", a.Status == ApplicationStatus.Approved && !certificateIssued ? a.Decision?.CertificateDueOn : null);
        Add("termination-notice", a.FailureNotice is { SentOn: null } notice ? notice.DueOn : null);
        return new ApplicationDeadlines(overall, unknown, items);
    }

    /// <summary>The numbers of the applications a certificate was issued from (the certificate's project reference).</summary>
    public static async Task<IReadOnlySet<string>> CertifiedAsync(PcfCertDbContext db, IReadOnlyCollection<string> applicationNumbers, CancellationToken ct) =>
        (await db.Certificates.AsNoTracking().Where(c => c.ProjectReference != null && applicationNumbers.Contains(c.ProjectReference))
            .Select(c => c.ProjectReference!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
}
