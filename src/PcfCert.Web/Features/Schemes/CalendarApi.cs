using System.Globalization;
using PcfCert.Certification.Calendar;

namespace PcfCert.Web.Features.Schemes;

public static class CalendarApi
{
    public sealed record WorkingDayResult(string Date);

    private const int MaxDays = 1000;

    public static void MapCalendarApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/calendar").WithTags("Calendar")
            .MapGet("/working-days", (string? from, string? days, IWorkingCalendar calendar) => AddWorkingDays(from, days, calendar))
            .Produces<WorkingDayResult>()
            .ProducesValidationProblem()
            .WithSummary("The days-th working day after from (YYYY-MM-DD) on the Chinese calendar with statutory holidays and adjusted working days.");
    }

    // Parameters are bound as text so that bad input answers a ProblemDetails naming the parameter,
    // not the framework's generic binding failure.
    private static IResult AddWorkingDays(string? from, string? days, IWorkingCalendar calendar)
    {
        var errors = new Dictionary<string, string[]>();
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            errors["from"] = ["Required: a date in the form YYYY-MM-DD."];
        }

        if (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > MaxDays)
        {
            errors["days"] = [$"Required: a whole number of working days from 0 to {MaxDays}."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        try
        {
            return Results.Ok(new WorkingDayResult(calendar.AddWorkingDays(start, count).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        catch (DateOutsideCalendarException e)
        {
            var parameter = calendar.KnownYears.Contains(start.Year) ? "days" : "from";
            return Results.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [e.Message] });
        }
    }
}
