namespace PcfCert.Web.Features.Notifications;

/// <summary>Raises deadline notices and mails the outbox at start-up and on an interval, in every app instance.</summary>
public sealed class NotificationWorker(IServiceScopeFactory scopes, NotificationOptions options, ILogger<NotificationWorker> log) : BackgroundService
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
                var raised = await scope.ServiceProvider.GetRequiredService<RaiseDeadlineNotices>().Handle(stoppingToken);
                var mailed = await scope.ServiceProvider.GetRequiredService<MailNotifications>().Handle(stoppingToken);
                if (raised + mailed > 0)
                {
                    log.LogInformation("Notifications: {Raised} deadline notices raised, {Mailed} mailed", raised, mailed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Notification duties failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
