namespace PcfCert.Footprint.Solver;

/// <summary>
/// Restarted GMRES(m) with right Jacobi preconditioning (Saad and Schultz 1986; Saad, "Iterative Methods for
/// Sparse Linear Systems", 2nd ed., algorithm 9.5): Arnoldi with modified Gram–Schmidt, Givens rotations, a
/// restart every <c>m</c> steps. Right preconditioning makes the minimised residual the true residual of the
/// (equilibrated) system. Unlike BiCGSTAB it cannot break down except at the solution ("happy breakdown"), and it
/// stops when a restart no longer reduces the residual (stagnation) or the budget runs out.
/// </summary>
internal static class Gmres
{
    public enum Outcome { Converged, Stagnated, OutOfBudget }

    /// <summary>Solves A x = b from the start in <paramref name="x"/>, preconditioned by <paramref name="inverseDiagonal"/>.</summary>
    /// <remarks>On return, <paramref name="residual"/> is ‖b − A x‖₂ of the returned x computed from A, not from the recurrence.</remarks>
    public static Outcome Solve(CompressedMatrix a, ReadOnlySpan<double> inverseDiagonal, ReadOnlySpan<double> b, Span<double> x, double tolerance,
        int maxIterations, SolveBudget budget, out int iterations, out double residual)
    {
        var n = a.N;
        iterations = 0;
        residual = double.NaN;
        var bnorm = Vectors.Norm(b);
        if (bnorm == 0) { x.Clear(); residual = 0; return Outcome.Converged; }
        // Basis size: 40 vectors, fewer when the memory budget is small (each vector is 8n bytes); vectors are
        // allocated as the basis grows, so a solve that converges in 20 steps holds 21 of them.
        if (budget.MemoryBytes / (8L * n) < 6) return Outcome.OutOfBudget;
        var m = (int)Math.Clamp(budget.MemoryBytes / (8L * n) - 4, 1, 40);
        var inv = inverseDiagonal;
        var v = new double[m + 1][];
        v[0] = new double[n];
        var h = new double[m + 1, m];
        double[] cs = new double[m], sn = new double[m], g = new double[m + 1], y = new double[m];
        var z = new double[n]; var w = new double[n];
        var target = tolerance * bnorm;
        var previous = double.MaxValue;
        var stalls = 0;
        while (true)
        {
            a.MultiplyRows(x, w);
            var v0 = v[0];
            for (var i = 0; i < n; i++) v0[i] = b[i] - w[i];
            var beta = Vectors.Norm(v0);
            residual = beta;
            if (beta <= target) return Outcome.Converged;
            if (iterations >= maxIterations) return Outcome.Stagnated;
            // A restart that gains less than a factor 0.9 three times in a row will not get there.
            stalls = beta > 0.9 * previous ? stalls + 1 : 0;
            if (stalls >= 3) return Outcome.Stagnated;
            previous = beta;
            for (var i = 0; i < n; i++) v0[i] /= beta;
            Array.Clear(g);
            g[0] = beta;
            var k = 0;
            for (; k < m && iterations < maxIterations; k++, iterations++)
            {
                if (budget.OutOfTime) return Outcome.OutOfBudget;
                Vectors.Multiply(v[k], inv, z);
                a.MultiplyRows(z, w);
                // Modified Gram–Schmidt, each subtraction fused with the next projection (or the final norm).
                var next = Vectors.Dot(w, v[0]);
                for (var j = 0; j <= k; j++)
                {
                    h[j, k] = next;
                    next = Vectors.SubtractThenDot(w, next, v[j], j < k ? v[j + 1] : w);
                }
                var hk = Math.Sqrt(next);
                h[k + 1, k] = hk;
                v[k + 1] ??= new double[n];
                if (hk != 0) { var vk = v[k + 1]; for (var i = 0; i < n; i++) vk[i] = w[i] / hk; }
                for (var j = 0; j < k; j++)
                {
                    var t = cs[j] * h[j, k] + sn[j] * h[j + 1, k];
                    h[j + 1, k] = -sn[j] * h[j, k] + cs[j] * h[j + 1, k];
                    h[j, k] = t;
                }
                var d = Math.Sqrt(h[k, k] * h[k, k] + hk * hk);
                if (d == 0) break; // H singular in this column: solve with the columns before it and restart
                cs[k] = h[k, k] / d; sn[k] = hk / d;
                h[k, k] = d; h[k + 1, k] = 0;
                g[k + 1] = -sn[k] * g[k];
                g[k] *= cs[k];
                if (Math.Abs(g[k + 1]) <= target || hk == 0) { k++; iterations++; break; }
            }
            // y = H⁻¹ g (upper triangular), x += M⁻¹ V y.
            for (var j = k - 1; j >= 0; j--)
            {
                var s = g[j];
                for (var l = j + 1; l < k; l++) s -= h[j, l] * y[l];
                y[j] = s / h[j, j];
            }
            Array.Clear(z);
            for (var j = 0; j < k; j++) Vectors.AddScaled(z, y[j], v[j]);
            for (var i = 0; i < n; i++) x[i] += z[i] * inv[i];
        }
    }
}
