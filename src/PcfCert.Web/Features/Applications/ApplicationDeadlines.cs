using PcfCert.Certification.Calendar;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;

namespace PcfCert.Web.Features.Applications;

/// <summary>One deadline of a project: what, when, days left (negative when past).</summary>
public sealed record Deadline(string Key, DateOnly Date, int DaysLeft);

/// <summary>The deadlines that apply to an application now, computed from its scheme.</summary>
public sealed record ApplicationDeadlines(TimeLimitClock? Overall, bool CalendarUnknown, IReadOnlyList<Deadline> Items)
{
    public Deadline? Nearest => Items.MinBy(d => d.DaysLeft);

    public static ApplicationDeadlines Of(CertificationApplication a, SchemeDefinition scheme, DateOnly today)
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
        var overall = ApplicationLifecycle.IsTerminal(a.Status) ? null : a.TimeLimit(scheme);
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
        Add("certificate", a.Status == ApplicationStatus.Approved ? a.Decision?.CertificateDueOn : null);
        Add("termination-notice", a.Status == ApplicationStatus.Refused ? a.Decision?.TerminationNoticeDueOn : null);
        return new ApplicationDeadlines(overall, unknown, items);
    }
}
