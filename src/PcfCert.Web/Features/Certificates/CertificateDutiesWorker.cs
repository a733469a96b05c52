namespace PcfCert.Web.Features.Certificates;

/// <summary>How often the certificate duties run; bound from <c>Certificates:Duties</c>.</summary>
public sealed class CertificateDutiesOptions
{
    public const string Section = "Certificates:Duties";

    public bool Enabled { get; set; } = true;

    public int IntervalSeconds { get; set; } = 300;
}

/// <summary>Runs <see cref="RunCertificateDuties"/> at start-up and then on an interval, in every app instance.</summary>
public sealed class CertificateDutiesWorker(IServiceScopeFactory scopes, CertificateDutiesOptions options, ILogger<CertificateDutiesWorker> log) : BackgroundService
{
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
                var report = await scope.ServiceProvider.GetRequiredService<RunCertificateDuties>().Handle(stoppingToken);
                if (report.Applied + report.SkippedAsDone > 0)
                {
                    log.LogInformation("Certificate duties: {Applied} applied, {Skipped} already done by another instance", report.Applied, report.SkippedAsDone);
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
