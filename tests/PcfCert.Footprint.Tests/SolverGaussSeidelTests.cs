using PcfCert.Footprint.Solver;

namespace PcfCert.Footprint.Tests;

/// <summary>
/// Issue 16 item 1: the first attempt preconditions GMRES by backward Gauss–Seidel (Eisenstat's trick) when the scaled
/// matrix is nearly upper triangular in its own order — market-shaped networks — and by Jacobi otherwise. The answer is
/// still accepted only on the true double-precision residual.
/// </summary>
public class SolverGaussSeidelTests
{
    /// <summary>
    /// A market-shaped network as the solver sweep's (bench LcaNetwork.Create, smaller): <paramref name="markets"/>
    /// markets, each supplied by the processes p ≡ m (mod markets) in proportion to random shares (1.02 units per unit
    /// sold: 2 % losses); every process uses 10–15 market products and sometimes an earlier process's product; every
    /// product's unit and process's run size rescaled by 10^U(−6, 6). One strongly connected block through the markets.
    /// </summary>
    internal static (int[] Rows, int[] Cols, double[] Values) MarketNetwork(int n, int markets, int seed)
    {
        var rng = new Random(seed);
        var rows = new List<int>(); var cols = new List<int>(); var vals = new List<double>();
        void Add(int r, int c, double v) { rows.Add(r); cols.Add(c); vals.Add(v); }
        var shares = new double[n];
        var totals = new double[markets];
        for (var p = markets; p < n; p++) { shares[p] = 0.2 + rng.NextDouble(); totals[p % markets] += shares[p]; }
        for (var m = 0; m < markets; m++) Add(m, m, 1);
        for (var p = markets; p < n; p++) Add(p, p % markets, -1.02 * shares[p] / totals[p % markets]);
        for (var p = markets; p < n; p++)
        {
            Add(p, p, 1);
            var inputs = 10 + rng.Next(6);
            for (var k = 0; k < inputs; k++) Add(rng.Next(markets), p, -(0.005 + 0.07 * rng.NextDouble()));
            if (p > markets && rng.Next(5) == 0) Add(markets + rng.Next(p - markets), p, -(0.01 + 0.1 * rng.NextDouble()));
        }
        var u = Enumerable.Range(0, n).Select(_ => Math.Pow(10, -6 + 12 * rng.NextDouble())).ToArray();
        var w = Enumerable.Range(0, n).Select(_ => Math.Pow(10, -6 + 12 * rng.NextDouble())).ToArray();
        return (rows.ToArray(), cols.ToArray(), vals.Select((a, e) => a * u[rows[e]] * w[cols[e]]).ToArray());
    }

    // ‖R(b − A x)‖/‖R b‖ in double from the triplets, R the powers of two of the first attempt's row scale: the acceptance test, recomputed here.
    private static double ScaledResidual(int n, int[] rows, int[] cols, double[] vals, int reference, double demand, double[] x)
    {
        var eq = MaxScaling.ColumnsThenRows(CompressedMatrix.From(n, rows, cols, vals));
        var r = new double[n];
        r[reference] = demand;
        for (var e = 0; e < rows.Length; e++) r[rows[e]] -= vals[e] * x[cols[e]];
        double rr = 0;
        for (var i = 0; i < n; i++) rr += r[i] * eq.Row[i] * (r[i] * eq.Row[i]);
        return Math.Sqrt(rr) / Math.Abs(demand * eq.Row[reference]);
    }

    [Fact]
    public void Backward_sweep_and_lower_product_match_a_hand_computed_case_in_either_entry_order()
    {
        // A = [[2, 1, 0], [−1, 4, 2], [0, −2, 8]], v = (1, 2, 3). By hand: t = (D + U)⁻¹ v from the last row:
        // t2 = 3/8 = 0.375, t1 = (2 − 2·0.375)/4 = 0.3125, t0 = (1 − 0.3125)/2 = 0.34375; then A t = v + L t:
        // w = (1, 2 − 0.34375, 3 − 2·0.3125) = (1, 1.65625, 2.375). All exact in binary.
        int[] rows = [0, 0, 1, 1, 1, 2, 2];
        int[] cols = [0, 1, 0, 1, 2, 1, 2];
        double[] vals = [2, 1, -1, 4, 2, -2, 8];
        // The same matrix with row 1's entries as (2, 1, 0) and row 2's as (2, 1): not [left | diagonal | right].
        int[] rows2 = [0, 0, 1, 1, 1, 2, 2];
        int[] cols2 = [1, 0, 2, 1, 0, 2, 1];
        double[] vals2 = [1, 2, 2, 4, -1, 8, -2];
        foreach (var (r, c, v, ordered) in new[] { (rows, cols, vals, true), (rows2, cols2, vals2, false) })
        {
            var a = CompressedMatrix.From(3, r, c, v);
            var diagonal = new int[3];
            var inverse = new double[3];
            var (defined, isOrdered, upper) = GaussSeidelGmres.Analyse(a, diagonal, inverse);
            Assert.Equal((true, ordered, 2.0 / 4), (defined, isOrdered, upper)); // right of the diagonal: (0,1), (1,2) of 4
            using var split = GaussSeidelGmres.Split(a, isOrdered, diagonal, inverse);
            var t = new double[3];
            split.Backward([1, 2, 3], t);
            Assert.Equal([0.34375, 0.3125, 0.375], t);
            var w = new double[3];
            var dot = split.LowerPlus([1, 2, 3], t, w, [1, 1, 1]);
            Assert.Equal([1, 1.65625, 2.375], w);
            Assert.Equal(1 + 1.65625 + 2.375, dot);
        }
    }

    [Fact]
    public void Gauss_Seidel_is_not_defined_at_a_zero_diagonal_entry()
    {
        // Row 1 has no diagonal entry (its process makes nothing of its own product): Jacobi uses 1 there, Gauss–Seidel cannot.
        var a = CompressedMatrix.From(2, [0, 1, 0], [0, 0, 1], [1.0, -0.5, -0.25]);
        var (defined, _, _) = GaussSeidelGmres.Analyse(a, new int[2], new double[2]);
        Assert.False(defined);
    }

    [Theory]
    [InlineData(3000, 40, 1)]
    [InlineData(2500, 30, 2)]
    public void A_rescaled_market_network_is_solved_by_Gauss_Seidel_GMRES_to_the_double_tolerance_in_fewer_iterations(int n, int markets, int seed)
    {
        var (rows, cols, vals) = MarketNetwork(n, markets, seed);
        var csr = CompressedMatrix.From(n, rows, cols, vals);
        var eq = MaxScaling.ColumnsThenRows(csr);
        var diagonal = new int[n];
        var inverse = new double[n];
        var (defined, ordered, upper) = GaussSeidelGmres.Analyse(eq.Scaled, diagonal, inverse);
        Assert.True(defined);
        Assert.True(upper >= GaussSeidelGmres.MinimumUpperShare, $"upper share {upper}"); // markets' rows lie right of their diagonal
        Assert.True(GaussSeidelGmres.SampledUpperShare(eq.Scaled) >= GaussSeidelGmres.MinimumUpperShare);
        var reference = n - 1;
        var b = new double[n];
        b[reference] = eq.Row[reference];
        using (var split = GaussSeidelGmres.Split(eq.Scaled, ordered, diagonal, inverse))
        {
            Assert.True(GaussSeidelGmres.Solve(split, b, new double[n], 1e-12, FirstAttempt.MaxIterations, SolveBudget.Unlimited, out var gs));
            var inv = new double[n];
            eq.Scaled.InverseDiagonal(inv);
            var y = b.Select((v, i) => v * inv[i]).ToArray();
            Assert.Equal(Gmres.Outcome.Converged, Gmres.Solve(eq.Scaled, inv, b, y, 1e-12, 400, SolveBudget.Unlimited, out var jacobi, out _));
            Assert.True(gs < jacobi, $"Gauss–Seidel {gs} iterations, Jacobi {jacobi}");
        }

        // End to end: the first attempt's answer meets the block tolerance by the true double residual, recomputed here
        // from the triplets, and agrees with the component cascade.
        var (x, report, failure) = NetworkSolver.Solve(n, rows, cols, vals, reference, 1);
        Assert.Null(failure);
        Assert.Equal(["gmres"], report!.Methods);
        Assert.True(ScaledResidual(n, rows, cols, vals, reference, 1, x!) <= BlockSolver.BlockTolerance);
        var (z, _, _) = NetworkSolver.Solve(new PreparedNetwork(CompressedMatrix.From(n, rows, cols, vals), reference, BlockSolver.DefaultDirectLimit,
            firstAttempt: false), 1);
        for (var i = 0; i < n; i++) Assert.True(Math.Abs(x![i] - z![i]) <= 1e-7 * Math.Abs(z[i]), $"process {i}: {x[i]:R} vs {z[i]:R}");
    }

    [Fact]
    public void A_market_network_in_shuffled_entry_order_is_split_by_copy_and_gives_the_same_bits_every_time()
    {
        const int n = 2000;
        var (rows, cols, vals) = MarketNetwork(n, 25, 3);
        var order = Enumerable.Range(0, rows.Length).ToArray();
        new Random(9).Shuffle(order);
        int[] r2 = order.Select(e => rows[e]).ToArray(), c2 = order.Select(e => cols[e]).ToArray();
        var v2 = order.Select(e => vals[e]).ToArray();
        var eq = MaxScaling.ColumnsThenRows(CompressedMatrix.From(n, r2, c2, v2));
        var (defined, ordered, _) = GaussSeidelGmres.Analyse(eq.Scaled, new int[n], new double[n]);
        Assert.True(defined);
        Assert.False(ordered); // the rows are copied into [left | diagonal | right] order

        var first = NetworkSolver.Solve(n, r2, c2, v2, n - 1, 1);
        var again = NetworkSolver.Solve(n, r2, c2, v2, n - 1, 1);
        Assert.Null(first.Failure);
        Assert.True(ScaledResidual(n, r2, c2, v2, n - 1, 1, first.Scaling!) <= BlockSolver.BlockTolerance);
        Assert.Equal(first.Scaling!.Select(BitConverter.DoubleToInt64Bits), again.Scaling!.Select(BitConverter.DoubleToInt64Bits));
        var inOrder = NetworkSolver.Solve(n, rows, cols, vals, n - 1, 1).Scaling!;
        for (var i = 0; i < n; i++) Assert.True(Math.Abs(first.Scaling![i] - inOrder[i]) <= 1e-7 * Math.Abs(inOrder[i]));
    }
}
