using System.Globalization;
using PcfCert.Certification.Calendar;

namespace PcfCert.Web.Features.Certificates;

/// <summary>
/// Operator command of the web host: <c>duties --as-of yyyy-MM-dd [--confirm-future]</c> runs the scheduled duties
/// (expiry, lapsed suspension → revocation, overdue rectification of initial inspections and surveillances, due
/// surveillance, re-certification reminders, application deadline notices, then the notices' mail) once, as the scheduler would on that day, against
/// the configured database, and exits. It calls <see cref="CertificateDutiesWorker.RunOnceAsync"/>, the scheduler's own
/// code, with a clock fixed at noon China time of that day. A day after today changes the database as if that day
/// had come, so it needs <c>--confirm-future</c> (meant for a staging copy).
/// </summary>
public static class DutiesCommand
{
    private const string Usage = "usage: duties --as-of yyyy-MM-dd [--confirm-future]";

    public static bool Matches(string[] args) => args is ["duties", ..];

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, string[] args, CancellationToken ct = default)
    {
        if (args is not ["duties", "--as-of", var day, .. var rest] || rest is not ([] or ["--confirm-future"]))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
        {
            await output.WriteLineAsync($"--as-of: '{day}' is not a date (yyyy-MM-dd)");
            return 2;
        }
        var today = ChinaToday.From(services.GetRequiredService<TimeProvider>());
        if (asOf > today && rest is [])
        {
            await output.WriteLineAsync($"{asOf:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}): the run would change this database as if that day had come. "
                + "Run it on a staging copy and add --confirm-future.");
            return 2;
        }
        using var scope = services.CreateScope();
        var (report, deadlines, mailed) = await CertificateDutiesWorker.RunOnceAsync(scope.ServiceProvider, new FixedClock(asOf), ct);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Duties as of {asOf:yyyy-MM-dd}: {report.Applied} applied, {report.SkippedAsDone} already done, {deadlines} deadline notices raised, {mailed} notices mailed."));
        return 0;
    }

    /// <summary>A clock standing still at noon (China time) of one day.</summary>
    private sealed class FixedClock(DateOnly day) : TimeProvider
    {
        private readonly DateTimeOffset _now = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), ChinaToday.Offset).ToUniversalTime();

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
