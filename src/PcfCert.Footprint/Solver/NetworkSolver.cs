namespace PcfCert.Footprint.Solver;

/// <summary>
/// A compressed network. Its component order and block solver are built on first need (a large network the first
/// attempt solves never needs them) and kept, as are LU factors between solves. Not thread-safe.
/// </summary>
internal sealed class PreparedNetwork(CompressedMatrix csr, int reference, int directLimit, List<int[]>? order = null, bool firstAttempt = true,
    int[]? columnMaxima = null)
{
    private List<int[]>? _order = order;
    private BlockSolver? _blocks;

    public CompressedMatrix Csr { get; } = csr;

    public int Reference { get; } = reference;

    /// <summary>Components reachable from the reference, consumers before their suppliers (Tarjan, on first use).</summary>
    public List<int[]> Order => _order ??= StronglyConnected.Upstream(Csr, Reference);

    public BlockSolver Blocks => _blocks ??= new BlockSolver(Csr, directLimit);

    /// <summary>Each column's largest ⌊log2 |a|⌋, taken while compressing, for the first attempt's scaling (null: not taken).</summary>
    public int[]? ColumnMaxima { get; } = columnMaxima;

    /// <summary>Whether a demand is first tried on the whole network (<see cref="FirstAttempt"/>): large forward networks only.</summary>
    public bool TriesFirstAttempt { get; } = firstAttempt && csr.N > directLimit;
}

/// <summary>
/// Solves A s = b for the scaling vector of a technosphere (diagonal: outputs; off-diagonal: negative uses).
/// Processes are ordered by strongly connected components; acyclic parts are solved by substitution in
/// topological order, cyclic blocks by <see cref="BlockSolver"/>. Every solution is residual-checked on the
/// row-equilibrated system (‖R(b − A s)‖ / ‖R b‖ ≤ <see cref="MaxRelativeResidual"/>, R the powers of two of
/// <see cref="BlockSolver.RowScale"/>, so the test does not depend on the units of the products), refined if
/// needed, or reported as a failure.
/// </summary>
internal static class NetworkSolver
{
    public const double MaxRelativeResidual = 1e-9;

    /// <summary>Compresses, orders and solves in one call.</summary>
    public static (double[]? Scaling, SolveReport? Report, SolveFailure? Failure) Solve(
        int n, int[] rows, int[] cols, double[] values, int reference, double demand, int directLimit = BlockSolver.DefaultDirectLimit,
        SolveBudget? budget = null, bool allowNegative = false) =>
        Solve(Prepare(n, rows, cols, values, reference, directLimit), demand, budget, allowNegative);

    /// <summary>
    /// Compresses the triplets and orders the components reachable from the reference process. The structure
    /// does not change between demands (nor between Monte Carlo draws of a database), so it can be kept.
    /// </summary>
    public static PreparedNetwork Prepare(int n, int[] rows, int[] cols, double[] values, int reference, int directLimit = BlockSolver.DefaultDirectLimit)
    {
        // A network the first attempt will try gets its column maxima in the compressing pass, not in a pass of its own.
        var maxima = n > directLimit ? new int[n] : null;
        return new(CompressedMatrix.From(n, rows, cols, values, maxima), reference, directLimit, columnMaxima: maxima);
    }

    /// <summary>
    /// Solves a prepared network for <paramref name="demand"/> units of the reference product: a large network is first
    /// tried whole (<see cref="FirstAttempt"/>); when that attempt is not accepted, the component cascade solves it.
    /// </summary>
    // allowNegative: negative scalings are expected (avoided products displace processes) and not refused.
    public static (double[]? Scaling, SolveReport? Report, SolveFailure? Failure) Solve(PreparedNetwork network, double demand, SolveBudget? budget = null,
        bool allowNegative = false)
    {
        budget ??= SolveBudget.Unlimited;
        if (network.TriesFirstAttempt && FirstAttempt.TrySolve(network, demand, budget, allowNegative) is { } first) return first;
        var b = new double[network.Csr.N];
        b[network.Reference] = demand;
        return Solve(network, b, budget, allowNegative);
    }

    /// <summary>
    /// The transposed network Aᵀ on the same processes, components in the opposite order (suppliers first): solving it
    /// for the direct impacts d gives λ with Aᵀλ = d, the cumulative impact per unit of every process's product.
    /// </summary>
    public static PreparedNetwork Transposed(PreparedNetwork network)
    {
        var t = network.Csr.Transpose();
        var order = new List<int[]>(network.Order);
        order.Reverse();
        // Not tried whole: the right-hand side has entries outside the processes the reference reaches.
        return new PreparedNetwork(t, network.Reference, BlockSolver.DefaultDirectLimit, order, firstAttempt: false);
    }

    /// <summary>Solves a prepared network for a right-hand side <paramref name="b"/> over its ordered processes.</summary>
    public static (double[]? Scaling, SolveReport? Report, SolveFailure? Failure) Solve(PreparedNetwork network, double[] b, SolveBudget? budget,
        bool allowNegative)
    {
        budget ??= SolveBudget.Unlimited;
        var (csr, order, blocks) = (network.Csr, network.Order, network.Blocks);
        var n = csr.N;
        var x = new double[n];
        var failure = Sweep(order, csr, blocks, b, x, budget);
        if (failure is not null) return (null, null, failure);

        // Rows of processes the reference does not reach are left out: forwards they are zero anyway, and in the
        // transposed system (contribution tree) they belong to consumers outside the product system.
        var reachedRows = new bool[n];
        foreach (var component in order) foreach (var i in component) reachedRows[i] = true;
        var residual = new double[n];
        var (scaled, relative) = Residual(csr, blocks.RowScale, b, x, residual, reachedRows);
        for (var refinement = 0; refinement < 3 && scaled > MaxRelativeResidual * 1e-2; refinement++)
        {
            var d = new double[n];
            if (Sweep(order, csr, blocks, residual, d, budget) is not null) break;
            for (var i = 0; i < n; i++) x[i] += d[i];
            (scaled, relative) = Residual(csr, blocks.RowScale, b, x, residual, reachedRows);
        }
        if (!(scaled <= MaxRelativeResidual))
            return (null, null, new SolveFailure(ErrorCode.ResidualTooLarge, order.SelectMany(c => c).ToArray(),
                $"scaled relative residual {scaled:E3} exceeds {MaxRelativeResidual:E0}"));
        double max = 0;
        var reached = 0;
        foreach (var component in order)
            foreach (var i in component) { max = Math.Max(max, Math.Abs(x[i])); reached++; }
        var negative = new List<int>();
        foreach (var component in order)
            foreach (var i in component)
                if (allowNegative) continue;
                else if (x[i] < -1e-9 * max) negative.Add(i);
                else if (x[i] < 0) x[i] = 0; // round-off below the tolerance
        if (negative.Count > 0)
            return (null, null, new SolveFailure(ErrorCode.NegativeScaling, negative.ToArray(), "the demand can only be met by running these processes backwards"));
        var cyclic = order.Where(c => c.Length > 1).ToList();
        var methods = new List<string> { "substitution" };
        methods.AddRange(blocks.MethodsUsed);
        return (x, new SolveReport(reached, order.Count, cyclic.Count, cyclic.Count == 0 ? 0 : cyclic.Max(c => c.Length),
            methods, relative) { ScaledResidual = scaled }, null);
    }

    /// <summary>Processes, components, cyclic blocks and the largest block of a network's component order.</summary>
    internal static (int Processes, int Components, int CyclicBlocks, int LargestBlock) Structure(List<int[]> order)
    {
        int reached = 0, cyclic = 0, largest = 0;
        foreach (var c in order)
        {
            reached += c.Length;
            if (c.Length > 1) { cyclic++; largest = Math.Max(largest, c.Length); }
        }
        return (reached, order.Count, cyclic, largest);
    }

    private static SolveFailure? Sweep(List<int[]> order, CompressedMatrix csr, BlockSolver blocks, double[] b, double[] x, SolveBudget budget)
    {
        for (var c = 0; c < order.Count; c++)
        {
            var component = order[c];
            if (component.Length > 1)
            {
                if (blocks.Solve(c, component, b, x, budget) is { } failure) return failure;
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

    // r = b − A x (unscaled, for refinement); returns ‖R r‖ / ‖R b‖ and ‖r‖ / ‖b‖ from one product.
    // reached null: every row counts.
    internal static (double Scaled, double Plain) Residual(CompressedMatrix csr, ReadOnlySpan<double> rowScale, ReadOnlySpan<double> b,
        ReadOnlySpan<double> x, Span<double> r, bool[]? reached)
    {
        var n = csr.N;
        r = r[..n];
        csr.MultiplyRows(x, r);
        double rr = 0, bb = 0, rrPlain = 0, bbPlain = 0;
        for (var i = 0; i < n; i++)
        {
            if (reached is not null && !reached[i]) { r[i] = 0; continue; }
            r[i] = b[i] - r[i];
            var s = rowScale[i];
            rr += r[i] * s * (r[i] * s);
            bb += b[i] * s * (b[i] * s);
            rrPlain += r[i] * r[i];
            bbPlain += b[i] * b[i];
        }
        return (bb == 0 ? Math.Sqrt(rr) : Math.Sqrt(rr / bb), bbPlain == 0 ? Math.Sqrt(rrPlain) : Math.Sqrt(rrPlain / bbPlain));
    }
}
