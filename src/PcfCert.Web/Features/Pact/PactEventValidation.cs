using System.Globalization;
using System.Text.Json;

namespace PcfCert.Web.Features.Pact;

/// <summary>
/// Checks an incoming CloudEvent against the PACT v3.0 event schemas (BaseEvent and the four event types): a host
/// "MUST validate the event and return an HTTP 4xx status code if the event is invalid" (PACT v3 Action Events).
/// Returns the reason, or null when the event is valid.
/// </summary>
public static class PactEventValidation
{
    public static string? Problem(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return "The body must be a CloudEvent object.";
        }
        if (Text(e, "specversion") != "1.0" || Text(e, "id") is not { Length: > 0 } || Text(e, "source") is not { Length: > 0 }
            || Text(e, "type") is not { } type || !e.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return "A CloudEvent needs specversion 1.0, id, source, type, time and a data object.";
        }
        if (Text(e, "time") is not { } time || !DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return "time must be an RFC 3339 date-time, e.g. 2026-01-01T00:00:00Z.";
        }
        return type switch
        {
            PactEvents.Published => PublishedProblem(data),
            PactEvents.RequestFulfilled => Text(data, "requestEventId") is null ? "data.requestEventId is required."
                : !data.TryGetProperty("pfs", out var pfs) || pfs.ValueKind != JsonValueKind.Array || pfs.GetArrayLength() == 0
                  || pfs.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.Object) ? "data.pfs must be a non-empty list of ProductFootprints." : null,
            PactEvents.RequestRejected => Text(data, "requestEventId") is null ? "data.requestEventId is required."
                : !data.TryGetProperty("error", out var error) || Text(error, "code") is null || Text(error, "message") is null
                    ? "data.error needs a code and a message." : null,
            PactEvents.RequestCreated => null,
            _ => $"Unknown event type '{type}'.",
        };
    }

    /// <summary>PublishedEvent: <c>data.pfIds</c> is a non-empty list of footprint ids (UUIDs).</summary>
    private static string? PublishedProblem(JsonElement data) =>
        !data.TryGetProperty("pfIds", out var ids) || ids.ValueKind != JsonValueKind.Array || ids.GetArrayLength() == 0
            || ids.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String || !Guid.TryParseExact(x.GetString(), "D", out _))
            ? "data.pfIds must be a non-empty list of ProductFootprint ids (UUIDs)." : null;

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
