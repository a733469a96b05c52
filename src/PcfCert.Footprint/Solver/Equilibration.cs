namespace PcfCert.Footprint.Solver;

/// <summary>
/// Row and column equilibration by Ruiz's iteration (D. Ruiz, "A scaling algorithm to equilibrate both rows and
/// columns norms in matrices", RAL-TR-2001-034): repeatedly divide each row and column by the square root of its
/// largest entry until every row and column has its largest entry in [0.5, 4). Scale factors are powers of two, so
/// R·A·C is computed without rounding: a model in grams and the same model in tonnes give the same scaled matrix
/// up to the rounding of the unit conversion itself, and pivot and residual tests on it do not depend on units.
/// </summary>
internal sealed class Equilibration
{
    private const int MaxPasses = 12;

    public required double[] Row { get; init; }
    public required double[] Column { get; init; }
    /// <summary>R·A·C with the pattern of A (CSR).</summary>
    public required CompressedMatrix Scaled { get; init; }
    /// <summary>Passes until no scale changed (at most 12).</summary>
    public int Passes { get; init; }

    public static Equilibration Of(CompressedMatrix csr)
    {
        var n = csr.N;
        var row = new double[n]; var col = new double[n];
        Array.Fill(row, 1.0); Array.Fill(col, 1.0);
        var rowMax = new double[n]; var colMax = new double[n];
        var passes = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            passes++;
            Array.Clear(rowMax); Array.Clear(colMax);
            for (var r = 0; r < n; r++)
                for (var p = csr.Ptr[r]; p < csr.Ptr[r + 1]; p++)
                {
                    var a = Math.Abs(csr.Value[p]) * row[r] * col[csr.Index[p]];
                    if (a > rowMax[r]) rowMax[r] = a;
                    if (a > colMax[csr.Index[p]]) colMax[csr.Index[p]] = a;
                }
            var changed = Halve(rowMax, row) | Halve(colMax, col);
            if (!changed) break;
        }
        var values = new double[csr.NonZeros];
        for (var r = 0; r < n; r++)
            for (var p = csr.Ptr[r]; p < csr.Ptr[r + 1]; p++) values[p] = csr.Value[p] * row[r] * col[csr.Index[p]];
        return new Equilibration { Row = row, Column = col, Scaled = new CompressedMatrix { N = n, Ptr = csr.Ptr, Index = csr.Index, Value = values }, Passes = passes };
    }

    /// <summary>Power of two nearest 1/|d| (1 for 0): the row scale of a process solved alone.</summary>
    public static double Inverse(double d) => d == 0 || !double.IsFinite(d) ? 1 : Math.ScaleB(1.0, -Math.ILogB(d));

    // scale ← scale / 2^(⌊log2 max⌋ / 2): the square root of the largest entry, rounded to a power of two.
    private static bool Halve(double[] max, double[] scale)
    {
        var changed = false;
        for (var k = 0; k < max.Length; k++)
        {
            if (max[k] == 0 || !double.IsFinite(max[k])) continue;
            var e = Math.ILogB(max[k]) / 2;
            if (e == 0) continue;
            scale[k] = Math.ScaleB(scale[k], -e);
            changed = true;
        }
        return changed;
    }
}
