using System.Text.Json;

namespace PcfCert.Certification.Calendar;

/// <summary>One year of holiday-cn data: the listed days and the State Council notices behind them.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Papers">URLs of the notices the data was scraped from; empty when none is published.</param>
/// <param name="Days">Listed dates: true = day off, false = adjusted working day.</param>
public sealed record HolidayFile(int Year, IReadOnlyList<string> Papers, IReadOnlyDictionary<DateOnly, bool> Days)
{
    /// <summary>
    /// A year counts as published only when a notice backs it; holiday-cn ships an empty placeholder
    /// for the next year before the State Council publishes it.
    /// </summary>
    public bool IsPublished => Papers.Count > 0;

    /// <summary>Parses a holiday-cn file (<c>{ year, papers, days: [{ date, isOffDay }] }</c>).</summary>
    /// <param name="json">The file text.</param>
    /// <exception cref="FormatException">The text is not a holiday-cn file.</exception>
    public static HolidayFile Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var year = root.GetProperty("year").GetInt32();
            var papers = root.GetProperty("papers").EnumerateArray().Select(p => p.GetString() ?? "").ToList();
            var days = new Dictionary<DateOnly, bool>();
            foreach (var day in root.GetProperty("days").EnumerateArray())
            {
                var date = DateOnly.ParseExact(day.GetProperty("date").GetString() ?? "", "yyyy-MM-dd");
                days[date] = day.GetProperty("isOffDay").GetBoolean();
            }

            return new HolidayFile(year, papers, days);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"Not a holiday-cn file: {e.Message}", e);
        }
    }
}
