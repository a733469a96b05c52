namespace PcfCert.Certification.Calendar;

/// <summary>A time limit such as "3 working days" or "2 months".</summary>
/// <param name="Amount">How many units; not negative.</param>
/// <param name="Unit">The unit counted.</param>
public sealed record Period(int Amount, PeriodUnit Unit)
{
    /// <summary>
    /// The last day on which something due within this period after <paramref name="from"/> is on time.
    /// Only working-day periods consult <paramref name="calendar"/> (and can raise
    /// <see cref="DateOutsideCalendarException"/>).
    /// </summary>
    public DateOnly DueDate(DateOnly from, IWorkingCalendar calendar) => Unit switch
    {
        PeriodUnit.CalendarDays => CalendarPeriods.AddCalendarDays(from, Amount),
        PeriodUnit.Months => CalendarPeriods.AddMonths(from, Amount),
        PeriodUnit.WorkingDays => calendar.AddWorkingDays(from, Amount),
        _ => throw new ArgumentOutOfRangeException(nameof(Unit), Unit, "Unknown period unit."),
    };
}
