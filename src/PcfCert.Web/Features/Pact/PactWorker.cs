using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PcfCert.Infrastructure.Pact;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Pact;

/// <summary>Settings of the PACT host (section <c>Pact</c>).</summary>
public sealed class PactOptions
{
    /// <summary>How often each instance reconciles footprints with certificates.</summary>
    public int SyncIntervalSeconds { get; set; } = 10;

    /// <summary>How often each instance delivers queued events.</summary>
    public int DeliveryIntervalMilliseconds { get; set; } = 2000;

    public bool Enabled { get; set; } = true;
}

/// <summary>Runs <see cref="PublishPactFootprints"/> and delivers the event outbox, in every instance.</summary>
public sealed class PactWorker(IServiceScopeFactory scopes, IOptions<PactOptions> options, ILogger<PactWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        var lastSync = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                if (DateTimeOffset.UtcNow - lastSync >= TimeSpan.FromSeconds(options.Value.SyncIntervalSeconds))
                {
                    lastSync = DateTimeOffset.UtcNow;
                    await scope.ServiceProvider.GetRequiredService<PublishPactFootprints>().Handle(stoppingToken);
                }
                await scope.ServiceProvider.GetRequiredService<DeliverPactEvents>().Handle(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "PACT run failed; it is retried");
            }
            try
            {
                await Task.Delay(options.Value.DeliveryIntervalMilliseconds, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

/// <summary>
/// POSTs due outbox events to the clients' events URLs. An event is claimed first (its stamp changes), so two
/// instances do not both send it; a failure is retried after 2^attempts seconds (at most an hour), for 72 hours.
/// </summary>
public sealed class DeliverPactEvents(PcfCertDbContext db, IHttpClientFactory clients, TimeProvider time, ILogger<DeliverPactEvents> log)
{
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(72);

    public async Task<int> Handle(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // The time test runs here, not in SQL: SQLite cannot compare or order DateTimeOffset values. Pending events are few.
        var due = (await db.Set<PactEvent>().Where(e => e.Direction == "Out" && e.DeliveredAt == null && e.AbandonedAt == null).ToListAsync(ct))
            .Where(e => e.NextAttemptAt <= now).OrderBy(e => e.NextAttemptAt).Take(20).ToList();
        var sent = 0;
        foreach (var e in due)
        {
            e.NextAttemptAt = now.AddMinutes(1);
            e.ConcurrencyStamp = Guid.NewGuid();
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.Entry(e).State = EntityState.Detached;
                continue;
            }
            string? error = null;
            try
            {
                using var content = new StringContent(e.Body, Encoding.UTF8, "application/cloudevents+json");
                using var response = await clients.CreateClient("pact-events").PostAsync(e.Target, content, ct);
                error = response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException x)
            {
                error = x.Message;
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                error = "timeout";
            }
            now = time.GetUtcNow();
            e.Attempts++;
            e.ConcurrencyStamp = Guid.NewGuid();
            if (error is null)
            {
                e.DeliveredAt = now;
                sent++;
            }
            else
            {
                e.LastError = error.Length > 500 ? error[..500] : error;
                e.NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, e.Attempts)));
                if (now - e.Time > GiveUpAfter)
                {
                    e.AbandonedAt = now;
                }
                log.LogInformation("PACT event {Event} to {Target} failed ({Error}); attempt {Attempts}", e.EventId, e.Target, error, e.Attempts);
            }
            await db.SaveChangesAsync(ct);
        }
        return sent;
    }
}
