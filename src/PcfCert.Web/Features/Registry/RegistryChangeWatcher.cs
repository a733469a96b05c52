using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Infrastructure.Registry;

namespace PcfCert.Web.Features.Registry;

/// <summary>Polls <c>MAX(registry_changes.Seq)</c> (one index read) and clears <see cref="RegistryCache"/> when it moved.</summary>
public sealed class RegistryChangeWatcher(IServiceScopeFactory scopes, RegistryCache cache, IConfiguration configuration, ILogger<RegistryChangeWatcher> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(configuration.GetValue("Registry:Cache:PollMilliseconds", 250));
        long? last = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
                var seq = await db.Set<RegistryChange>().MaxAsync(c => (long?)c.Seq, stoppingToken) ?? 0;
                if (last != seq)
                {
                    cache.Clear();
                    last = seq;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Cannot tell whether something changed: serve nothing stale.
                cache.Clear();
                last = null;
                log.LogWarning(e, "Registry change poll failed; the cache was cleared");
            }
            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
