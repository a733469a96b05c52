using System.Buffers;

namespace PcfCert.Footprint.Solver;

/// <summary>
/// Restarted GMRES(m) with right Jacobi preconditioning (Saad and Schultz 1986; Saad, "Iterative Methods for
/// Sparse Linear Systems", 2nd ed., algorithm 9.5): Arnoldi with modified Gram–Schmidt, Givens rotations, a
/// restart every <c>m</c> steps. The basis vectors are rented from the shared array pool and returned at the end
/// (each is written before it is read, so what a rented array held never reaches the figures). Right preconditioning makes the minimised residual the true residual of the
/// (equilibrated) system. Unlike BiCGSTAB it cannot break down except at the solution ("happy breakdown"), and it
/// stops when a restart no longer reduces the residual (stagnation) or the budget runs out.
/// </summary>
internal static class Gmres
{
    public enum Outcome { Converged, Stagnated, OutOfBudget }

    /// <summary>Solves A x = b from the start in <paramref name="x"/>, preconditioned by <paramref name="inverseDiagonal"/>.</summary>
    /// <remarks>
    /// On return, <paramref name="residual"/> is ‖b − A x‖₂ of the returned x computed from A, not from the recurrence.
    /// With <paramref name="verified"/> false, a solve whose recurrence estimate meets the tolerance returns at once with
    /// that estimate, saving the product that would confirm it: for a caller that computes the true residual itself
    /// and accepts on it (the first attempt, <see cref="FirstAttempt"/>).
    /// </remarks>
    public static Outcome Solve(CompressedMatrix a, ReadOnlySpan<double> inverseDiagonal, ReadOnlySpan<double> b, Span<double> x, double tolerance,
        int maxIterations, SolveBudget budget, out int iterations, out double residual, bool verified = true)
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
        var pool = ArrayPool<double>.Shared;
        var v = new double[m + 1][];
        v[0] = pool.Rent(n);
        var z = pool.Rent(n); var w = pool.Rent(n);
        try
        {
            return Iterate(a, inv, b, x, maxIterations, budget, v, z.AsSpan(0, n), w.AsSpan(0, n), tolerance * bnorm, verified, ref iterations,
                ref residual);
        }
        finally
        {
            foreach (var vector in v) if (vector is not null) pool.Return(vector);
            pool.Return(z);
            pool.Return(w);
        }
    }

    private static Outcome Iterate(CompressedMatrix a, ReadOnlySpan<double> inv, ReadOnlySpan<double> b, Span<double> x, int maxIterations,
        SolveBudget budget, double[][] v, Span<double> z, Span<double> w, double target, bool verified, ref int iterations, ref double residual)
    {
        var n = a.N;
        var m = v.Length - 1;
        var ls = new HessenbergLeastSquares(m);
        var h = ls.H;
        var previous = double.MaxValue;
        var stalls = 0;
        while (true)
        {
            a.MultiplyRows(x, w);
            var v0 = v[0].AsSpan(0, n);
            for (var i = 0; i < n; i++) v0[i] = b[i] - w[i];
            var beta = Vectors.Norm(v0);
            residual = beta;
            if (beta <= target) return Outcome.Converged;
            if (iterations >= maxIterations) return Outcome.Stagnated;
            // A restart that gains less than a factor 0.9 three times in a row will not get there.
            stalls = beta > 0.9 * previous ? stalls + 1 : 0;
            if (stalls >= 3) return Outcome.Stagnated;
            previous = beta;
            Vectors.DivideThenMultiply(v0, beta, v0, inv, z); // z = M⁻¹ v[k] on entry to each step
            ls.Start(beta);
            var k = 0;
            var estimated = false;
            for (; k < m && iterations < maxIterations; k++, iterations++)
            {
                if (budget.OutOfTime) return Outcome.OutOfBudget;
                // w = A M⁻¹ v[k] and its projection on v[0] in one pass; then modified Gram–Schmidt, each subtraction
                // fused with the next projection (or the final norm).
                var next = a.MultiplyRowsThenDot(z, w, v0);
                for (var j = 0; j <= k; j++)
                {
                    h[j, k] = next;
                    next = Vectors.SubtractThenDot(w, next, v[j].AsSpan(0, n), j < k ? v[j + 1].AsSpan(0, n) : w);
                }
                var hk = Math.Sqrt(next);
                h[k + 1, k] = hk;
                v[k + 1] ??= ArrayPool<double>.Shared.Rent(n);
                var vk = v[k + 1].AsSpan(0, n);
                if (hk != 0) Vectors.DivideThenMultiply(w, hk, vk, inv, z);
                else vk.Clear(); // happy breakdown: the step below ends the cycle
                if (!ls.Rotate(k)) break; // H singular in this column: solve with the columns before it and restart
                if (ls.Estimate(k + 1) <= target || hk == 0) { k++; iterations++; estimated = true; break; }
            }
            // y = H⁻¹ g (upper triangular), x += M⁻¹ V y.
            ls.SolveUpper(k);
            var y = ls.Y;
            z.Clear();
            for (var j = 0; j < k; j++) Vectors.AddScaled(z, y[j], v[j].AsSpan(0, n));
            for (var i = 0; i < n; i++) x[i] += z[i] * inv[i];
            if (estimated && !verified) { residual = ls.Estimate(k); return Outcome.Converged; }
        }
    }
}
