using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PcfCert.Web.Tests.Pact;

/// <summary>A data recipient's events endpoint on 127.0.0.1 (a real Kestrel listener) that keeps what it receives.</summary>
public sealed class EventReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, string ContentType, JsonElement Body)> _received = new();

    private EventReceiver(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<EventReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new EventReceiver(app);
        app.MapPost("/{**path}", async (HttpRequest request) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            receiver._received.Enqueue((request.Path, request.ContentType ?? "", body.Clone()));
            return Results.Ok();
        });
        await app.StartAsync();
        receiver.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return receiver;
    }

    /// <summary>Waits (at most 15 s) for an event that satisfies the condition.</summary>
    public async Task<(string Path, string ContentType, JsonElement Body)> WaitForAsync(Func<JsonElement, bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < until)
        {
            var hit = _received.FirstOrDefault(e => condition(e.Body));
            if (hit.Path is not null)
            {
                return hit;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("no matching event arrived within 15 s; received: " + string.Join(" | ", _received.Select(e => e.Body.GetRawText())));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
