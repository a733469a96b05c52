namespace PcfCert.Footprint.Solver;

/// <summary>
/// One-sweep-each scaling for the first attempt on a whole network: every column is divided by its largest entry,
/// then every row of the result by its largest entry, both rounded to powers of two (so R·A·C is exact, as with
/// <see cref="Equilibration"/>). A column of the technosphere is a process, so the first division removes the run
/// size a model chose; the second removes the product units. On the rescaled networks of the solver sweep GMRES
/// needs as few or fewer iterations after it than after two or five Ruiz passes, for two passes over the entries
/// instead of five (docs/performance.md).
/// </summary>
internal static class MaxScaling
{
    /// <summary>Scale exponents are kept within ±1000, so that 2^e stays a normal double.</summary>
    private const int Limit = 1000;

    /// <param name="csr">The matrix (CSR).</param>
    /// <param name="columnMaxima">Each column's largest ⌊log2 |a|⌋ if known (see <see cref="CompressedMatrix.From(int, ReadOnlySpan{int}, ReadOnlySpan{int}, ReadOnlySpan{double}, Span{int})"/>), or null to take them here.</param>
    /// <param name="into">Where to write R·A·C's values (at least as long as the entries), or null for a new array.</param>
    public static Equilibration ColumnsThenRows(CompressedMatrix csr, int[]? columnMaxima = null, double[]? into = null)
    {
        var n = csr.N;
        ReadOnlySpan<int> ptr = csr.Ptr, index = csr.Index;
        ReadOnlySpan<double> value = csr.Value;
        var nnz = csr.NonZeros;
        if (columnMaxima is null)
        {
            columnMaxima = new int[n];
            Array.Fill(columnMaxima, Nothing);
            for (var p = 0; p < nnz; p++) Include(columnMaxima, index[p], value[p]);
        }
        var colExp = new int[n];
        var column = new double[n];
        for (var j = 0; j < n; j++)
        {
            colExp[j] = columnMaxima[j] <= Nothing ? 0 : -Math.Clamp(columnMaxima[j], -Limit, Limit);
            column[j] = Math.ScaleB(1.0, colExp[j]);
        }
        var row = new double[n];
        var values = into ?? new double[nnz];
        for (var r = 0; r < n; r++)
        {
            int start = ptr[r], end = ptr[r + 1];
            var best = Nothing;
            for (var p = start; p < end; p++) best = Max(best, Exponent(value[p]) + colExp[index[p]]);
            var rr = row[r] = best <= Nothing + Limit ? 1 : Math.ScaleB(1.0, -Math.Clamp(best, -Limit, Limit));
            for (var p = start; p < end; p++) values[p] = value[p] * rr * column[index[p]];
        }
        return new Equilibration { Row = row, Column = column, Scaled = new CompressedMatrix { N = n, Ptr = csr.Ptr, Index = csr.Index, Value = values }, Passes = 1 };
    }

    /// <summary>Below any real exponent (≥ −1074) even after adding a scale's exponent (±1000): the maximum of an empty line.</summary>
    public const int Nothing = -1_000_000;

    /// <summary>
    /// maxima[line] ← max(maxima[line], ⌊log2 |a|⌋), without a branch: which entry of a line is largest is unpredictable.
    /// Zero entries count as <see cref="Nothing"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Include(Span<int> maxima, int line, double a)
    {
        ref var m = ref maxima[line];
        m = Max(m, Exponent(a));
    }

    // max(a, b) without a branch; |a − b| stays far from overflow for these exponents.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Max(int a, int b)
    {
        var d = a - b;
        return a - (d & (d >> 31));
    }

    /// <summary>⌊log2 |a|⌋ from the bits of a normal double; <see cref="Math.ILogB"/> for subnormals; nothing for zero and non-finite values.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Exponent(double a)
    {
        var biased = (int)(BitConverter.DoubleToInt64Bits(a) >> 52) & 0x7FF;
        if (biased is > 0 and < 0x7FF) return biased - 1023;
        return a == 0 || !double.IsFinite(a) ? Nothing : Math.ILogB(a);
    }
}
