using System.Text.Json.Nodes;
using PcfCert.Infrastructure.ApiClients;
using PcfCert.Infrastructure.Pact;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Pact;

/// <summary>Builds the CloudEvents PcfCert sends and queues them in the outbox (<see cref="PactEvent"/>, Direction Out).</summary>
public sealed class PactEvents(PcfCertDbContext db, TimeProvider time, IHttpContextAccessor http, IConfiguration configuration)
{
    public const string Published = "org.wbcsd.pact.ProductFootprint.PublishedEvent.3";
    public const string RequestCreated = "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3";
    public const string RequestFulfilled = "org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3";
    public const string RequestRejected = "org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3";

    /// <summary>Queues a PublishedEvent for every client with an events URL that may read the footprints (saved by the caller).</summary>
    public async Task QueuePublishedAsync(Guid certificateId, Guid? holder, IReadOnlyList<Guid> pfIds, CancellationToken ct)
    {
        foreach (var client in await PactAccess.ReadersAsync(db, certificateId, holder, ct))
        {
            Queue(client, Published, new JsonObject { ["pfIds"] = new JsonArray([.. pfIds.Select(id => (JsonNode?)id.ToString())]) });
        }
    }

    /// <summary>Queues an event for one client's events URL (saved by the caller).</summary>
    public void Queue(ApiClient client, string type, JsonObject data)
    {
        var now = time.GetUtcNow();
        var id = Guid.NewGuid().ToString();
        var body = new JsonObject
        {
            ["type"] = type, ["specversion"] = "1.0", ["id"] = id, ["source"] = Source(), ["time"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["data"] = data,
        };
        db.Add(new PactEvent
        {
            Id = Guid.NewGuid(), Direction = "Out", Type = type, EventId = id, Source = Source(), ApiClientId = client.Id, Time = now,
            Body = body.ToJsonString(), Target = client.CallbackUrl!.TrimEnd('/') + "/3/events", NextAttemptAt = now, ConcurrencyStamp = Guid.NewGuid(),
        });
    }

    /// <summary>Our events endpoint, <c>//host/pact/3/events</c>: from the request, else <c>Pact:PublicBaseUrl</c>.</summary>
    private string Source()
    {
        if (http.HttpContext?.Request is { } request)
        {
            return $"//{request.Host}/pact/3/events";
        }
        var configured = configuration["Pact:PublicBaseUrl"] ?? configuration["Registry:PublicBaseUrl"] ?? "http://127.0.0.1:5080";
        return "//" + new Uri(configured).Authority + "/pact/3/events";
    }
}
