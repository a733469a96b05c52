using System.Buffers;

namespace PcfCert.Footprint.Solver;

/// <summary>
/// GMRES(m) right-preconditioned by backward Gauss–Seidel, M = D + U, with Eisenstat's trick (Eisenstat 1981): since
/// A = L + M, the preconditioned product is A M⁻¹ v = v + L t with t = M⁻¹ v, so one backward substitution over the
/// entries right of the diagonal and one product with the entries left of it — each entry read once — give what a
/// Gauss–Seidel sweep and a product would give for two. Each row must hold its entries as [left of the diagonal |
/// diagonal | right of it]; rows not already in that order are copied into it once (<see cref="Split"/>), and it is
/// used only where the matrix is nearly upper triangular in its own order (<see cref="MinimumUpperShare"/>). Starts from
/// x = 0 (the first direction is M⁻¹ b), modified Gram–Schmidt as <see cref="Gmres"/>, stops on the recurrence's
/// estimate; the caller tests the true residual.
/// </summary>
internal static class GaussSeidelGmres
{
    /// <summary>
    /// Whether backward Gauss–Seidel is worth its extra pass per product: when at least this share of the off-diagonal
    /// entries lies right of the diagonal, the matrix is nearly upper triangular in its own order and a backward sweep
    /// nearly solves it (the market networks of the solver sweep: 92 %, GMRES iterations halved); on a random network
    /// (50 %) the iterations fall by a third, less than the second pass per product costs (docs/performance.md).
    /// </summary>
    public const double MinimumUpperShare = 0.75;

    /// <summary>
    /// The share of the off-diagonal entries right of the diagonal in every 16th row (rows 0, 16, 32, …; a fixed sample,
    /// so the choice it leads to is the same every time): a sixteenth of a pass, to choose between the preconditioners
    /// before paying for <see cref="Analyse"/>.
    /// </summary>
    public static double SampledUpperShare(CompressedMatrix a)
    {
        ReadOnlySpan<int> ptr = a.Ptr, index = a.Index;
        long right = 0, off = 0;
        for (var r = 0; r < a.N; r += 16)
            for (var p = ptr[r]; p < ptr[r + 1]; p++)
            {
                var c = index[p];
                right += c > r ? 1 : 0;
                off += c != r ? 1 : 0;
            }
        return off == 0 ? 0 : (double)right / off;
    }

    /// <summary>
    /// One pass over <paramref name="a"/>: each row's diagonal position into <paramref name="diagonal"/> and 1/diagonal
    /// into <paramref name="inverse"/>, whether every row already holds [left | diagonal | right], and the share of the
    /// off-diagonal entries right of the diagonal. Not <c>Defined</c> (and stopped early) at a zero or missing diagonal
    /// entry, where Gauss–Seidel is not defined.
    /// </summary>
    public static (bool Defined, bool Ordered, double UpperShare) Analyse(CompressedMatrix a, Span<int> diagonal, Span<double> inverse)
    {
        ReadOnlySpan<int> ptr = a.Ptr, index = a.Index;
        ReadOnlySpan<double> value = a.Value;
        var ordered = true;
        long right = 0;
        for (var r = 0; r < a.N; r++)
        {
            int start = ptr[r], end = ptr[r + 1], at = -1, left = 0;
            for (var p = start; p < end; p++)
            {
                var c = index[p];
                if (c == r) at = p;
                left += c < r ? 1 : 0;
            }
            if (at < 0 || value[at] == 0) return (false, false, 0);
            // Ordered when the entries before the diagonal are exactly the left ones.
            if (at != start + left) ordered = false;
            else if (ordered)
                for (var p = start; p < at; p++)
                    if (index[p] > r) { ordered = false; break; }
            right += end - at - 1;
            diagonal[r] = at;
            inverse[r] = 1 / value[at];
        }
        var off = a.NonZeros - a.N;
        return (true, ordered, off == 0 ? 0 : (double)right / off);
    }

    /// <summary>
    /// <paramref name="a"/> ready for Gauss–Seidel, after <see cref="Analyse"/> found it defined: its own arrays when
    /// every row is ordered, otherwise a copy in that order from the shared pool (returned on dispose; the row's diagonal
    /// positions in <paramref name="diagonal"/> are updated to the copy's). The splitting keeps
    /// <paramref name="diagonal"/> and <paramref name="inverse"/> but does not own them.
    /// </summary>
    public static Splitting Split(CompressedMatrix a, bool ordered, int[] diagonal, double[] inverse)
    {
        if (ordered) return new Splitting(a.Ptr, a.Index, a.Value, diagonal, inverse, a.N, Copied: false);
        // One slot more than the entries: where the diagonal entry is parked while its row is copied.
        var index = ArrayPool<int>.Shared.Rent(a.NonZeros + 1);
        var value = ArrayPool<double>.Shared.Rent(a.NonZeros + 1);
        Copy(a, index, value, diagonal);
        return new Splitting(a.Ptr, index, value, diagonal, inverse, a.N, Copied: true);
    }

    // Copies each row as [left, in the row's order | diagonal | right, in reverse order], without a branch on the side
    // (unpredictable in a random network): every entry is written at the slot its side selects, the diagonal entry at a
    // spare slot past the entries, and then at the slot between the two sides.
    private static void Copy(CompressedMatrix a, int[] index, double[] value, int[] diagonal)
    {
        ReadOnlySpan<int> ptr = a.Ptr, ai = a.Index;
        ReadOnlySpan<double> av = a.Value;
        var spare = a.NonZeros;
        for (var r = 0; r < a.N; r++)
        {
            int start = ptr[r], end = ptr[r + 1], lo = start, hi = end - 1;
            for (var p = start; p < end; p++)
            {
                var c = ai[p];
                int left = c < r ? 1 : 0, right = c > r ? 1 : 0;
                var at = spare + left * (lo - spare) + right * (hi - spare);
                index[at] = c;
                value[at] = av[p];
                lo += left;
                hi -= right;
            }
            var d = diagonal[r];
            index[lo] = r;
            value[lo] = av[d];
            diagonal[r] = lo; // lo == hi: the one slot left
        }
    }

    /// <summary>
    /// x with ‖b − A x‖ estimated ≤ <paramref name="tolerance"/>·‖b‖ within <paramref name="maxIterations"/>; false
    /// otherwise (or when the budget runs out).
    /// </summary>
    public static bool Solve(Splitting s, ReadOnlySpan<double> b, Span<double> x, double tolerance, int maxIterations, SolveBudget budget,
        out int iterations)
    {
        var n = s.N;
        iterations = 0;
        x = x[..n];
        x.Clear();
        var bnorm = Vectors.Norm(b[..n]);
        if (bnorm == 0) return true;
        if (budget.MemoryBytes / (8L * n) < 6) return false;
        var m = (int)Math.Clamp(budget.MemoryBytes / (8L * n) - 4, 1, 40);
        var doubles = ArrayPool<double>.Shared;
        double[] t = doubles.Rent(n), w = doubles.Rent(n);
        var v = new double[m + 1][];
        try
        {
            v[0] = doubles.Rent(n);
            return Iterate(s, b[..n], x, v, t.AsSpan(0, n), w.AsSpan(0, n), tolerance * bnorm, maxIterations, budget, ref iterations);
        }
        finally
        {
            foreach (var vector in v) if (vector is not null) doubles.Return(vector);
            doubles.Return(t); doubles.Return(w);
        }
    }

    /// <summary>A matrix ready for Gauss–Seidel (see <see cref="GaussSeidelGmres.Split"/>): row r's entries left of the diagonal at [Ptr[r], Diagonal[r]), right of it at (Diagonal[r], Ptr[r + 1]).</summary>
    internal sealed record Splitting(int[] Ptr, int[] Index, double[] Value, int[] Diagonal, double[] InverseDiagonal, int N, bool Copied) : IDisposable
    {
        public void Dispose()
        {
            if (!Copied) return;
            ArrayPool<int>.Shared.Return(Index);
            ArrayPool<double>.Shared.Return(Value);
        }

        /// <summary>t = (D + U)⁻¹ v, rows from the last.</summary>
        internal void Backward(ReadOnlySpan<double> v, Span<double> t)
        {
            ReadOnlySpan<int> ptr = Ptr, index = Index, diagonal = Diagonal;
            ReadOnlySpan<double> value = Value, inverse = InverseDiagonal;
            for (var r = N - 1; r >= 0; r--)
            {
                var sum = v[r];
                for (var p = diagonal[r] + 1; p < ptr[r + 1]; p++) sum -= value[p] * t[index[p]];
                t[r] = sum * inverse[r];
            }
        }

        /// <summary>w = v + L t, returning Σ w·u.</summary>
        internal double LowerPlus(ReadOnlySpan<double> v, ReadOnlySpan<double> t, Span<double> w, ReadOnlySpan<double> u)
        {
            ReadOnlySpan<int> ptr = Ptr, index = Index, diagonal = Diagonal;
            ReadOnlySpan<double> value = Value;
            double dot = 0;
            for (var r = 0; r < N; r++)
            {
                var sum = v[r];
                for (var p = ptr[r]; p < diagonal[r]; p++) sum += value[p] * t[index[p]];
                w[r] = sum;
                dot += sum * u[r];
            }
            return dot;
        }

        /// <summary>w = A x.</summary>
        internal void Multiply(ReadOnlySpan<double> x, Span<double> w)
        {
            ReadOnlySpan<int> ptr = Ptr, index = Index;
            ReadOnlySpan<double> value = Value;
            for (var r = 0; r < N; r++)
            {
                double sum = 0;
                for (var p = ptr[r]; p < ptr[r + 1]; p++) sum += value[p] * x[index[p]];
                w[r] = sum;
            }
        }
    }

    private static bool Iterate(Splitting s, ReadOnlySpan<double> b, Span<double> x, double[][] v, Span<double> t, Span<double> w, double target,
        int maxIterations, SolveBudget budget, ref int iterations)
    {
        var n = s.N;
        var m = v.Length - 1;
        var ls = new HessenbergLeastSquares(m);
        var h = ls.H;
        var first = true;
        while (true)
        {
            var v0 = v[0].AsSpan(0, n);
            if (first) b.CopyTo(v0); // x = 0
            else
            {
                s.Multiply(x, w);
                for (var i = 0; i < n; i++) v0[i] = b[i] - w[i];
            }
            first = false;
            var beta = Vectors.Norm(v0);
            if (beta <= target) return true;
            if (iterations >= maxIterations || !double.IsFinite(beta)) return false;
            for (var i = 0; i < n; i++) v0[i] /= beta;
            ls.Start(beta);
            var k = 0;
            var converged = false;
            for (; k < m && iterations < maxIterations; k++, iterations++)
            {
                if (budget.OutOfTime) return false;
                var vk = v[k].AsSpan(0, n);
                s.Backward(vk, t);
                var next = s.LowerPlus(vk, t, w, v0);
                for (var j = 0; j <= k; j++)
                {
                    h[j, k] = next;
                    next = Vectors.SubtractThenDot(w, next, v[j].AsSpan(0, n), j < k ? v[j + 1].AsSpan(0, n) : w);
                }
                var hk = Math.Sqrt(next);
                if (!double.IsFinite(hk)) return false;
                h[k + 1, k] = hk;
                v[k + 1] ??= ArrayPool<double>.Shared.Rent(n);
                var vn = v[k + 1].AsSpan(0, n);
                if (hk != 0) for (var i = 0; i < n; i++) vn[i] = w[i] / hk;
                else vn.Clear();
                if (!ls.Rotate(k)) break;
                if (ls.Estimate(k + 1) <= target || hk == 0) { k++; iterations++; converged = true; break; }
            }
            if (k == 0) return false;
            ls.SolveUpper(k);
            var y = ls.Y;
            // x += M⁻¹ V y
            w.Clear();
            for (var j = 0; j < k; j++) Vectors.AddScaled(w, y[j], v[j].AsSpan(0, n));
            s.Backward(w, t);
            for (var i = 0; i < n; i++) x[i] += t[i];
            if (converged) return true;
        }
    }
}
