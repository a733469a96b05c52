namespace PcfCert.Footprint.Solver;

/// <summary>
/// The small least-squares problem of one GMRES(m) cycle (Saad, "Iterative Methods for Sparse Linear Systems", 2nd ed.,
/// §6.5.3): the Hessenberg matrix the Arnoldi steps fill, reduced to upper triangular by Givens rotations as it grows,
/// the rotated right-hand side whose last entry is the residual estimate, and y = H⁻¹ g at the end of the cycle. One
/// piece for both preconditioners (<see cref="Gmres"/>, <see cref="GaussSeidelGmres"/>), so they round alike.
/// </summary>
internal sealed class HessenbergLeastSquares(int m)
{
    private readonly double[] _cs = new double[m], _sn = new double[m], _g = new double[m + 1];

    /// <summary>H: column k is written by Arnoldi step k (entries 0…k+1) before <see cref="Rotate"/> is called for it.</summary>
    public double[,] H { get; } = new double[m + 1, m];

    /// <summary>y of the last <see cref="SolveUpper"/>, entries 0…k−1.</summary>
    public double[] Y { get; } = new double[m];

    /// <summary>Starts a cycle whose first residual has norm <paramref name="beta"/>.</summary>
    public void Start(double beta)
    {
        Array.Clear(_g);
        _g[0] = beta;
    }

    /// <summary>
    /// Applies the rotations of the earlier columns to column <paramref name="k"/> and a new one that zeroes H[k+1, k];
    /// false when column k is singular (the cycle then ends with the columns before it).
    /// </summary>
    public bool Rotate(int k)
    {
        var h = H;
        for (var j = 0; j < k; j++)
        {
            var t = _cs[j] * h[j, k] + _sn[j] * h[j + 1, k];
            h[j + 1, k] = -_sn[j] * h[j, k] + _cs[j] * h[j + 1, k];
            h[j, k] = t;
        }
        var hk = h[k + 1, k];
        var d = Math.Sqrt(h[k, k] * h[k, k] + hk * hk);
        if (d == 0) return false;
        _cs[k] = h[k, k] / d; _sn[k] = hk / d;
        h[k, k] = d; h[k + 1, k] = 0;
        _g[k + 1] = -_sn[k] * _g[k];
        _g[k] *= _cs[k];
        return true;
    }

    /// <summary>|g[i]|: after <see cref="Rotate"/>(k), i = k + 1 is the residual norm the recurrence estimates.</summary>
    public double Estimate(int i) => Math.Abs(_g[i]);

    /// <summary>y = H⁻¹ g over the first <paramref name="k"/> columns (back substitution; H is upper triangular there).</summary>
    public void SolveUpper(int k)
    {
        var h = H;
        for (var j = k - 1; j >= 0; j--)
        {
            var s = _g[j];
            for (var l = j + 1; l < k; l++) s -= h[j, l] * Y[l];
            Y[j] = s / h[j, j];
        }
    }
}
