namespace PcfCert.Web.Features.Certificates;

/// <summary>How often the certificate duties run; bound from <c>Certificates:Duties</c>.</summary>
public sealed class CertificateDutiesOptions
{
    public const string Section = "Certificates:Duties";

    public bool Enabled { get; set; } = true;

    public int IntervalSeconds { get; set; } = 300;
}

/// <summary>What one run of the scheduled duties did.</summary>
/// <param name="Report">Certificate duties applied, and those another instance had already done.</param>
/// <param name="DeadlineNotices">Application deadline notices raised (<see cref="Notifications.RaiseDeadlineNotices"/>).</param>
/// <param name="Mailed">Certificate notices mailed.</param>
public sealed record DutiesRun(RunCertificateDuties.Report Report, int DeadlineNotices, int Mailed);

/// <summary>
/// Runs <see cref="RunCertificateDuties"/>, <see cref="Notifications.RaiseDeadlineNotices"/> and then
/// <see cref="MailCertificateNotices"/> at start-up and on an interval, in every app instance.
/// </summary>
public sealed class CertificateDutiesWorker(IServiceScopeFactory scopes, CertificateDutiesOptions options, TimeProvider time, ILogger<CertificateDutiesWorker> log) : BackgroundService
{
    /// <summary>
    /// One run of the scheduled duties on <paramref name="clock"/>'s date: the certificate duties, the application
    /// deadline notices (due within <c>Notifications:DeadlineDaysBefore</c> days of that date), then the certificate
    /// notices' mail. The scheduler calls it with the app's clock; the operator command <c>duties --as-of</c>
    /// (<see cref="DutiesCommand"/>) with a fixed day.
    /// </summary>
    public static async Task<DutiesRun> RunOnceAsync(IServiceProvider scoped, TimeProvider clock, CancellationToken ct)
    {
        var report = await ActivatorUtilities.CreateInstance<RunCertificateDuties>(scoped, clock).Handle(ct);
        var deadlines = await ActivatorUtilities.CreateInstance<Notifications.RaiseDeadlineNotices>(scoped, clock).Handle(ct);
        // Notices raised by the duties above or by a use case since the last run (suspension, footprint rule).
        var mailed = await ActivatorUtilities.CreateInstance<MailCertificateNotices>(scoped, clock).Handle(ct);
        return new DutiesRun(report, deadlines, mailed);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.IntervalSeconds)));
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var (report, deadlines, mailed) = await RunOnceAsync(scope.ServiceProvider, time, stoppingToken);
                if (report.Applied + report.SkippedAsDone > 0)
                {
                    log.LogInformation("Certificate duties: {Applied} applied, {Skipped} already done by another instance", report.Applied, report.SkippedAsDone);
                }
                if (deadlines > 0)
                {
                    log.LogInformation("Deadline notices raised: {Raised}", deadlines);
                }
                if (mailed > 0)
                {
                    log.LogInformation("Certificate notices mailed: {Mailed}", mailed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Certificate duties failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
