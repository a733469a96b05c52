namespace PcfCert.Certification.Calendar;

/// <summary>Today's date in China (UTC+8 all year, no daylight saving), from an injected clock.</summary>
public static class ChinaToday
{
    /// <summary>China Standard Time offset. Fixed, so no time-zone database is needed.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The current date in China according to <paramref name="timeProvider"/>.</summary>
    public static DateOnly From(TimeProvider timeProvider) =>
        DateOnly.FromDateTime(timeProvider.GetUtcNow().ToOffset(Offset).DateTime);
}
