namespace PcfCert.Certification.Calendar;

/// <summary>
/// A stretch during which a time limit does not run, e.g. the applicant was late with documents
/// (CEC 5.2.3, PCEC 6). The clock stops after <see cref="Start"/> and runs again after
/// <see cref="End"/>: the days in (Start, End] are not counted, so a pause from 3 May to 10 May
/// removes 7 days.
/// </summary>
/// <param name="Start">The day the delay began (the clock still counts this day).</param>
/// <param name="End">The day the delay ended; null while it lasts.</param>
/// <param name="Reason">Why the clock stopped, e.g. a scheme's pause-reason key.</param>
public sealed record PauseInterval(DateOnly Start, DateOnly? End, string? Reason = null)
{
    /// <summary>True while the pause has no end.</summary>
    public bool IsOpen => End is null;

    /// <summary>Days this pause removes from the count as of <paramref name="asOf"/>.</summary>
    public int PausedDays(DateOnly asOf)
    {
        var last = End is { } end && end < asOf ? end : asOf;
        return Math.Max(0, last.DayNumber - Start.DayNumber);
    }
}
