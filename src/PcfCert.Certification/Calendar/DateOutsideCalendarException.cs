namespace PcfCert.Certification.Calendar;

/// <summary>
/// Raised when a working-day question is asked about a date in a year whose holiday notice the
/// calendar does not hold. Guessing "no holidays" there would give wrong deadlines, so it is an error.
/// </summary>
public sealed class DateOutsideCalendarException : Exception
{
    /// <summary>Creates the error for <paramref name="date"/>.</summary>
    /// <param name="date">The date that was asked about.</param>
    /// <param name="knownYears">The years the calendar holds.</param>
    public DateOutsideCalendarException(DateOnly date, IReadOnlyCollection<int> knownYears)
        : base($"The working calendar has no holiday data for {date:yyyy-MM-dd}; known years: {string.Join(", ", knownYears)}.")
    {
        Date = date;
        KnownYears = knownYears;
    }

    /// <summary>The date that was asked about.</summary>
    public DateOnly Date { get; }

    /// <summary>The years the calendar holds.</summary>
    public IReadOnlyCollection<int> KnownYears { get; }
}
