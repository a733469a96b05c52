namespace PcfCert.Certification.Calendar;

/// <summary>
/// A calendar-day time limit that can be paused and resumed, such as the certification time limit
/// (CEC 5.2.3: 90 days; PCEC 6: 180 days) which does not count delays caused by the applicant.
/// Day 0 is <see cref="Start"/>; counting starts the next day. Immutable: <see cref="Pause"/> and
/// <see cref="Resume"/> return a new clock.
/// </summary>
public sealed class TimeLimitClock
{
    /// <summary>Creates a clock.</summary>
    /// <param name="start">The day the limit starts (e.g. the day the application was accepted).</param>
    /// <param name="limitDays">The limit in calendar days.</param>
    /// <param name="pauses">Pauses in order, not overlapping, none before <paramref name="start"/>; only the last may be open.</param>
    /// <exception cref="ArgumentException">The pauses are out of order, overlap or start too early.</exception>
    public TimeLimitClock(DateOnly start, int limitDays, IEnumerable<PauseInterval>? pauses = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limitDays);
        Start = start;
        LimitDays = limitDays;
        Pauses = (pauses ?? []).ToList();
        Validate();
    }

    /// <summary>The day the limit starts.</summary>
    public DateOnly Start { get; }

    /// <summary>The limit in calendar days.</summary>
    public int LimitDays { get; }

    /// <summary>The pauses, in order.</summary>
    public IReadOnlyList<PauseInterval> Pauses { get; }

    /// <summary>True when the last pause has not ended.</summary>
    public bool IsPaused => Pauses.Count > 0 && Pauses[^1].IsOpen;

    /// <summary>Stops the clock after <paramref name="on"/>.</summary>
    /// <exception cref="InvalidOperationException">Already paused, or <paramref name="on"/> is before the last resume.</exception>
    public TimeLimitClock Pause(DateOnly on, string? reason = null)
    {
        if (IsPaused)
        {
            throw new InvalidOperationException("The time-limit clock is already paused.");
        }

        var lastEnd = Pauses.Count > 0 ? Pauses[^1].End!.Value : Start;
        if (on < lastEnd)
        {
            throw new InvalidOperationException($"Cannot pause on {on:yyyy-MM-dd}, before {lastEnd:yyyy-MM-dd}.");
        }

        return new TimeLimitClock(Start, LimitDays, [.. Pauses, new PauseInterval(on, null, reason)]);
    }

    /// <summary>Lets the clock run again after <paramref name="on"/>.</summary>
    /// <exception cref="InvalidOperationException">Not paused, or <paramref name="on"/> is before the pause began.</exception>
    public TimeLimitClock Resume(DateOnly on)
    {
        if (!IsPaused)
        {
            throw new InvalidOperationException("The time-limit clock is not paused.");
        }

        var open = Pauses[^1];
        if (on < open.Start)
        {
            throw new InvalidOperationException($"Cannot resume on {on:yyyy-MM-dd}, before the pause began on {open.Start:yyyy-MM-dd}.");
        }

        return new TimeLimitClock(Start, LimitDays, [.. Pauses.SkipLast(1), open with { End = on }]);
    }

    /// <summary>Days paused in (Start, <paramref name="asOf"/>].</summary>
    public int PausedDays(DateOnly asOf) => Pauses.Where(p => p.Start < asOf).Sum(p => p.PausedDays(asOf));

    /// <summary>Days counted against the limit as of <paramref name="asOf"/> (0 before the start).</summary>
    public int ElapsedDays(DateOnly asOf) =>
        asOf <= Start ? 0 : asOf.DayNumber - Start.DayNumber - PausedDays(asOf);

    /// <summary>Days left as of <paramref name="asOf"/>; negative once overdue.</summary>
    public int RemainingDays(DateOnly asOf) => LimitDays - ElapsedDays(asOf);

    /// <summary>True when more days have been counted than the limit allows.</summary>
    public bool IsOverdue(DateOnly asOf) => ElapsedDays(asOf) > LimitDays;

    /// <summary>
    /// The last day within the limit given the pauses known as of <paramref name="asOf"/>. An open
    /// pause is taken to end on <paramref name="asOf"/>, so the date moves on while the clock is stopped.
    /// </summary>
    public DateOnly DueDate(DateOnly asOf)
    {
        var due = Start.AddDays(LimitDays);
        foreach (var pause in Pauses)
        {
            // A pause that begins on or after the due date no longer moves it.
            if (pause.Start >= due)
            {
                break;
            }

            due = due.AddDays(pause.PausedDays(pause.End ?? (asOf > pause.Start ? asOf : pause.Start)));
        }

        return due;
    }

    /// <summary><see cref="ElapsedDays(DateOnly)"/> for today in China.</summary>
    public int ElapsedDays(TimeProvider time) => ElapsedDays(ChinaToday.From(time));

    /// <summary><see cref="RemainingDays(DateOnly)"/> for today in China.</summary>
    public int RemainingDays(TimeProvider time) => RemainingDays(ChinaToday.From(time));

    /// <summary><see cref="DueDate(DateOnly)"/> for today in China.</summary>
    public DateOnly DueDate(TimeProvider time) => DueDate(ChinaToday.From(time));

    private void Validate()
    {
        var previousEnd = Start;
        for (var i = 0; i < Pauses.Count; i++)
        {
            var pause = Pauses[i];
            if (pause.Start < previousEnd)
            {
                throw new ArgumentException($"Pause {i} starts on {pause.Start:yyyy-MM-dd}, before {previousEnd:yyyy-MM-dd}.", "pauses");
            }

            if (pause.End is { } end && end < pause.Start)
            {
                throw new ArgumentException($"Pause {i} ends before it starts.", "pauses");
            }

            if (pause.IsOpen && i != Pauses.Count - 1)
            {
                throw new ArgumentException($"Pause {i} is open but is not the last one.", "pauses");
            }

            previousEnd = pause.End ?? pause.Start;
        }
    }
}
