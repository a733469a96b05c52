using System.Buffers;

namespace PcfCert.Footprint.Solver;

/// <summary>
/// Row and column equilibration by Ruiz's iteration (D. Ruiz, "A scaling algorithm to equilibrate both rows and
/// columns norms in matrices", RAL-TR-2001-034): repeatedly divide each row and column by the square root of its
/// largest entry until every row and column has its largest entry in [2^−3, 2^4). Scale factors are powers of two, so
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
    /// <summary>Passes until every row and column is balanced within the tolerance (at most 12).</summary>
    public int Passes { get; init; }

    public static Equilibration Of(CompressedMatrix csr)
    {
        var nnz = csr.NonZeros;
        // Scales are powers of two, so ⌊log2(|a|·2^r·2^c)⌋ = ⌊log2 |a|⌋ + r + c exactly: the iteration runs on the
        // binary exponents of the entries (small integers) and touches the values once, at the end. Zero entries
        // take no part; a matrix with non-finite or subnormal entries is scaled by the same loop on doubles.
        var rented = ArrayPool<short>.Shared.Rent(nnz);
        try
        {
            return OfExponents(csr, rented.AsSpan(0, nnz));
        }
        finally
        {
            ArrayPool<short>.Shared.Return(rented);
        }
    }

    private static Equilibration OfExponents(CompressedMatrix csr, Span<short> exponent)
    {
        var n = csr.N;
        var nnz = csr.NonZeros;
        ReadOnlySpan<double> value = csr.Value.AsSpan(0, nnz);
        for (var p = 0; p < nnz; p++)
        {
            var a = Math.Abs(value[p]);
            if (a == 0) { exponent[p] = Absent; continue; }
            if (!double.IsNormal(a)) return OfDoubles(csr);
            exponent[p] = (short)((int)(BitConverter.DoubleToInt64Bits(a) >> 52) - 1023); // ⌊log2 a⌋ of a normal a
        }
        var rowExp = new int[n];
        var col = new int[2 * n]; // per column: its scale's exponent, then this pass's largest ⌊log2 |a|·2^r⌋
        var rowMax = new int[n]; var colMax = new int[n];
        ReadOnlySpan<int> ptr = csr.Ptr, index = csr.Index;
        var passes = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            passes++;
            for (var c = 0; c < n; c++) col[2 * c + 1] = Empty;
            // The column maxima are branch-free: which column gains is unpredictable, and the JIT keeps branches in loops. A zero entry's exponent
            // stays far below any real one, so it never wins unless a line has nothing else. The column maximum
            // of |a|·2^r·2^c is 2^c times that of |a|·2^r, so the column's own scale is added after the sweep.
            for (var r = 0; r < n; r++)
            {
                var best = Empty;
                var re = rowExp[r];
                for (var p = ptr[r]; p < ptr[r + 1]; p++)
                {
                    var c2 = 2 * index[p];
                    var e = exponent[p];
                    var ec = e + col[c2];
                    if (ec > best) best = ec; // a running maximum rarely changes: the branch predicts well
                    col[c2 + 1] = Max(col[c2 + 1], e + re);
                }
                rowMax[r] = best + re;
            }
            var balanced = true;
            for (var c = 0; c < n; c++) colMax[c] = col[2 * c + 1] + col[2 * c];
            foreach (var e in rowMax) balanced &= e < Nothing || Math.Abs(e) <= Tolerance;
            foreach (var e in colMax) balanced &= e < Nothing || Math.Abs(e) <= Tolerance;
            if (balanced) break;
            Halve(rowMax, rowExp);
            for (var c = 0; c < n; c++)
            {
                var e = colMax[c];
                if (e >= Nothing) col[2 * c] -= e / 2;
            }
        }
        var row = new double[n]; var column = new double[n];
        for (var k = 0; k < n; k++)
        {
            // A scale beyond the double range (entries spanning nearly all of it): leave it to the loop on doubles.
            if (Math.Abs(rowExp[k]) > 1000 || Math.Abs(col[2 * k]) > 1000) return OfDoubles(csr);
            row[k] = Math.ScaleB(1.0, rowExp[k]); column[k] = Math.ScaleB(1.0, col[2 * k]);
        }
        return Scale(csr, row, column, passes);
    }

    /// <summary>Stop when every row's and column's largest entry is in [2^−3, 2^4): the last passes of Ruiz's iteration only move a few lines by a factor of two.</summary>
    private const int Tolerance = 3;
    private const short Absent = short.MinValue / 2;
    private const int Empty = int.MinValue / 4;
    /// <summary>Below any real exponent (≥ −1074 − 2·1000): the maximum of a line with no non-zero entry.</summary>
    private const int Nothing = -8000;

    // max(a, b) without a branch; |a − b| stays far from overflow for exponents.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Max(int a, int b)
    {
        var d = a - b;
        return a - (d & (d >> 31));
    }

    // A scale's exponent drops by ⌊log2 max⌋ / 2 (truncated towards zero): the square root of the largest entry.
    private static void Halve(int[] max, int[] scale)
    {
        for (var k = 0; k < max.Length; k++)
            if (max[k] >= Nothing) scale[k] -= max[k] / 2;
    }

    private static Equilibration Scale(CompressedMatrix csr, double[] row, double[] col, int passes)
    {
        var values = new double[csr.NonZeros];
        ReadOnlySpan<int> ptr = csr.Ptr, index = csr.Index;
        ReadOnlySpan<double> value = csr.Value;
        for (var r = 0; r < csr.N; r++)
        {
            var rr = row[r];
            for (var p = ptr[r]; p < ptr[r + 1]; p++) values[p] = value[p] * rr * col[index[p]];
        }
        return new Equilibration { Row = row, Column = col, Scaled = new CompressedMatrix { N = csr.N, Ptr = csr.Ptr, Index = csr.Index, Value = values }, Passes = passes };
    }

    /// <summary>The same iteration on doubles, for matrices with non-finite or subnormal entries.</summary>
    internal static Equilibration OfDoubles(CompressedMatrix csr)
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
            var changed = HalveDoubles(rowMax, row) | HalveDoubles(colMax, col);
            if (!changed) break;
        }
        return Scale(csr, row, col, passes);
    }

    /// <summary>Power of two nearest 1/|d| (1 for 0): the row scale of a process solved alone.</summary>
    public static double Inverse(double d) => d == 0 || !double.IsFinite(d) ? 1 : Math.ScaleB(1.0, -Math.ILogB(d));

    // scale ← scale / 2^(⌊log2 max⌋ / 2): the square root of the largest entry, rounded to a power of two.
    private static bool HalveDoubles(double[] max, double[] scale)
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
