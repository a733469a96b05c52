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

    public static Outcome Solve(CompressedMatrix a, ReadOnlySpan<double> b, Span<double> x, double tolerance, int maxIterations,
        SolveBudget budget, out int iterations)
    {
        var n = a.N;
        iterations = 0;
        var bnorm = BiCgStab.Norm(b);
        if (bnorm == 0) { x.Clear(); return Outcome.Converged; }
        // Basis size: 40 vectors, fewer when the memory budget is small (each vector is 8n bytes).
        var m = (int)Math.Clamp(budget.MemoryBytes / (8L * n) - 4, 1, 40);
        if (budget.MemoryBytes / (8L * n) < 6) return Outcome.OutOfBudget;
        var inv = BiCgStab.InverseDiagonal(a);
        var v = new double[m + 1][];
        for (var k = 0; k <= m; k++) v[k] = new double[n];
        var h = new double[m + 1, m];
        double[] cs = new double[m], sn = new double[m], g = new double[m + 1];
        var z = new double[n]; var w = new double[n];
        var target = tolerance * bnorm;
        var previous = double.MaxValue;
        var stalls = 0;
        while (true)
        {
            a.MultiplyRows(x, w);
            for (var i = 0; i < n; i++) v[0][i] = b[i] - w[i];
            var beta = BiCgStab.Norm(v[0]);
            if (beta <= target) return Outcome.Converged;
            if (iterations >= maxIterations) return Outcome.Stagnated;
            // A restart that gains less than a factor 0.9 three times in a row will not get there.
            stalls = beta > 0.9 * previous ? stalls + 1 : 0;
            if (stalls >= 3) return Outcome.Stagnated;
            previous = beta;
            for (var i = 0; i < n; i++) v[0][i] /= beta;
            Array.Clear(g);
            g[0] = beta;
            var k = 0;
            for (; k < m && iterations < maxIterations; k++, iterations++)
            {
                if (budget.OutOfTime) return Outcome.OutOfBudget;
                for (var i = 0; i < n; i++) z[i] = v[k][i] * inv[i];
                a.MultiplyRows(z, w);
                for (var j = 0; j <= k; j++)
                {
                    var hj = BiCgStab.Dot(w, v[j]);
                    h[j, k] = hj;
                    var vj = v[j];
                    for (var i = 0; i < n; i++) w[i] -= hj * vj[i];
                }
                var hk = BiCgStab.Norm(w);
                h[k + 1, k] = hk;
                if (hk != 0) for (var i = 0; i < n; i++) v[k + 1][i] = w[i] / hk;
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
            var y = new double[k];
            for (var j = k - 1; j >= 0; j--)
            {
                var s = g[j];
                for (var l = j + 1; l < k; l++) s -= h[j, l] * y[l];
                y[j] = s / h[j, j];
            }
            Array.Clear(z);
            for (var j = 0; j < k; j++) { var yj = y[j]; var vj = v[j]; for (var i = 0; i < n; i++) z[i] += yj * vj[i]; }
            for (var i = 0; i < n; i++) x[i] += z[i] * inv[i];
        }
    }
}
