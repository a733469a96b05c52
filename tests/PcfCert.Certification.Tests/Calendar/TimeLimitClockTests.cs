using Microsoft.Extensions.Time.Testing;
using PcfCert.Certification.Calendar;

namespace PcfCert.Certification.Tests.Calendar;

public sealed class TimeLimitClockTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    [Fact]
    public void Without_pauses_the_due_date_is_start_plus_limit()
    {
        var clock = new TimeLimitClock(D("2025-03-01"), 90);
        Assert.Equal(D("2025-05-30"), clock.DueDate(D("2025-03-10")));
        Assert.Equal(9, clock.ElapsedDays(D("2025-03-10")));
        Assert.Equal(81, clock.RemainingDays(D("2025-03-10")));
        Assert.False(clock.IsOverdue(D("2025-05-30")));
        Assert.True(clock.IsOverdue(D("2025-05-31")));
    }

    [Fact]
    public void Cec_5_2_3_applicant_delay_is_not_counted()
    {
        // Accepted 1 March; the applicant is late with documents from 10 to 20 March (10 days).
        var clock = new TimeLimitClock(D("2025-03-01"), 90)
            .Pause(D("2025-03-10"), "applicant-documents-late")
            .Resume(D("2025-03-20"));

        Assert.Equal(19, clock.ElapsedDays(D("2025-03-30"))); // 29 days minus 10 paused
        Assert.Equal(71, clock.RemainingDays(D("2025-03-30")));
        Assert.Equal(D("2025-06-09"), clock.DueDate(D("2025-03-30"))); // 05-30 + 10
    }

    [Fact]
    public void An_open_pause_stops_the_count_and_moves_the_due_date_daily()
    {
        var clock = new TimeLimitClock(D("2025-03-01"), 180).Pause(D("2025-03-11"));

        Assert.True(clock.IsPaused);
        Assert.Equal(10, clock.ElapsedDays(D("2025-03-11")));
        Assert.Equal(10, clock.ElapsedDays(D("2025-04-30")));
        Assert.Equal(D("2025-08-28"), clock.DueDate(D("2025-03-11")));
        Assert.Equal(D("2025-08-29"), clock.DueDate(D("2025-03-12")));
    }

    [Fact]
    public void Several_pauses_add_up()
    {
        var clock = new TimeLimitClock(D("2025-01-01"), 30,
        [
            new PauseInterval(D("2025-01-05"), D("2025-01-08")),
            new PauseInterval(D("2025-01-10"), D("2025-01-12")),
        ]);
        Assert.Equal(5, clock.PausedDays(D("2025-02-28")));
        Assert.Equal(D("2025-02-05"), clock.DueDate(D("2025-02-28")));
    }

    [Fact]
    public void A_pause_after_the_due_date_does_not_move_it()
    {
        var clock = new TimeLimitClock(D("2025-01-01"), 10).Pause(D("2025-01-20")).Resume(D("2025-01-25"));
        Assert.Equal(D("2025-01-11"), clock.DueDate(D("2025-02-01")));
        Assert.True(clock.IsOverdue(D("2025-01-20")));
    }

    [Fact]
    public void Today_comes_from_the_injected_time_provider()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 20, 0, 0, TimeSpan.Zero)); // 11 March in China
        var clock = new TimeLimitClock(D("2025-03-01"), 90);
        Assert.Equal(10, clock.ElapsedDays(time));
        time.Advance(TimeSpan.FromDays(5));
        Assert.Equal(75, clock.RemainingDays(time));
    }

    [Fact]
    public void Illegal_moves_are_refused()
    {
        var clock = new TimeLimitClock(D("2025-03-01"), 90);
        Assert.Throws<InvalidOperationException>(() => clock.Resume(D("2025-03-02")));
        var paused = clock.Pause(D("2025-03-05"));
        Assert.Throws<InvalidOperationException>(() => paused.Pause(D("2025-03-06")));
        Assert.Throws<InvalidOperationException>(() => paused.Resume(D("2025-03-04")));
        Assert.Throws<ArgumentException>(() => new TimeLimitClock(D("2025-03-01"), 90, [new PauseInterval(D("2025-02-01"), D("2025-02-03"))]));
    }
}
