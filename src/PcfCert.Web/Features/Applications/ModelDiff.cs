using System.Text.Json;

namespace PcfCert.Web.Features.Applications;

/// <summary>Line-by-line difference of two model documents, keyed by JSON pointer, with the effect on the result.</summary>
public static class ModelDiff
{
    public sealed record Line(string Path, string? Before, string? After)
    {
        public string Kind => Before is null ? "added" : After is null ? "removed" : "changed";
    }

    public static IReadOnlyList<Line> Compare(string beforeJson, string afterJson)
    {
        var before = Flatten(beforeJson);
        var after = Flatten(afterJson);
        return before.Keys.Union(after.Keys)
            .Select(k => new Line(k, before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .Where(l => l.Before != l.After)
            .OrderBy(l => l.Path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Per-process contributions (kg CO2e per declared unit) from a result document.</summary>
    public static IReadOnlyDictionary<string, double> ByProcess(string resultJson)
    {
        using var doc = JsonDocument.Parse(resultJson);
        return doc.RootElement.TryGetProperty("byProcess", out var list)
            ? list.EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("kgCO2e").GetDouble())
            : new Dictionary<string, double>();
    }

    public static double Total(string resultJson)
    {
        using var doc = JsonDocument.Parse(resultJson);
        return doc.RootElement.GetProperty("totalKgCO2e").GetDouble();
    }

    private static Dictionary<string, string> Flatten(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(doc.RootElement, string.Empty, map);
        return map;
    }

    private static void Walk(JsonElement e, string path, Dictionary<string, string> map)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Walk(p.Value, path + "/" + p.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal), map);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item, path + "/" + i++, map);
                }
                break;
            default:
                map[path.Length == 0 ? "/" : path] = e.GetRawText();
                break;
        }
    }
}
