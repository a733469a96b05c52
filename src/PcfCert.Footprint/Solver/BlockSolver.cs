namespace PcfCert.Footprint.Solver;

/// <summary>
/// Solves one cyclic block A_BB x_B = b_B − A_B,rest x_rest on its equilibrated form R·A_BB·C (powers of two, see
/// <see cref="Equilibration"/>). Small blocks go straight to the sparse LU. Larger ones run a cascade, each step
/// accepted only when its true scaled residual is at most <see cref="BlockTolerance"/>: Jacobi-preconditioned
/// GMRES(m) with restarts, then BiCGSTAB, then the sparse LU with its fill-reducing order, all within one
/// <see cref="SolveBudget"/>. LU factors and equilibrations are kept, so refinement and later demands reuse them.
/// </summary>
internal sealed class BlockSolver
{
    /// <summary>Blocks up to this size are factored directly; the LU is cheaper than iterating there.</summary>
    public const int DefaultDirectLimit = 400;
    /// <summary>Scaled relative residual a block's solution must reach.</summary>
    public const double BlockTolerance = 1e-10;
    private readonly CompressedMatrix _csr;
    private readonly int _directLimit;
    private readonly Dictionary<int, SparseLu> _factors = [];
    private readonly Dictionary<int, Equilibration> _scaled = [];
    private readonly int[] _local;

    public BlockSolver(CompressedMatrix csr, int directLimit = DefaultDirectLimit)
    {
        _csr = csr;
        _directLimit = directLimit;
        _local = new int[csr.N];
        Array.Fill(_local, -1);
        RowScale = csr.Diagonal();
        for (var r = 0; r < csr.N; r++) RowScale[r] = Equilibration.Inverse(Math.Abs(RowScale[r]));
    }

    /// <summary>Iterative methods only (no LU fallback), for benchmarks of the cascade's first steps.</summary>
    public bool IterativeOnly { get; init; }

    /// <summary>Row scale of every process: the block's equilibration, or 1/|diagonal| (a power of two) alone.</summary>
    public double[] RowScale { get; }

    public SortedSet<string> MethodsUsed { get; } = [];

    public int GmresIterations { get; private set; }

    public SolveFailure? Solve(int id, int[] block, double[] b, double[] x, SolveBudget budget)
    {
        var m = block.Length;
        // The whole system is one block (usual for LCA databases): use the matrix as it is, in its own order.
        if (m == _csr.N) block = Enumerable.Range(0, m).ToArray();
        if (!_scaled.TryGetValue(id, out var eq))
        {
            eq = _scaled[id] = Equilibration.Of(m == _csr.N ? _csr : Extract(block));
            for (var k = 0; k < m; k++) RowScale[block[k]] = eq.Row[k];
        }
        // Right-hand side of the block: b_B minus what the already solved processes take from it, scaled by R.
        var rhs = new double[m];
        if (m == _csr.N) for (var k = 0; k < m; k++) rhs[k] = b[k] * eq.Row[k];
        else
        {
            for (var k = 0; k < m; k++) _local[block[k]] = k;
            for (var k = 0; k < m; k++)
            {
                var g = block[k];
                var sum = b[g];
                for (var p = _csr.Ptr[g]; p < _csr.Ptr[g + 1]; p++)
                    if (_local[_csr.Index[p]] < 0) sum -= _csr.Value[p] * x[_csr.Index[p]];
                rhs[k] = sum * eq.Row[k];
            }
            foreach (var g in block) _local[g] = -1;
        }
        var y = new double[m];
        var failure = SolveScaled(id, eq.Scaled, rhs, y, block, budget);
        if (failure is not null) return failure;
        for (var k = 0; k < m; k++) x[block[k]] = y[k] * eq.Column[k];
        return null;
    }

    private SolveFailure? SolveScaled(int id, CompressedMatrix a, double[] rhs, double[] y, int[] block, SolveBudget budget)
    {
        var m = a.N;
        if (m > _directLimit && !_factors.ContainsKey(id))
        {
            // x0 = D⁻¹b for both methods; each is accepted on its true residual, not on its recurrence.
            var inv = BiCgStab.InverseDiagonal(a);
            Vectors.Multiply(rhs, inv, y);
            // GMRES's residual is the true one (b − A y from the matrix), so it needs no second check.
            var outcome = Gmres.Solve(a, inv, rhs, y, 1e-12, 4000, budget, out var iterations, out var residual);
            GmresIterations += iterations;
            if (outcome == Gmres.Outcome.Converged && residual <= BlockTolerance * Vectors.Norm(rhs)) { MethodsUsed.Add("gmres"); return null; }
            if (outcome == Gmres.Outcome.OutOfBudget) return OverBudget(block, budget, "GMRES");
            if (BiCgStab.TrySolve(a, rhs, y, 1e-12, 2000, budget) && Relative(a, rhs, y) <= BlockTolerance) { MethodsUsed.Add("bicgstab"); return null; }
            if (budget.OutOfTime) return OverBudget(block, budget, "BiCGSTAB");
            if (IterativeOnly) return new SolveFailure(ErrorCode.ResidualTooLarge, block, "GMRES and BiCGSTAB did not converge");
        }
        if (!_factors.TryGetValue(id, out var lu))
        {
            var csc = a.Transpose();
            lu = SparseLu.Factor(csc, out _, out var outOfBudget, SparseLu.DegreeOrder(csc), budget);
            if (outOfBudget) return OverBudget(block, budget, "the sparse LU");
            if (lu is null)
                return new SolveFailure(ErrorCode.SingularSystem, block, "the processes of this cycle cannot be scaled to meet the demand");
            _factors[id] = lu;
        }
        MethodsUsed.Add("sparse-lu");
        rhs.CopyTo(y, 0);
        lu.Solve(y);
        // Two steps of refinement with the same factors: cheap, and they take the scaled residual to round-off.
        var r = new double[m];
        for (var step = 0; step < 2; step++)
        {
            a.MultiplyRows(y, r);
            for (var k = 0; k < m; k++) r[k] = rhs[k] - r[k];
            lu.Solve(r);
            for (var k = 0; k < m; k++) y[k] += r[k];
        }
        return null;
    }

    private static SolveFailure OverBudget(int[] block, SolveBudget budget, string method) =>
        new(ErrorCode.SolveBudgetExceeded, block,
            $"a cyclic block of {block.Length} processes could not be solved within the budget ({budget.Describe()}) by {method}");

    private CompressedMatrix Extract(int[] block)
    {
        var m = block.Length;
        for (var k = 0; k < m; k++) _local[block[k]] = k;
        var rowsL = new List<int>(); var colsL = new List<int>(); var vals = new List<double>();
        for (var k = 0; k < m; k++)
        {
            var g = block[k];
            for (var p = _csr.Ptr[g]; p < _csr.Ptr[g + 1]; p++)
                if (_local[_csr.Index[p]] is var l and >= 0) { rowsL.Add(k); colsL.Add(l); vals.Add(_csr.Value[p]); }
        }
        foreach (var g in block) _local[g] = -1;
        return CompressedMatrix.From(m, rowsL.ToArray(), colsL.ToArray(), vals.ToArray());
    }

    internal static double Relative(CompressedMatrix rows, double[] b, double[] y)
    {
        var r = new double[b.Length];
        rows.MultiplyRows(y, r);
        for (var i = 0; i < r.Length; i++) r[i] = b[i] - r[i];
        var bn = BiCgStab.Norm(b);
        return bn == 0 ? BiCgStab.Norm(r) : BiCgStab.Norm(r) / bn;
    }
}
