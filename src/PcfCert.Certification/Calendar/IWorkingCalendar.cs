namespace PcfCert.Certification.Calendar;

/// <summary>Working-day arithmetic on a calendar with holidays and adjusted working days.</summary>
public interface IWorkingCalendar
{
    /// <summary>The years this calendar can answer for, ascending.</summary>
    IReadOnlyList<int> KnownYears { get; }

    /// <summary>Classifies <paramref name="date"/>.</summary>
    /// <exception cref="DateOutsideCalendarException">The date's year is not known.</exception>
    DayKind GetDayKind(DateOnly date);

    /// <summary>True when <paramref name="date"/> is a working day (ordinary or adjusted).</summary>
    /// <exception cref="DateOutsideCalendarException">The date's year is not known.</exception>
    bool IsWorkingDay(DateOnly date);

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="from"/> (before it when
    /// negative). <paramref name="from"/> itself is never counted, following the rule that a period
    /// starts on the day after the event; zero returns <paramref name="from"/> unchanged.
    /// </summary>
    /// <exception cref="DateOutsideCalendarException">The walk leaves the known years.</exception>
    DateOnly AddWorkingDays(DateOnly from, int workingDays);

    /// <summary>Working days in the half-open range (<paramref name="from"/>, <paramref name="to"/>].</summary>
    /// <exception cref="DateOutsideCalendarException">The range leaves the known years.</exception>
    int CountWorkingDays(DateOnly from, DateOnly to);
}
