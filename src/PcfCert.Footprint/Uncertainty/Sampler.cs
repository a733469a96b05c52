using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Uncertainty;

/// <summary>
/// Draws multipliers (sample / stated value) for uncertain quantities. The stated value is the median of a
/// lognormal (geometric mean, as in ecoinvent and Brightway), so the multiplier is exp(ln(gsd)·z);
/// normal, triangular and uniform parameters are in the unit of the stated value. Parameters are unpacked
/// once into arrays because the Monte Carlo loop draws them millions of times.
/// </summary>
internal sealed class Sampler
{
    private readonly DistributionKind[] _kind;
    private readonly double[] _a, _b, _c, _inverseStated;

    public Sampler(IReadOnlyList<(UncertaintySpec Spec, double Stated)> parameters)
    {
        var n = parameters.Count;
        _kind = new DistributionKind[n];
        _a = new double[n]; _b = new double[n]; _c = new double[n]; _inverseStated = new double[n];
        for (var k = 0; k < n; k++)
        {
            var (u, stated) = parameters[k];
            _kind[k] = u.Distribution;
            _inverseStated[k] = stated == 0 ? 0 : 1 / stated;
            (_a[k], _b[k], _c[k]) = u.Distribution switch
            {
                DistributionKind.Lognormal => (Math.Log(u.Gsd!.Value), 0, 0),
                DistributionKind.Normal => (stated, u.Sd!.Value, 0),
                DistributionKind.Triangular => (u.Min!.Value, u.Mode!.Value, u.Max!.Value),
                _ => (u.Min!.Value, u.Max!.Value, 0),
            };
        }
    }

    /// <summary>Fills <paramref name="m"/> with one multiplier per parameter, in parameter order.</summary>
    public void Draw(Xoshiro256StarStar rng, Span<double> m)
    {
        for (var k = 0; k < m.Length; k++)
        {
            m[k] = _kind[k] switch
            {
                DistributionKind.Lognormal => Math.Exp(_a[k] * rng.NextNormal()),
                DistributionKind.Normal => (_a[k] + _b[k] * rng.NextNormal()) * _inverseStated[k],
                DistributionKind.Triangular => Triangular(_a[k], _b[k], _c[k], rng.NextDouble()) * _inverseStated[k],
                _ => (_a[k] + (_b[k] - _a[k]) * rng.NextDouble()) * _inverseStated[k],
            };
        }
    }

    /// <summary>Inverse CDF of the triangular distribution.</summary>
    public static double Triangular(double a, double c, double b, double p) =>
        p < (c - a) / (b - a)
            ? a + Math.Sqrt(p * (b - a) * (c - a))
            : b - Math.Sqrt((1 - p) * (b - a) * (b - c));
}
