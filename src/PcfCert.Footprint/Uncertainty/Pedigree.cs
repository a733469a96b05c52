using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Uncertainty;

/// <summary>
/// Data-quality ratings turned into a lognormal uncertainty by the pedigree approach (Weidema and Wesnæs 1996), with
/// the empirically based uncertainty factors of Ciroth, Muller, Weidema and Lesage, "Empirically based uncertainty
/// factors for the pedigree matrix in ecoinvent", Int J LCA 21 (2016) 1338–1348, doi:10.1007/s11367-013-0670-5 — the
/// factors openLCA ships as its "Ciroth Muller Weidema Lesage" data-quality system and Brightway's pedigree module
/// uses. Each factor U contributes to the 95 % dispersion GSD²; σ = ½ √(Σ ln² U), gsd = e^σ. The model's rating
/// (ter, ger, tir, p) maps to further technological correlation, geographical correlation, temporal correlation and
/// reliability; completeness is not rated (factor 1) and no basic uncertainty is added, so this is a lower bound.
/// A rating between two scores interpolates ln U linearly.
/// </summary>
public static class Pedigree
{
    private static readonly double[] Reliability = [1.0, 1.54, 1.61, 1.69, 1.69];
    private static readonly double[] Temporal = [1.0, 1.03, 1.1, 1.19, 1.29];
    private static readonly double[] Geographical = [1.0, 1.04, 1.08, 1.11, 1.11];
    private static readonly double[] Technological = [1.0, 1.18, 1.65, 2.08, 2.8];

    /// <summary>σ of ln(value) for a rating.</summary>
    /// <param name="dqr">The rating, each score 1–5.</param>
    public static double Sigma(DataQuality dqr)
    {
        ArgumentNullException.ThrowIfNull(dqr);
        var sum = Square(Technological, dqr.Ter) + Square(Geographical, dqr.Ger) + Square(Temporal, dqr.Tir) + Square(Reliability, dqr.P);
        return Math.Sqrt(sum) / 2;
    }

    /// <summary>The lognormal distribution of a rating (gsd = e^σ); null when every score is 1 (no dispersion).</summary>
    /// <param name="dqr">The rating.</param>
    public static UncertaintySpec? Lognormal(DataQuality dqr)
    {
        var sigma = Sigma(dqr);
        return sigma == 0 ? null : new UncertaintySpec(DistributionKind.Lognormal, Gsd: Math.Exp(sigma));
    }

    private static double Square(double[] factors, double score)
    {
        var s = Math.Clamp(score, 1, 5) - 1;
        var lo = (int)Math.Floor(s);
        var hi = Math.Min(lo + 1, 4);
        var ln = Math.Log(factors[lo]) + (s - lo) * (Math.Log(factors[hi]) - Math.Log(factors[lo]));
        return ln * ln;
    }
}
