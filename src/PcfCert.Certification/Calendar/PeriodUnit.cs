namespace PcfCert.Certification.Calendar;

/// <summary>The unit a time limit is counted in.</summary>
public enum PeriodUnit
{
    /// <summary>Calendar days (日 / 天).</summary>
    CalendarDays,

    /// <summary>Working days on the Chinese calendar (工作日).</summary>
    WorkingDays,

    /// <summary>Calendar months (个月), clamped to the month end.</summary>
    Months,
}
