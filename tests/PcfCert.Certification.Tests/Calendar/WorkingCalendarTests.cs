using PcfCert.Certification.Calendar;

namespace PcfCert.Certification.Tests.Calendar;

// Expected dates were worked out by hand from the State Council notices in Calendar/Data.
public sealed class WorkingCalendarTests
{
    private static readonly ChineseWorkingCalendar Calendar = ChineseWorkingCalendar.Default;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    [Fact]
    public void Known_years_are_2024_to_2026_and_unpublished_2027_is_left_out()
    {
        Assert.Equal([2024, 2025, 2026], Calendar.KnownYears);
        Assert.Equal("https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm", Assert.Single(Calendar.Sources[2025]));
    }

    [Theory]
    [InlineData("2025-01-28", DayKind.Holiday)] // 春节 eve
    [InlineData("2025-01-26", DayKind.AdjustedWorkingDay)] // Sunday worked for 春节
    [InlineData("2025-02-08", DayKind.AdjustedWorkingDay)] // Saturday worked for 春节
    [InlineData("2025-02-05", DayKind.WorkingDay)]
    [InlineData("2025-02-09", DayKind.Weekend)]
    [InlineData("2026-02-14", DayKind.AdjustedWorkingDay)] // Saturday worked for 春节 2026
    [InlineData("2026-02-23", DayKind.Holiday)] // Monday off, 春节 2026
    [InlineData("2024-10-12", DayKind.AdjustedWorkingDay)] // Saturday worked for 国庆节
    [InlineData("2024-10-07", DayKind.Holiday)]
    public void Classifies_days_from_the_notice(string date, DayKind expected) =>
        Assert.Equal(expected, Calendar.GetDayKind(D(date)));

    [Theory]
    [InlineData("2025-01-24", 1, "2025-01-26")] // next working day is the adjusted Sunday
    [InlineData("2025-01-24", 2, "2025-01-27")]
    [InlineData("2025-01-24", 3, "2025-02-05")] // jumps the whole Spring Festival 2025
    [InlineData("2026-02-13", 1, "2026-02-14")] // adjusted Saturday before Spring Festival 2026
    [InlineData("2026-02-13", 2, "2026-02-24")] // jumps 02-15..02-23
    [InlineData("2026-02-13", 5, "2026-02-27")]
    [InlineData("2024-09-30", 1, "2024-10-08")] // National Day 2024
    [InlineData("2025-09-30", 1, "2025-10-09")] // National Day + Mid-Autumn 2025
    [InlineData("2026-09-30", 3, "2026-10-10")] // lands on the adjusted Saturday after National Day 2026
    [InlineData("2024-10-10", 2, "2024-10-12")] // adjusted Saturday 2024
    [InlineData("2025-12-31", 1, "2026-01-04")] // across the year boundary onto an adjusted Sunday
    [InlineData("2025-03-05", 0, "2025-03-05")]
    public void Adds_working_days(string from, int days, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(from), days));

    [Fact]
    public void Cec_5_1_2_acceptance_within_3_working_days_counts_the_adjusted_sunday()
    {
        // Documents complete on Friday 2025-09-26; Sunday 09-28 is worked before National Day.
        var due = new Period(3, PeriodUnit.WorkingDays).DueDate(D("2025-09-26"), Calendar);
        Assert.Equal(D("2025-09-30"), due);
    }

    [Fact]
    public void Subtracts_working_days_across_spring_festival()
    {
        Assert.Equal(D("2025-01-27"), Calendar.AddWorkingDays(D("2025-02-05"), -1));
    }

    [Fact]
    public void Counts_working_days_in_a_half_open_range()
    {
        // 01-26, 01-27, 02-05, 02-06, 02-07 and the adjusted Saturday 02-08.
        Assert.Equal(6, Calendar.CountWorkingDays(D("2025-01-24"), D("2025-02-08")));
        Assert.Equal(6, Calendar.CountWorkingDays(D("2026-02-13"), D("2026-02-28")));
        Assert.Equal(-6, Calendar.CountWorkingDays(D("2026-02-28"), D("2026-02-13")));
    }

    [Theory]
    [InlineData("2027-01-04")]
    [InlineData("2023-12-29")]
    public void A_date_outside_the_known_years_is_an_error(string date)
    {
        var error = Assert.Throws<DateOutsideCalendarException>(() => Calendar.IsWorkingDay(D(date)));
        Assert.Equal(D(date), error.Date);
        Assert.Contains("2024, 2025, 2026", error.Message);
    }

    [Fact]
    public void Walking_past_the_last_known_year_is_an_error_not_a_guess()
    {
        var error = Assert.Throws<DateOutsideCalendarException>(() => Calendar.AddWorkingDays(D("2026-12-30"), 5));
        Assert.Equal(2027, error.Date.Year);
    }

    [Fact]
    public void A_year_file_without_a_notice_is_not_known()
    {
        const string placeholder = """{ "year": 2027, "papers": [], "days": [] }""";
        var calendar = new ChineseWorkingCalendar([HolidayFile.Parse(placeholder)]);
        Assert.Empty(calendar.KnownYears);
        Assert.Throws<DateOutsideCalendarException>(() => calendar.GetDayKind(D("2027-03-01")));
    }
}
