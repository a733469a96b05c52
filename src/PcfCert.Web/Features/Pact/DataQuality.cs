using System.Text.Json;

namespace PcfCert.Web.Features.Pact;

/// <summary>
/// PACT data-quality fields from the result's per-dataset shares and the model's ratings: the technological,
/// geographical and temporal DQR are share-weighted means over the rated datasets (the same weighting as the product
/// DQR, docs/result-format.md); the primary-data share is the share of the processes' own data (kind "process").
/// </summary>
public sealed record DataQuality(double PrimaryShare, (double Ter, double Ger, double Tir)? Dqi, IReadOnlyList<string> SecondarySources)
{
    public static DataQuality From(JsonElement result, string? modelJson)
    {
        var datasets = result.TryGetProperty("dataQuality", out var q) && q.TryGetProperty("datasets", out var d)
            ? d.EnumerateArray().Select(x => (Kind: x.GetProperty("kind").GetString()!, Id: x.GetProperty("id").GetString()!, Share: x.GetProperty("share").GetDouble())).ToList()
            : [];
        var primary = datasets.Where(x => x.Kind == "process").Sum(x => x.Share);
        var ratings = new Dictionary<(string, string), (double Ter, double Ger, double Tir)>();
        var sources = new Dictionary<string, string>();
        if (modelJson is not null)
        {
            using var model = JsonDocument.Parse(modelJson);
            foreach (var (kind, list) in new[] { ("factor", "factors"), ("process", "processes") })
            {
                if (!model.RootElement.TryGetProperty(list, out var items))
                {
                    continue;
                }
                foreach (var item in items.EnumerateArray())
                {
                    var id = item.GetProperty("id").GetString()!;
                    if (item.TryGetProperty("dqr", out var r))
                    {
                        ratings[(kind, id)] = (r.GetProperty("ter").GetDouble(), r.GetProperty("ger").GetDouble(), r.GetProperty("tir").GetDouble());
                    }
                    if (kind == "factor" && item.TryGetProperty("source", out var s) && s.GetString() is { Length: > 0 } text)
                    {
                        sources[id] = text;
                    }
                }
            }
        }
        var rated = datasets.Where(x => ratings.ContainsKey((x.Kind, x.Id))).ToList();
        var weight = rated.Sum(x => x.Share);
        (double, double, double)? dqi = weight > 0
            ? (rated.Sum(x => x.Share * ratings[(x.Kind, x.Id)].Ter) / weight,
               rated.Sum(x => x.Share * ratings[(x.Kind, x.Id)].Ger) / weight,
               rated.Sum(x => x.Share * ratings[(x.Kind, x.Id)].Tir) / weight)
            : null;
        var used = datasets.Where(x => x.Kind == "factor" && sources.ContainsKey(x.Id)).Select(x => sources[x.Id]).Distinct().ToList();
        return new DataQuality(primary, dqi, used);
    }
}
