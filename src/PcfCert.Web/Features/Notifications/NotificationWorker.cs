namespace PcfCert.Web.Features.Notifications;

/// <summary>
/// Mails the outbox at start-up and on an interval, in every app instance. Deadline notices are raised by the scheduled
/// duties (<see cref="Certificates.CertificateDutiesWorker.RunOnceAsync"/>), so <c>duties --as-of</c> raises them too.
/// </summary>
public sealed class NotificationWorker(IServiceScopeFactory scopes, NotificationOptions options, ILogger<NotificationWorker> log) : BackgroundService
{
    private static readonly Func<IServiceProvider, CancellationToken, Task<int>>[] Duties =
    [
        (sp, ct) => sp.GetRequiredService<MailNotifications>().Handle(ct),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.IntervalSeconds)));
        do
        {
            // Each duty on its own: a failing deadline run must not hold back the mail of the steps.
            foreach (var duty in Duties)
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    var count = await duty(scope.ServiceProvider, stoppingToken);
                    if (count > 0)
                    {
                        log.LogInformation("Notification duty: {Count} done", count);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "A notification duty failed; retrying at the next interval");
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
