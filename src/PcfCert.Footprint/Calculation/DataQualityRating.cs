using PcfCert.Footprint.Results;

namespace PcfCert.Footprint.Calculation;

/// <summary>
/// Product DQR = Σ (|contribution| × dataset DQR) / Σ |contribution| over rated datasets; dataset DQR is the
/// mean of ter, ger, tir, p. Absolute values so that removals weigh by their size, not against emissions.
/// </summary>
internal static class DataQualityRating
{
    public static string Band(double dqr) => dqr switch
    {
        <= 1.5 => "excellent",
        <= 2.0 => "very good",
        <= 3.0 => "good",
        <= 4.0 => "fair",
        _ => "poor",
    };

    public static DataQualityResult Rate(CompiledModel model, double[] byDataset)
    {
        double all = byDataset.Sum(), rated = 0, weighted = 0;
        var list = new List<DatasetRating>();
        for (var d = 0; d < byDataset.Length; d++)
        {
            if (byDataset[d] == 0) continue;
            var ds = model.Datasets[d];
            var score = ds.Dqr?.Score;
            if (score is { } s) { rated += byDataset[d]; weighted += byDataset[d] * s; }
            list.Add(new DatasetRating(ds.Kind, ds.Id, score, all == 0 ? 0 : byDataset[d] / all));
        }
        // Ties by kind and id: List.Sort is not stable, and the order must not depend on the document's.
        list = list.OrderByDescending(r => r.Share).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        double? dqr = rated > 0 ? weighted / rated : null;
        return new DataQualityResult(dqr, dqr is { } q ? Band(q) : null, all == 0 ? 0 : (all - rated) / all, list);
    }
}
