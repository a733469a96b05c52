using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PcfCert.Web.Features.Pact;

/// <summary>
/// The ListFootprints / RequestCreatedEvent criteria (PACT v3 §filtering): values of one criterion are OR-ed, criteria
/// are AND-ed, text matches ignore case. Validity: start ≤ validOn ≤ end, start &gt; validAfter, end &lt; validBefore.
/// </summary>
public sealed record PactFilter(
    IReadOnlyList<string> ProductIds,
    IReadOnlyList<string> CompanyIds,
    IReadOnlyList<string> Geographies,
    IReadOnlyList<string> Classifications,
    DateTimeOffset? ValidOn,
    DateTimeOffset? ValidAfter,
    DateTimeOffset? ValidBefore,
    string? Status)
{
    public static (PactFilter? Filter, string? Error) FromQuery(IQueryCollection q)
    {
        IReadOnlyList<string> Many(string key) => q.Where(kv => kv.Key.Equals(key, StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value).Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
        return Build(Many("productId"), Many("companyId"), Many("geography"), Many("classification"),
            Many("validOn").FirstOrDefault(), Many("validAfter").FirstOrDefault(), Many("validBefore").FirstOrDefault(), Many("status").FirstOrDefault());
    }

    public static (PactFilter? Filter, string? Error) FromEventData(JsonElement data)
    {
        IReadOnlyList<string> Many(string key) => !data.TryGetProperty(key, out var v) ? []
            : v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : v.ValueKind == JsonValueKind.String ? [v.GetString()!] : [];
        return Build(Many("productId"), Many("companyId"), Many("geography"), Many("classification"),
            Many("validOn").FirstOrDefault(), Many("validAfter").FirstOrDefault(), Many("validBefore").FirstOrDefault(), Many("status").FirstOrDefault());
    }

    private static (PactFilter?, string?) Build(IReadOnlyList<string> products, IReadOnlyList<string> companies, IReadOnlyList<string> geographies,
        IReadOnlyList<string> classifications, string? validOn, string? validAfter, string? validBefore, string? status)
    {
        DateTimeOffset? on = null, after = null, before = null;
        foreach (var (name, text) in new[] { ("validOn", validOn), ("validAfter", validAfter), ("validBefore", validBefore) })
        {
            if (text is null)
            {
                continue;
            }
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            {
                return (null, $"{name} must be an RFC 3339 date-time, e.g. 2026-01-01T00:00:00Z.");
            }
            switch (name)
            {
                case "validOn": on = value; break;
                case "validAfter": after = value; break;
                default: before = value; break;
            }
        }
        return (new PactFilter(products, companies, geographies, classifications, on, after, before, status), null);
    }

    public bool Matches(JsonObject footprint)
    {
        static IEnumerable<string> Strings(JsonNode? node) => node is JsonArray a ? a.Select(x => x?.GetValue<string>() ?? "") : [];
        static bool Any(IReadOnlyList<string> wanted, IEnumerable<string> have) =>
            wanted.Count == 0 || have.Any(h => wanted.Any(w => w.Equals(h, StringComparison.OrdinalIgnoreCase)));
        var pcf = footprint["pcf"]!.AsObject();
        var geography = new[] { "geographyCountry", "geographyRegionOrSubregion", "geographyCountrySubdivision" }
            .Select(k => pcf[k]?.GetValue<string>()).Where(v => v is not null).Select(v => v!);
        var start = DateTimeOffset.Parse(footprint["validityPeriodStart"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var end = DateTimeOffset.Parse(footprint["validityPeriodEnd"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        return Any(ProductIds, Strings(footprint["productIds"]))
            && Any(CompanyIds, Strings(footprint["companyIds"]))
            && Any(Geographies, geography)
            && Any(Classifications, Strings(footprint["productClassifications"]))
            && (ValidOn is not { } on || (start <= on && on <= end))
            && (ValidAfter is not { } after || start > after)
            && (ValidBefore is not { } before || end < before)
            && (Status is null || Status.Equals(footprint["status"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase));
    }
}
