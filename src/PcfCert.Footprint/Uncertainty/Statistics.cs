namespace PcfCert.Footprint.Uncertainty;

/// <summary>Sample statistics of Monte Carlo totals.</summary>
internal static class Statistics
{
    /// <summary>Percentile by linear interpolation between order statistics (Hyndman–Fan type 7, numpy default).</summary>
    public static double Percentile(double[] sorted, double q)
    {
        if (sorted.Length == 1) return sorted[0];
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public static (double Mean, double Sd) MeanSd(double[] values)
    {
        double mean = 0;
        foreach (var v in values) mean += v;
        mean /= values.Length;
        double ss = 0;
        foreach (var v in values) ss += (v - mean) * (v - mean);
        return (mean, values.Length > 1 ? Math.Sqrt(ss / (values.Length - 1)) : 0);
    }
}
