using System.Reflection;

namespace PcfCert.Certification.Calendar;

/// <summary>
/// The mainland-China working calendar: Monday to Friday, minus statutory holidays, plus the
/// weekend days the State Council notice turns into working days (调休). Immutable and thread-safe.
/// </summary>
public sealed class ChineseWorkingCalendar : IWorkingCalendar
{
    private const string ResourcePrefix = "PcfCert.Certification.Calendar.Data.holiday-cn-";

    private static readonly Lazy<ChineseWorkingCalendar> Embedded = new(LoadEmbedded);

    private readonly Dictionary<DateOnly, bool> _listedDays = new();
    private readonly HashSet<int> _knownYears;

    /// <summary>Builds a calendar from holiday files; years without a published notice are left out.</summary>
    /// <param name="files">One file per year.</param>
    public ChineseWorkingCalendar(IEnumerable<HolidayFile> files)
    {
        var published = files.Where(f => f.IsPublished).ToList();
        _knownYears = published.Select(f => f.Year).ToHashSet();
        KnownYears = _knownYears.Order().ToList();
        Sources = published.ToDictionary(f => f.Year, f => f.Papers);
        foreach (var file in published)
        {
            foreach (var (date, isOffDay) in file.Days)
            {
                _listedDays[date] = isOffDay;
            }
        }
    }

    /// <summary>The calendar built from the holiday files embedded in this assembly (2024–2026 today).</summary>
    public static ChineseWorkingCalendar Default => Embedded.Value;

    /// <inheritdoc />
    public IReadOnlyList<int> KnownYears { get; }

    /// <summary>For each known year, the State Council notices its data comes from.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Sources { get; }

    /// <inheritdoc />
    public DayKind GetDayKind(DateOnly date)
    {
        if (!_knownYears.Contains(date.Year))
        {
            throw new DateOutsideCalendarException(date, KnownYears.ToList());
        }

        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (_listedDays.TryGetValue(date, out var isOffDay))
        {
            // A listed weekday that is "not off" is just a working day the notice mentions for context.
            return isOffDay ? DayKind.Holiday : weekend ? DayKind.AdjustedWorkingDay : DayKind.WorkingDay;
        }

        return weekend ? DayKind.Weekend : DayKind.WorkingDay;
    }

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly date) => GetDayKind(date) is DayKind.WorkingDay or DayKind.AdjustedWorkingDay;

    /// <inheritdoc />
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        var step = Math.Sign(workingDays);
        var remaining = Math.Abs(workingDays);
        var date = from;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <inheritdoc />
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -CountWorkingDays(to, from);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    private static ChineseWorkingCalendar LoadEmbedded()
    {
        var assembly = typeof(ChineseWorkingCalendar).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => HolidayFile.Parse(ReadResource(assembly, n)));
        return new ChineseWorkingCalendar(files);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
