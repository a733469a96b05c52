using PcfCert.Certification.Calendar;

namespace PcfCert.Certification.Tests.Calendar;

public sealed class CalendarPeriodsTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    [Theory]
    [InlineData("2025-01-31", 1, "2025-02-28")] // no 31 February: month end
    [InlineData("2024-01-31", 1, "2024-02-29")] // leap year
    [InlineData("2025-08-31", 6, "2026-02-28")]
    [InlineData("2025-03-15", 2, "2025-05-15")]
    [InlineData("2024-05-31", 36, "2027-05-31")] // CEC 7.2 three-year validity needs no holiday data
    public void Months_end_on_the_same_day_or_the_month_end(string from, int months, string expected) =>
        Assert.Equal(D(expected), CalendarPeriods.AddMonths(D(from), months));

    [Fact]
    public void Calendar_days_count_from_the_next_day()
    {
        Assert.Equal(D("2025-04-30"), CalendarPeriods.AddCalendarDays(D("2025-01-30"), 90));
    }

    [Fact]
    public void Calendar_day_and_month_periods_work_outside_the_holiday_years()
    {
        var calendar = ChineseWorkingCalendar.Default;
        Assert.Equal(D("2030-01-31"), new Period(30, PeriodUnit.CalendarDays).DueDate(D("2030-01-01"), calendar));
        Assert.Equal(D("2030-03-01"), new Period(2, PeriodUnit.Months).DueDate(D("2030-01-01"), calendar));
    }

    [Fact]
    public void China_today_uses_utc_plus_8()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 1, 31, 16, 30, 0, TimeSpan.Zero));
        Assert.Equal(D("2025-02-01"), ChinaToday.From(time));
    }
}
