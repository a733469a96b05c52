namespace PcfCert.Certification.Calendar;

/// <summary>
/// Calendar-day and month arithmetic for deadlines. The day of the event is day 0 and counting
/// starts the next day (民法典 第二百零一条); a month period ends on the same day-of-month of the
/// target month, or on that month's last day when it has no such day (民法典 第二百零二条), e.g.
/// 2025-01-31 + 1 month = 2025-02-28, 2024-01-31 + 1 month = 2024-02-29.
/// </summary>
public static class CalendarPeriods
{
    /// <summary>The last day of a period of <paramref name="days"/> calendar days starting after <paramref name="from"/>.</summary>
    public static DateOnly AddCalendarDays(DateOnly from, int days) => from.AddDays(days);

    /// <summary>
    /// The last day of a period of <paramref name="months"/> months starting after <paramref name="from"/>,
    /// clamped to the end of a shorter month.
    /// </summary>
    public static DateOnly AddMonths(DateOnly from, int months) =>
        // DateOnly.AddMonths already clamps to the last day of the target month, which is the
        // statutory rule; it is named here so the choice is visible and tested.
        from.AddMonths(months);
}
