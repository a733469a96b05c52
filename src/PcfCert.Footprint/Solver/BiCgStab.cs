namespace PcfCert.Footprint.Solver;

/// <summary>
/// Jacobi-preconditioned BiCGSTAB (van der Vorst 1992). Starts from x = D⁻¹b rather than zero and uses a
/// shadow residual that is not the first residual, because with a single-product demand a zero start gives a
/// residual with one non-zero and the method breaks down (as observed with MathNet's BiCgStab).
/// The caller checks the true residual and falls back to the direct solver when this does not converge.
/// </summary>
internal static class BiCgStab
{
    public static bool TrySolve(CompressedMatrix rows, ReadOnlySpan<double> b, Span<double> x, double tolerance, int maxIterations, SolveBudget budget)
    {
        var n = rows.N;
        var inv = InverseDiagonal(rows);
        for (var i = 0; i < n; i++) x[i] = b[i] * inv[i];
        var r0 = new double[n]; var rv = new double[n]; var p0 = new double[n]; var v = new double[n];
        var ph = new double[n]; var s = new double[n]; var sh = new double[n]; var t = new double[n];
        rows.MultiplyRows(x, rv);
        for (var i = 0; i < n; i++) { rv[i] = b[i] - rv[i]; r0[i] = rv[i] + (i % 7 + 1) * 1e-3 * Math.Abs(b[i] + rv[i]); }
        var bnorm = Norm(b);
        if (bnorm == 0) { x.Clear(); return true; }
        double rho = 1, alpha = 1, omega = 1;
        for (var it = 0; it < maxIterations; it++)
        {
            if (budget.OutOfTime) return false;
            var rhoNew = Dot(r0, rv);
            if (Math.Abs(rhoNew) < 1e-300) return false;
            var beta = rhoNew / rho * (alpha / omega);
            for (var i = 0; i < n; i++) { p0[i] = rv[i] + beta * (p0[i] - omega * v[i]); ph[i] = p0[i] * inv[i]; }
            rows.MultiplyRows(ph, v);
            var r0v = Dot(r0, v);
            if (r0v == 0) return false;
            alpha = rhoNew / r0v;
            for (var i = 0; i < n; i++) s[i] = rv[i] - alpha * v[i];
            if (Norm(s) <= tolerance * bnorm)
            {
                for (var i = 0; i < n; i++) x[i] += alpha * ph[i];
                return true;
            }
            for (var i = 0; i < n; i++) sh[i] = s[i] * inv[i];
            rows.MultiplyRows(sh, t);
            var tt = Dot(t, t);
            if (tt == 0) return false;
            omega = Dot(t, s) / tt;
            for (var i = 0; i < n; i++) { x[i] += alpha * ph[i] + omega * sh[i]; rv[i] = s[i] - omega * t[i]; }
            if (Norm(rv) <= tolerance * bnorm) return true;
            if (omega == 0) return false;
            rho = rhoNew;
        }
        return false;
    }

    /// <summary>1 / diagonal, with 1 where the diagonal is zero (the preconditioner then leaves that row alone).</summary>
    internal static double[] InverseDiagonal(CompressedMatrix rows)
    {
        var inv = rows.Diagonal();
        for (var r = 0; r < inv.Length; r++) inv[r] = inv[r] == 0 ? 1 : 1 / inv[r];
        return inv;
    }

    internal static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => Vectors.Dot(a, b);

    internal static double Norm(ReadOnlySpan<double> a) => Vectors.Norm(a);
}
