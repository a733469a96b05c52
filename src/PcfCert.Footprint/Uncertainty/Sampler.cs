using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Uncertainty;

/// <summary>
/// Draws multipliers (sample / stated value) for uncertain quantities, each keyed by its canonical key
/// (<see cref="KeyedRandom"/>). Domains are respected: the stated value is the median of a lognormal (geometric mean,
/// as in ecoinvent and Brightway), so the multiplier exp(ln(gsd)·z) is positive; a normal is truncated at zero
/// (a draw that would change the sign of the quantity is redrawn, up to <see cref="MaxAttempts"/> times, then
/// clamped); triangular and uniform are drawn by their inverse CDF and validated to stay on the side of zero of
/// their stated value. Parameters are unpacked once into arrays because the loop draws them millions of times.
/// </summary>
internal sealed class Sampler
{
    public const int MaxAttempts = 64;
    private readonly DistributionKind[] _kind;
    private readonly double[] _a, _b, _c, _inverseStated;
    private readonly ulong[] _key;
    private readonly ulong _seed;

    public Sampler(IReadOnlyList<(UncertaintySpec Spec, double Stated, string Key)> parameters, ulong seed)
    {
        var n = parameters.Count;
        _seed = seed;
        _kind = new DistributionKind[n];
        _key = new ulong[n];
        _a = new double[n]; _b = new double[n]; _c = new double[n]; _inverseStated = new double[n];
        for (var k = 0; k < n; k++)
        {
            var (u, stated, key) = parameters[k];
            _kind[k] = u.Distribution;
            _key[k] = KeyedRandom.Hash(key);
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

    public int Count => _kind.Length;

    /// <summary>Fills <paramref name="m"/> with the multipliers of iteration <paramref name="iteration"/>, in parameter order.</summary>
    public void Draw(long iteration, Span<double> m)
    {
        for (var k = 0; k < m.Length; k++)
        {
            var key = _key[k];
            m[k] = _kind[k] switch
            {
                DistributionKind.Lognormal => Math.Exp(_a[k] * KeyedRandom.Normal(_seed, key, iteration, 0)),
                DistributionKind.Normal => TruncatedNormal(k, key, iteration),
                DistributionKind.Triangular => Triangular(_a[k], _b[k], _c[k], KeyedRandom.Uniform(_seed, key, iteration, 0)) * _inverseStated[k],
                _ => (_a[k] + (_b[k] - _a[k]) * KeyedRandom.Uniform(_seed, key, iteration, 0)) * _inverseStated[k],
            };
        }
    }

    // N(stated, sd) conditioned on keeping the sign of the stated value: P(accept) ≥ 1/2, so 64 attempts fail with
    // probability ≤ 2⁻⁶⁴; the multiplier is then 0 (the quantity at its bound).
    private double TruncatedNormal(int k, ulong key, long iteration)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var multiplier = (_a[k] + _b[k] * KeyedRandom.Normal(_seed, key, iteration, attempt)) * _inverseStated[k];
            if (multiplier >= 0) return multiplier;
        }
        return 0;
    }

    /// <summary>Inverse CDF of the triangular distribution.</summary>
    public static double Triangular(double a, double c, double b, double p) =>
        p < (c - a) / (b - a)
            ? a + Math.Sqrt(p * (b - a) * (c - a))
            : b - Math.Sqrt((1 - p) * (b - a) * (b - c));
}
