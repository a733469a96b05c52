namespace PcfCert.Footprint.Solver;

/// <summary>
/// Solves A s = b for the scaling vector of a technosphere (diagonal: outputs; off-diagonal: negative uses).
/// Processes are ordered by strongly connected components; acyclic parts are solved by substitution in
/// topological order, cyclic blocks by <see cref="BlockSolver"/>. Every solution is residual-checked
/// (‖b − A s‖ / ‖b‖ ≤ <see cref="MaxRelativeResidual"/>), refined if needed, or reported as a failure.
/// </summary>
internal static class NetworkSolver
{
    public const double MaxRelativeResidual = 1e-9;

    public static (double[]? Scaling, SolveReport? Report, SolveFailure? Failure) Solve(
        int n, int[] rows, int[] cols, double[] values, int reference, double demand, int directLimit = BlockSolver.DefaultDirectLimit)
    {
        var csr = CompressedMatrix.From(n, rows, cols, values);
        var csc = csr.Transpose();
        var order = StronglyConnected.From(csc, reference);
        order.Reverse(); // consumers before their suppliers
        var blocks = new BlockSolver(csr, directLimit);
        var b = new double[n];
        b[reference] = demand;
        var x = new double[n];
        var failure = Sweep(order, csr, blocks, b, x);
        if (failure is not null) return (null, null, failure);

        var residual = new double[n];
        var relative = Residual(csr, b, x, residual);
        for (var refinement = 0; refinement < 3 && relative > MaxRelativeResidual * 1e-2; refinement++)
        {
            var d = new double[n];
            if (Sweep(order, csr, blocks, residual, d) is not null) break;
            for (var i = 0; i < n; i++) x[i] += d[i];
            relative = Residual(csr, b, x, residual);
        }
        var all = order.SelectMany(c => c).ToArray();
        if (!(relative <= MaxRelativeResidual))
            return (null, null, new SolveFailure(ErrorCode.ResidualTooLarge, all, $"relative residual {relative:E3} exceeds {MaxRelativeResidual:E0}"));
        var max = all.Length == 0 ? 0 : all.Max(i => Math.Abs(x[i]));
        var negative = all.Where(i => x[i] < -1e-9 * max).ToArray();
        if (negative.Length > 0)
            return (null, null, new SolveFailure(ErrorCode.NegativeScaling, negative, "the demand can only be met by running these processes backwards"));
        foreach (var i in all) if (x[i] < 0) x[i] = 0; // round-off below the tolerance above
        var cyclic = order.Where(c => c.Length > 1).ToList();
        var methods = new List<string> { "substitution" };
        methods.AddRange(blocks.MethodsUsed);
        return (x, new SolveReport(all.Length, order.Count, cyclic.Count, cyclic.Count == 0 ? 0 : cyclic.Max(c => c.Length),
            methods, relative), null);
    }

    private static SolveFailure? Sweep(List<int[]> order, CompressedMatrix csr, BlockSolver blocks, double[] b, double[] x)
    {
        for (var c = 0; c < order.Count; c++)
        {
            var component = order[c];
            if (component.Length > 1)
            {
                if (blocks.Solve(c, component, b, x) is { } failure) return failure;
                continue;
            }
            var j = component[0];
            double sum = b[j], d = 0;
            for (var p = csr.Ptr[j]; p < csr.Ptr[j + 1]; p++)
            {
                var i = csr.Index[p];
                if (i == j) d = csr.Value[p]; else sum -= csr.Value[p] * x[i];
            }
            if (d == 0) return new SolveFailure(ErrorCode.SingularSystem, [j], "the process's net output is zero");
            x[j] = sum / d;
        }
        return null;
    }

    private static double Residual(CompressedMatrix csr, double[] b, double[] x, double[] r)
    {
        csr.MultiplyRows(x, r);
        for (var i = 0; i < r.Length; i++) r[i] = b[i] - r[i];
        var bn = BiCgStab.Norm(b);
        return bn == 0 ? BiCgStab.Norm(r) : BiCgStab.Norm(r) / bn;
    }
}
