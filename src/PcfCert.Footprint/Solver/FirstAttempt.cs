using System.Buffers;

namespace PcfCert.Footprint.Solver;

/// <summary>
/// The cascade's first step on a large network: the whole matrix, without the component order, is scaled by
/// <see cref="MaxScaling.ColumnsThenRows"/> (powers of two, so exact) and solved by Jacobi-preconditioned GMRES capped
/// at <see cref="MaxIterations"/> iterations. The solution is accepted on the same tests as the cascade's: the
/// residual ‖R(b − A s)‖ from the matrix, refined as the cascade refines, must be at most
/// <see cref="BlockSolver.BlockTolerance"/>·‖R b‖ (the block test, stricter than the network's
/// <see cref="NetworkSolver.MaxRelativeResidual"/>), then no negative scaling. Anything else (no convergence within
/// the cap, a negative scaling, the budget running out) returns null, and the caller orders the components and runs
/// the full cascade, which gives the verdict. Processes the reference does not reach stay exactly zero: the Krylov vectors never leave the processes
/// the demand reaches.
/// </summary>
internal static class FirstAttempt
{
    /// <summary>GMRES iterations before giving up to the cascade (one restart of the 40-vector basis and half another).</summary>
    public const int MaxIterations = 60;

    public static (double[]? Scaling, SolveReport? Report, SolveFailure? Failure)? TrySolve(PreparedNetwork network, double demand, SolveBudget budget,
        bool allowNegative)
    {
        var csr = network.Csr;
        var n = csr.N;
        // Work vectors and the equilibrated values come from the shared pool and go back to it: a solve would otherwise
        // put about 8 MB of large-object garbage on the heap for every demand. Each is written before it is read.
        var pool = ArrayPool<double>.Shared;
        var values = pool.Rent(csr.NonZeros);
        double[] inv = pool.Rent(n), b = pool.Rent(n), rhs = pool.Rent(n), y = pool.Rent(n), r = pool.Rent(n);
        try
        {
            var eq = MaxScaling.ColumnsThenRows(csr, network.ColumnMaxima, values);
            eq.Scaled.InverseDiagonal(inv);
            var bs = b.AsSpan(0, n);
            bs.Clear();
            bs[network.Reference] = demand;
            var x = new double[n];
            if (!SolveScaled(eq, inv.AsSpan(0, n), bs, y.AsSpan(0, n), rhs.AsSpan(0, n), budget)) return null;
            for (var i = 0; i < n; i++) x[i] = y[i] * eq.Column[i];
            // The true residual from the matrix: R(b − A x) with R powers of two is the scaled system's residual
            // R b − (R A C) y, so this one product is both the block's test and the network's.
            var (scaled, relative) = NetworkSolver.Residual(csr, eq.Row, bs, x, r, null);
            for (var refinement = 0; refinement < 3 && scaled > NetworkSolver.MaxRelativeResidual * 1e-2; refinement++)
            {
                if (!SolveScaled(eq, inv.AsSpan(0, n), r.AsSpan(0, n), y.AsSpan(0, n), rhs.AsSpan(0, n), budget)) break;
                for (var i = 0; i < n; i++) x[i] += y[i] * eq.Column[i];
                (scaled, relative) = NetworkSolver.Residual(csr, eq.Row, bs, x, r, null);
            }
            if (!(scaled <= BlockSolver.BlockTolerance)) return null; // stricter than the network's 1e-9: the block test
            double max = 0;
            foreach (var v in x) max = Math.Max(max, Math.Abs(v));
            if (!allowNegative)
                for (var i = 0; i < n; i++)
                    if (x[i] < -1e-9 * max) return null; // the cascade names the processes
                    else if (x[i] < 0) x[i] = 0; // round-off below the tolerance
            return (x, new SolveReport(() => NetworkSolver.Structure(network.Order), ["gmres"], relative) { ScaledResidual = scaled }, null);
        }
        finally
        {
            pool.Return(values);
            foreach (var a in (double[][])[inv, b, rhs, y, r]) pool.Return(a);
        }
    }

    // y = C⁻¹ s for A s = b on the scaled system R A C (C y) = R b, from y = D⁻¹ R b; true when GMRES's estimate met its
    // target (the caller tests the true residual).
    private static bool SolveScaled(Equilibration eq, ReadOnlySpan<double> inv, ReadOnlySpan<double> b, Span<double> y, Span<double> rhs, SolveBudget budget)
    {
        Vectors.Multiply(b, eq.Row, rhs);
        Vectors.Multiply(rhs, inv, y);
        return Gmres.Solve(eq.Scaled, inv, rhs, y, 1e-12, MaxIterations, budget, out _, out _, verified: false) == Gmres.Outcome.Converged;
    }
}
