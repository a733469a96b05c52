using PcfCert.Footprint.Solver;

namespace PcfCert.Footprint.Tests;

public class SolverTests
{
    [Fact]
    public void Sparse_lu_solves_a_hand_computed_3x3_system_with_pivoting()
    {
        // A = [[0,2,1],[1,1,0],[2,0,3]] has a zero in (0,0), so rows must be exchanged.
        // With x = (1,2,3): b = (0+4+3, 1+2+0, 2+0+9) = (7, 3, 11).
        int[] rows = [0, 0, 1, 1, 2, 2], cols = [1, 2, 0, 1, 0, 2];
        double[] vals = [2, 1, 1, 1, 2, 3];
        var lu = SparseLu.Factor(CompressedMatrix.From(3, cols, rows, vals), out _);
        Assert.NotNull(lu);
        double[] b = [7, 3, 11];
        lu.Solve(b);
        Doc.Close(1, b[0], 1e-14); Doc.Close(2, b[1], 1e-14); Doc.Close(3, b[2], 1e-14);
    }

    [Fact]
    public void Sparse_lu_reports_a_singular_matrix()
    {
        int[] rows = [0, 0, 1, 1], cols = [0, 1, 0, 1];
        double[] vals = [1, 2, 2, 4]; // second row = 2 × first
        Assert.Null(SparseLu.Factor(CompressedMatrix.From(2, cols, rows, vals), out var column));
        Assert.Equal(1, column);
    }

    [Fact]
    public void Duplicate_coordinates_are_summed()
    {
        var m = CompressedMatrix.From(2, [0, 0, 1], [1, 1, 0], [1.5, 2.5, 7]);
        Assert.Equal(2, m.NonZeros);
        Assert.Equal(4, m.Value[0]);
    }

    [Fact]
    public void Components_come_out_suppliers_first()
    {
        // 0 → 1 → 2 → 1 (cycle {1,2}) → 3. Reverse topological: {3}, {1,2}, {0}.
        var g = CompressedMatrix.From(4, [0, 1, 2, 2], [1, 2, 1, 3], [1, 1, 1, 1]);
        var c = StronglyConnected.From(g, 0);
        Assert.Equal([[3], [1, 2], [0]], c.Select(x => x.Order().ToArray()).ToArray());
    }

    [Theory]
    [InlineData(300, 1)]   // one block under the direct limit: sparse LU
    [InlineData(3000, 2)]  // one large block: BiCGSTAB, residual-checked
    public void Random_lca_shaped_cycles_meet_the_residual_bound(int n, int seed)
    {
        var (rows, cols, vals) = RandomNetwork(n, seed);
        var (x, report, failure) = NetworkSolver.Solve(n, rows, cols, vals, 0, 1);
        Assert.Null(failure);
        Assert.True(report!.RelativeResidual <= NetworkSolver.MaxRelativeResidual);
        Assert.True(report.LargestBlock > n / 2);
        // Independent check of the residual from the triplets.
        var r = new double[n];
        r[0] = 1;
        for (var e = 0; e < rows.Length; e++) r[rows[e]] -= vals[e] * x![cols[e]];
        Assert.True(Math.Sqrt(r.Sum(v => v * v)) <= 1e-9);
    }

    [Fact]
    public void Direct_path_with_degree_ordering_meets_the_residual_bound_on_a_market_network()
    {
        // 20 markets each mixing its producers; 400 producers buying 10 inputs from markets: one cyclic block.
        const int markets = 20, n = 420;
        var rng = new Random(11);
        var rows = new List<int>(); var cols = new List<int>(); var vals = new List<double>();
        for (var i = 0; i < n; i++) { rows.Add(i); cols.Add(i); vals.Add(1); }
        for (var p = markets; p < n; p++)
        {
            rows.Add(p); cols.Add(p % markets); vals.Add(-1.0 / ((n - markets) / markets));
            for (var k = 0; k < 10; k++) { rows.Add(rng.Next(markets)); cols.Add(p); vals.Add(-0.05 * rng.NextDouble()); }
        }
        var (x, report, failure) = NetworkSolver.Solve(n, rows.ToArray(), cols.ToArray(), vals.ToArray(), n - 1, 1, directLimit: int.MaxValue);
        Assert.Null(failure);
        Assert.Equal(["substitution", "sparse-lu"], report!.Methods);
        Assert.True(report.RelativeResidual <= 1e-12);
        Assert.All(x!, v => Assert.True(v >= 0));
    }

    [Fact]
    public void Degree_order_puts_low_degree_columns_first()
    {
        // Column 0 touches 3 rows and appears in 2 other columns; columns 1 and 2 have degree 2 each.
        var csc = CompressedMatrix.From(3, [0, 0, 0, 1, 2], [0, 1, 2, 1, 2], [1, 1, 1, 1, 1]);
        Assert.Equal([1, 2, 0], SparseLu.DegreeOrder(csc));
    }

    [Fact]
    public void Iterative_and_direct_paths_agree()
    {
        // 600 processes: above the direct limit, so the network solver iterates (GMRES); the natural-order LU of a
        // random graph fills most of the matrix, so the size is kept small.
        const int n = 600;
        var (rows, cols, vals) = RandomNetwork(n, 3);
        var (x, report, _) = NetworkSolver.Solve(n, rows, cols, vals, 0, 1);
        Assert.Contains("gmres", report!.Methods);
        var lu = SparseLu.Factor(CompressedMatrix.From(n, cols, rows, vals), out _)!;
        var b = new double[n];
        b[0] = 1;
        lu.Solve(b);
        for (var i = 0; i < n; i++) Assert.True(Math.Abs(b[i] - x![i]) <= 1e-10 * Math.Max(1, Math.Abs(b[i])));
    }

    /// <summary>Unit outputs on the diagonal, 5 random inputs per process of 0.01–0.1, a ring to close cycles.</summary>
    internal static (int[], int[], double[]) RandomNetwork(int n, int seed)
    {
        var rng = new Random(seed);
        var rows = new List<int>(); var cols = new List<int>(); var vals = new List<double>();
        for (var i = 0; i < n; i++)
        {
            rows.Add(i); cols.Add(i); vals.Add(1 + rng.NextDouble());
            rows.Add((i + 1) % n); cols.Add(i); vals.Add(-0.05);
            for (var k = 0; k < 5; k++) { rows.Add(rng.Next(n)); cols.Add(i); vals.Add(-(0.01 + 0.09 * rng.NextDouble())); }
        }
        return (rows.ToArray(), cols.ToArray(), vals.ToArray());
    }
}
