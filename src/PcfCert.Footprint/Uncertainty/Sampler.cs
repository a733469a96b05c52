using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Uncertainty;

/// <summary>
/// Draws a multiplier (sample / stated value) for one uncertain quantity. The stated value is the median of a
/// lognormal (geometric mean, as in ecoinvent and Brightway), so the multiplier is exp(ln(gsd)·z);
/// normal, triangular and uniform parameters are in the unit of the stated value.
/// </summary>
internal static class Sampler
{
    public static double Multiplier(UncertaintySpec u, double stated, Xoshiro256StarStar rng) => u.Distribution switch
    {
        DistributionKind.Lognormal => Math.Exp(Math.Log(u.Gsd!.Value) * rng.NextNormal()),
        DistributionKind.Normal => (stated + u.Sd!.Value * rng.NextNormal()) / stated,
        DistributionKind.Triangular => Triangular(u.Min!.Value, u.Mode!.Value, u.Max!.Value, rng.NextDouble()) / stated,
        _ => (u.Min!.Value + (u.Max!.Value - u.Min.Value) * rng.NextDouble()) / stated,
    };

    /// <summary>Inverse CDF of the triangular distribution.</summary>
    public static double Triangular(double a, double c, double b, double p) =>
        p < (c - a) / (b - a)
            ? a + Math.Sqrt(p * (b - a) * (c - a))
            : b - Math.Sqrt((1 - p) * (b - a) * (b - c));
}
