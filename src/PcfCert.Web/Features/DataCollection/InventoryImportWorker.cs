namespace PcfCert.Web.Features.DataCollection;

/// <summary>
/// Runs imports one at a time in each app instance: those queued here, and those any instance abandoned (queued or
/// running with a heartbeat older than the lease: the instance died or stopped), found by a scan every few seconds.
/// An import runs only under its lease (<see cref="ImportLease"/>), renewed by a heartbeat while it runs; a taken-over
/// import starts again from its stored workbook (nothing was saved: the save is one transaction).
/// </summary>
public sealed class InventoryImportWorker(InventoryImportQueue queue, IServiceScopeFactory scopes, ImportLeaseOptions options, ILogger<InventoryImportWorker> log)
    : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Task.Run(() => ConsumeAsync(stoppingToken), stoppingToken), Task.Run(() => ScanAsync(stoppingToken), stoppingToken));

    private async Task ConsumeAsync(CancellationToken ct)
    {
        await foreach (var id in queue.ReadAllAsync(ct))
        {
            await RunAsync(id, takeOver: false, ct);
        }
    }

    private async Task ScanAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.ScanSeconds)));
        do
        {
            try
            {
                IReadOnlyList<Guid> abandoned;
                using (var scope = scopes.CreateScope())
                {
                    abandoned = await scope.ServiceProvider.GetRequiredService<ImportLease>().AbandonedAsync(ct);
                }
                foreach (var id in abandoned)
                {
                    await RunAsync(id, takeOver: true, ct);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Could not look for abandoned inventory imports");
            }
        }
        while (await timer.WaitForNextTickAsync(ct));
    }

    private async Task RunAsync(Guid id, bool takeOver, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        using var beating = CancellationTokenSource.CreateLinkedTokenSource(ct);
        Task heartbeat = Task.CompletedTask;
        try
        {
            using var scope = scopes.CreateScope();
            var claim = await scope.ServiceProvider.GetRequiredService<ImportLease>().TryTakeAsync(id, takeOver, ct);
            if (claim != ImportLease.Claim.Taken)
            {
                if (claim == ImportLease.Claim.Exhausted)
                {
                    log.LogWarning("Inventory import {Import} failed as interrupted: its instance stopped {Attempts} times", id, options.MaxAttempts);
                }
                return;
            }
            if (takeOver)
            {
                log.LogWarning("Inventory import {Import} taken over: its instance stopped beating", id);
            }
            heartbeat = BeatAsync(id, beating.Token);
            await scope.ServiceProvider.GetRequiredService<RunInventoryImport>().Handle(id, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Inventory import {Import} failed", id);
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<ImportLease>().FailAsync(id, "error", ct);
            }
            catch (Exception again) when (again is not OperationCanceledException)
            {
                log.LogError(again, "Inventory import {Import} could not be marked failed; another instance will take it over", id);
            }
        }
        finally
        {
            await beating.CancelAsync();
            await heartbeat;
            _gate.Release();
        }
    }

    private async Task BeatAsync(Guid id, CancellationToken ct)
    {
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.HeartbeatSeconds)));
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    if (!await scope.ServiceProvider.GetRequiredService<ImportLease>().RenewAsync(id, ct))
                    {
                        return; // finished, or taken over after a stall: the import's own save checks the lease
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "Heartbeat of inventory import {Import} failed; trying again", id);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
