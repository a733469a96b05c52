using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.ApiClients;
using PcfCert.Infrastructure.Pact;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.ApiClients;

namespace PcfCert.Web.Features.Pact;

/// <summary>
/// The PACT v3 host API under <c>/pact</c>: <c>/pact/auth/token</c> (see <see cref="ApiClientsApi"/>),
/// <c>GET /pact/3/footprints</c>, <c>GET /pact/3/footprints/{id}</c>, <c>POST /pact/3/events</c>. Clients with the
/// <c>pact</c> scope only, over HTTPS; errors are PACT error objects.
/// </summary>
public static class PactApi
{
    public const int DefaultLimit = 100;

    public static IEndpointRouteBuilder MapPactApi(this IEndpointRouteBuilder app)
    {
        var v3 = app.MapGroup("/pact/3").WithTags("PACT").RequireAuthorization(ApiClientRegistration.BearerOnly).DisableAntiforgery();
        v3.MapGet("/footprints", ListFootprints).WithSummary("ListFootprints: filters productId, companyId, geography, classification, validOn, validAfter, validBefore, status; limit with a Link rel=next.");
        v3.MapGet("/footprints/{id}", GetFootprint).WithSummary("GetFootprint: one footprint by its id (Deprecated ones too).");
        v3.MapPost("/events", ReceiveEvent).WithSummary("Events: RequestCreated (answered later with RequestFulfilled or RequestRejected at the client's events URL), RequestFulfilled, RequestRejected, Published.");
        return app;
    }

    private static async Task<IResult> ListFootprints(HttpContext http, PcfCertDbContext db, CancellationToken ct)
    {
        if (await ClientAsync(http, db, ct) is not { } client)
        {
            return PactErrors.Result(StatusCodes.Status403Forbidden, PactErrors.AccessDenied("Unknown client."));
        }
        var (filter, error) = PactFilter.FromQuery(http.Request.Query);
        if (filter is null)
        {
            return PactErrors.Result(StatusCodes.Status400BadRequest, PactErrors.BadRequest(error!));
        }
        if (!TryInt(http.Request.Query["limit"], DefaultLimit, 1, out var limit) || !TryInt(http.Request.Query["offset"], 0, 0, out var offset))
        {
            return PactErrors.Result(StatusCodes.Status400BadRequest, PactErrors.BadRequest("limit must be a whole number ≥ 1 and offset ≥ 0."));
        }
        var matching = (await PactAccess.DocumentsAsync(db, client, ct)).Where(filter.Matches).ToList();
        var page = matching.Skip(offset).Take(limit).ToList();
        if (offset + page.Count < matching.Count)
        {
            http.Response.Headers.Link = $"<{NextLink(http.Request, limit, offset + page.Count)}>; rel=\"next\"";
        }
        return Results.Json(new JsonObject { ["data"] = new JsonArray([.. page]) });
    }

    private static async Task<IResult> GetFootprint(string id, HttpContext http, PcfCertDbContext db, CancellationToken ct)
    {
        if (await ClientAsync(http, db, ct) is not { } client)
        {
            return PactErrors.Result(StatusCodes.Status403Forbidden, PactErrors.AccessDenied("Unknown client."));
        }
        var notFound = PactErrors.Result(StatusCodes.Status404NotFound, PactErrors.NotFound($"Footprint with ID '{id}' does not exist."));
        if (!Guid.TryParse(id, out var pfId))
        {
            return notFound;
        }
        var document = await PactAccess.Visible(db, client).Where(f => f.Id == pfId).Select(f => f.Document).SingleOrDefaultAsync(ct);
        if (document is not null)
        {
            return Results.Json(new JsonObject { ["data"] = JsonNode.Parse(document) });
        }
        // PACT: a footprint that exists but is not shared with this client is 403, not 404.
        return await db.Set<PactFootprint>().AnyAsync(f => f.Id == pfId, ct)
            ? PactErrors.Result(StatusCodes.Status403Forbidden, PactErrors.AccessDenied("The footprint is not shared with this client."))
            : notFound;
    }

    private static async Task<IResult> ReceiveEvent(HttpContext http, PcfCertDbContext db, PactEvents events, TimeProvider time, CancellationToken ct)
    {
        if (await ClientAsync(http, db, ct) is not { } client)
        {
            return PactErrors.Result(StatusCodes.Status403Forbidden, PactErrors.AccessDenied("Unknown client."));
        }
        JsonElement e;
        try
        {
            e = (await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: ct)).Clone();
        }
        catch (JsonException)
        {
            return Bad("The body must be a CloudEvent in JSON (application/cloudevents+json).");
        }
        if (PactEventValidation.Problem(e) is { } problem)
        {
            return Bad(problem);
        }
        var (eventId, source, type, data) = (Text(e, "id")!, Text(e, "source")!, Text(e, "type")!, e.GetProperty("data"));
        if (type == PactEvents.RequestCreated && client.CallbackUrl is null)
        {
            return Bad("This client has no events URL registered, so the request could not be answered.");
        }
        PactFilter? filter = null;
        if (type == PactEvents.RequestCreated)
        {
            var (parsed, error) = PactFilter.FromEventData(data);
            if (parsed is null)
            {
                return Bad(error!);
            }
            filter = parsed;
        }
        db.Add(new PactEvent
        {
            Id = Guid.NewGuid(), Direction = "In", Type = type, EventId = eventId, Source = source, ApiClientId = client.Id,
            Time = time.GetUtcNow(), Body = e.GetRawText(), ConcurrencyStamp = Guid.NewGuid(),
        });
        if (filter is not null)
        {
            var found = (await PactAccess.DocumentsAsync(db, client, ct)).Where(filter.Matches).ToList();
            events.Queue(client, found.Count > 0 ? PactEvents.RequestFulfilled : PactEvents.RequestRejected, found.Count > 0
                ? new JsonObject { ["requestEventId"] = eventId, ["pfs"] = new JsonArray([.. found]) }
                : new JsonObject { ["requestEventId"] = eventId, ["error"] = new JsonObject { ["code"] = "NotFound", ["message"] = "No footprint shared with this client matches the request." } });
        }
        await db.SaveChangesAsync(ct);
        return Results.Ok();
    }

    private static IResult Bad(string message) => PactErrors.Result(StatusCodes.Status400BadRequest, PactErrors.BadRequest(message));

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static Task<ApiClient?> ClientAsync(HttpContext http, PcfCertDbContext db, CancellationToken ct)
    {
        var clientId = http.User.FindFirst(ApiBearerHandler.ClientClaim)?.Value;
        return db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, ct);
    }

    private static bool TryInt(string? text, int fallback, int min, out int value)
    {
        value = fallback;
        return string.IsNullOrEmpty(text) || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min);
    }

    /// <summary>An absolute link on the request's own host, keeping the filters.</summary>
    private static string NextLink(HttpRequest request, int limit, int offset)
    {
        var query = request.Query.Where(kv => kv.Key is not ("limit" or "offset"))
            .SelectMany(kv => kv.Value.Select(v => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"limit={limit}").Append($"offset={offset}");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{string.Join('&', query)}";
    }
}
