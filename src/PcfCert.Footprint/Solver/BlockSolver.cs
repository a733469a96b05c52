namespace PcfCert.Footprint.Solver;

/// <summary>
/// Solves one cyclic block A_BB x_B = b_B − A_B,rest x_rest. Small blocks go straight to the sparse LU; large
/// ones try Jacobi-preconditioned BiCGSTAB first and fall back to the LU when it does not reach its tolerance.
/// LU factors are kept so iterative refinement reuses them.
/// </summary>
internal sealed class BlockSolver(CompressedMatrix csr, int directLimit = BlockSolver.DefaultDirectLimit)
{
    /// <summary>Blocks up to this size are factored directly; the LU is cheaper than iterating there.</summary>
    public const int DefaultDirectLimit = 400;
    private readonly Dictionary<int, SparseLu> _factors = [];
    private readonly Dictionary<int, CompressedMatrix> _matrices = [];
    private readonly int[] _local = Enumerable.Repeat(-1, csr.N).ToArray();

    public SortedSet<string> MethodsUsed { get; } = [];

    public SolveFailure? Solve(int id, int[] block, double[] b, double[] x)
    {
        var m = block.Length;
        // The whole system is one block (usual for LCA databases): use the matrix as it is, no extraction.
        if (m == csr.N) return SolveLocal(id, csr, null, Enumerable.Range(0, m).ToArray(), b, x);
        for (var k = 0; k < m; k++) _local[block[k]] = k;
        var rhs = new double[m];
        var rowsL = new List<int>(); var colsL = new List<int>(); var vals = new List<double>();
        for (var k = 0; k < m; k++)
        {
            var g = block[k];
            rhs[k] = b[g];
            for (var p = csr.Ptr[g]; p < csr.Ptr[g + 1]; p++)
            {
                var i = csr.Index[p];
                if (_local[i] >= 0) { rowsL.Add(k); colsL.Add(_local[i]); vals.Add(csr.Value[p]); }
                else rhs[k] -= csr.Value[p] * x[i];
            }
        }
        foreach (var g in block) _local[g] = -1;
        if (!_matrices.TryGetValue(id, out var rows))
            rows = _matrices[id] = CompressedMatrix.From(m, rowsL.ToArray(), colsL.ToArray(), vals.ToArray());
        return SolveLocal(id, rows, rhs, block, b, x);
    }

    private SolveFailure? SolveLocal(int id, CompressedMatrix rows, double[]? rhs, int[] block, double[] b, double[] x)
    {
        var m = block.Length;
        rhs ??= b;
        var y = new double[m];
        if (m > directLimit && !_factors.ContainsKey(id))
        {
            // Tolerance 1e-12 on the recurrence residual; the true residual is checked again (≤ 1e-10 here,
            // ≤ 1e-9 for the whole system in NetworkSolver) because the recurrence can drift from it.
            if (BiCgStab.TrySolve(rows, rhs, y, 1e-12, 2000) && Relative(rows, rhs, y) <= 1e-10)
            {
                MethodsUsed.Add("bicgstab");
                for (var k = 0; k < m; k++) x[block[k]] = y[k];
                return null;
            }
        }
        if (!_factors.TryGetValue(id, out var lu))
        {
            var csc = rows.Transpose();
            lu = SparseLu.Factor(csc, out _, SparseLu.DegreeOrder(csc));
            if (lu is null)
                return new SolveFailure(ErrorCode.SingularSystem, block, "the processes of this cycle cannot be scaled to meet the demand");
            _factors[id] = lu;
        }
        MethodsUsed.Add("sparse-lu");
        rhs.CopyTo(y, 0);
        lu.Solve(y);
        for (var k = 0; k < m; k++) x[block[k]] = y[k];
        return null;
    }

    private static double Relative(CompressedMatrix rows, double[] b, double[] y)
    {
        var r = new double[b.Length];
        rows.MultiplyRows(y, r);
        for (var i = 0; i < r.Length; i++) r[i] = b[i] - r[i];
        var bn = BiCgStab.Norm(b);
        return bn == 0 ? BiCgStab.Norm(r) : BiCgStab.Norm(r) / bn;
    }
}
