using System.Buffers;

namespace PcfCert.Footprint.Solver;

/// <summary>
/// The cascade's first step on a large network: the whole matrix, without the component order, is scaled by
/// <see cref="MaxScaling.ColumnsThenRows"/> (powers of two, so exact) and solved by GMRES capped at
/// <see cref="MaxIterations"/> iterations, preconditioned by backward Gauss–Seidel (<see cref="GaussSeidelGmres"/>) when
/// the scaled matrix is nearly upper triangular in its own order (market-shaped networks: about half the iterations
/// for the same cost per iteration), by Jacobi otherwise or when Gauss–Seidel did not converge within the cap. The solution is accepted on the same tests as the cascade's: the
/// residual ‖R(b − A s)‖ from the matrix, refined as the cascade refines, must be at most
/// <see cref="BlockSolver.BlockTolerance"/>·‖R b‖ (the block test, stricter than the network's
/// <see cref="NetworkSolver.MaxRelativeResidual"/>), then no negative scaling. Anything else (no convergence within
/// the cap, a negative scaling, the budget running out) returns null, and the caller orders the components and runs
/// the full cascade, which gives the verdict. Processes the reference does not reach stay exactly zero: the Krylov vectors
/// never leave the processes the demand reaches (a row outside them has entries only in columns outside them, so
/// neither a product nor a Gauss–Seidel sweep brings them in).
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
            using var solver = new ScaledSolver(eq, inv, budget);
            var bs = b.AsSpan(0, n);
            bs.Clear();
            bs[network.Reference] = demand;
            var x = new double[n];
            if (!solver.Solve(bs, y.AsSpan(0, n), rhs.AsSpan(0, n))) return null;
            for (var i = 0; i < n; i++) x[i] = y[i] * eq.Column[i];
            // The true residual from the matrix: R(b − A x) with R powers of two is the scaled system's residual
            // R b − (R A C) y, so this one product is both the block's test and the network's.
            var (scaled, relative) = NetworkSolver.Residual(csr, eq.Row, bs, x, r, null);
            for (var refinement = 0; refinement < 3 && scaled > NetworkSolver.MaxRelativeResidual * 1e-2; refinement++)
            {
                if (!solver.Solve(r.AsSpan(0, n), y.AsSpan(0, n), rhs.AsSpan(0, n))) break;
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

    // Solves the scaled system R A C (C⁻¹ s) = R b for y = C⁻¹ s: by Gauss–Seidel-preconditioned GMRES (the rows split
    // once per demand), or, when Gauss–Seidel is not defined (a zero diagonal) or did not converge within the cap, by
    // Jacobi-preconditioned GMRES from y = D⁻¹ R b. True when the method's estimate met its target (the caller tests
    // the true residual).
    private sealed class ScaledSolver : IDisposable
    {
        private readonly Equilibration _eq;
        private readonly double[] _inv;
        private readonly SolveBudget _budget;
        private readonly int[] _diagonal;
        private GaussSeidelGmres.Splitting? _split;

        public ScaledSolver(Equilibration eq, double[] inv, SolveBudget budget)
        {
            (_eq, _inv, _budget) = (eq, inv, budget);
            _diagonal = ArrayPool<int>.Shared.Rent(eq.Scaled.N);
            // Gauss–Seidel where the matrix is nearly upper triangular in its own order (judged on a sample of rows, then
            // on all of them), otherwise, or where a diagonal entry is zero, Jacobi (1 where the diagonal is zero).
            if (GaussSeidelGmres.SampledUpperShare(eq.Scaled) >= GaussSeidelGmres.MinimumUpperShare
                && GaussSeidelGmres.Analyse(eq.Scaled, _diagonal, inv) is (true, var ordered, >= GaussSeidelGmres.MinimumUpperShare))
                _split = GaussSeidelGmres.Split(eq.Scaled, ordered, _diagonal, inv);
            else eq.Scaled.InverseDiagonal(inv);
        }

        public bool Solve(ReadOnlySpan<double> b, Span<double> y, Span<double> rhs)
        {
            Vectors.Multiply(b, _eq.Row, rhs);
            if (_split is not null)
            {
                if (GaussSeidelGmres.Solve(_split, rhs, y, 1e-12, MaxIterations, _budget, out _)) return true;
                _split.Dispose(); // not within the cap: Jacobi for this and any later correction
                _split = null;
            }
            var inverse = _inv.AsSpan(0, _eq.Scaled.N);
            Vectors.Multiply(rhs, inverse, y);
            return Gmres.Solve(_eq.Scaled, inverse, rhs, y, 1e-12, MaxIterations, _budget, out _, out _, verified: false) == Gmres.Outcome.Converged;
        }

        public void Dispose()
        {
            _split?.Dispose();
            ArrayPool<int>.Shared.Return(_diagonal);
        }
    }
}
