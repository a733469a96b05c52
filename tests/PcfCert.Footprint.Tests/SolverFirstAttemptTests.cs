using PcfCert.Footprint.Solver;

namespace PcfCert.Footprint.Tests;

/// <summary>
/// Issue 16 item 1: a large network is first tried whole (two Ruiz passes, Jacobi-GMRES capped at 60 iterations,
/// no component ordering); the full cascade runs only when that attempt is not accepted. Both paths must give the
/// same figures within the residual bound, and the report the same structure.
/// </summary>
public class SolverFirstAttemptTests
{
    /// <summary>
    /// <see cref="SolverTests.RandomNetwork"/> with every row (product unit) and column (run size) rescaled by
    /// 10^U(−6, 6), as the solver sweep does: the case where Jacobi-GMRES without equilibration stagnates.
    /// </summary>
    private static (int[] Rows, int[] Cols, double[] Values) Rescaled(int n, int seed)
    {
        var (rows, cols, vals) = SolverTests.RandomNetwork(n, seed);
        var rng = new Random(seed + 100);
        var u = Enumerable.Range(0, n).Select(_ => Math.Pow(10, -6 + 12 * rng.NextDouble())).ToArray();
        var v = Enumerable.Range(0, n).Select(_ => Math.Pow(10, -6 + 12 * rng.NextDouble())).ToArray();
        return (rows, cols, vals.Select((a, e) => a * u[rows[e]] * v[cols[e]]).ToArray());
    }

    private static (double[]? X, SolveReport? Report, SolveFailure? Failure) Cascade(int n, int[] rows, int[] cols, double[] vals, int reference, double demand) =>
        NetworkSolver.Solve(new PreparedNetwork(CompressedMatrix.From(n, rows, cols, vals), reference, BlockSolver.DefaultDirectLimit, firstAttempt: false), demand);

    [Theory]
    [InlineData(2000, 1)]
    [InlineData(3000, 2)]
    public void First_attempt_solves_a_rescaled_network_and_agrees_with_the_cascade(int n, int seed)
    {
        var (rows, cols, vals) = Rescaled(n, seed);
        var (x, report, failure) = NetworkSolver.Solve(n, rows, cols, vals, 0, 2.5);
        Assert.Null(failure);
        Assert.Equal(["gmres"], report!.Methods); // no "substitution": no component order was needed
        Assert.True(report.ScaledResidual <= NetworkSolver.MaxRelativeResidual);

        var (y, cascade, _) = Cascade(n, rows, cols, vals, 0, 2.5);
        Assert.Equal(["gmres", "substitution"], cascade!.Methods.Order(StringComparer.Ordinal));
        // The same processes and the same structure, whichever path solved the system.
        Assert.Equal((cascade.Processes, cascade.Components, cascade.CyclicBlocks, cascade.LargestBlock),
            (report.Processes, report.Components, report.CyclicBlocks, report.LargestBlock));
        Assert.Equal(n, report.LargestBlock); // the ring through all processes makes one block
        // Both meet a scaled residual of 1e-9 on a system whose columns span 12 orders of magnitude: compare each
        // scaling relative to itself.
        for (var i = 0; i < n; i++) Assert.True(Math.Abs(x![i] - y![i]) <= 1e-7 * Math.Abs(y[i]), $"process {i}: {x[i]:R} vs {y[i]:R}");
    }

    [Fact]
    public void First_attempt_gives_the_same_bits_every_time_and_whatever_was_solved_before()
    {
        var (rows, cols, vals) = Rescaled(1500, 3);
        var network = NetworkSolver.Prepare(1500, rows, cols, vals, 0);
        var first = NetworkSolver.Solve(network, 1).Scaling!;
        _ = NetworkSolver.Solve(network, 1e6); // another demand on the same prepared network
        var again = NetworkSolver.Solve(network, 1).Scaling!;
        var fresh = NetworkSolver.Solve(1500, rows, cols, vals, 0, 1).Scaling!;
        Assert.Equal(first.Select(BitConverter.DoubleToInt64Bits), again.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(first.Select(BitConverter.DoubleToInt64Bits), fresh.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void A_chain_the_first_attempt_cannot_solve_falls_through_to_substitution()
    {
        // p0 ← p1 ← … ← p999: every process uses 1 unit of the next per unit made, so every scaling is exactly 1 (by
        // hand: s_999 = s_998 = … = s_0 = demand). Jacobi-GMRES gains one process per iteration along the chain and
        // cannot reach p999 within its 60 iterations: the cascade orders the 1,000 components and substitutes.
        const int n = 1000;
        var rows = new List<int>(); var cols = new List<int>(); var vals = new List<double>();
        for (var i = 0; i < n; i++)
        {
            rows.Add(i); cols.Add(i); vals.Add(1);
            if (i + 1 < n) { rows.Add(i + 1); cols.Add(i); vals.Add(-1); }
        }
        var network = NetworkSolver.Prepare(n, rows.ToArray(), cols.ToArray(), vals.ToArray(), 0);
        Assert.Null(FirstAttempt.TrySolve(network, 1, SolveBudget.Unlimited, allowNegative: false));
        var (x, report, failure) = NetworkSolver.Solve(network, 1);
        Assert.Null(failure);
        Assert.Equal(["substitution"], report!.Methods);
        Assert.Equal((n, n, 0, 0), (report.Processes, report.Components, report.CyclicBlocks, report.LargestBlock));
        Assert.All(x!, s => Assert.Equal(1.0, s));
    }

    [Fact]
    public void A_network_needing_a_process_run_backwards_is_refused_by_the_cascade_naming_it()
    {
        // The random network of 1,200 processes, where process 0 (the reference) also makes 3 units of process 5's
        // product per unit: with p5 needing only what others use of it, the demand can be met only with s5 < 0.
        // The first attempt converges but its solution has a negative scaling, so the cascade gives the verdict.
        var (rows, cols, vals) = SolverTests.RandomNetwork(1200, 4);
        int[] r2 = [.. rows, 5]; int[] c2 = [.. cols, 0]; double[] v2 = [.. vals, 3];
        var network = NetworkSolver.Prepare(1200, r2, c2, v2, 0);
        var first = FirstAttempt.TrySolve(network, 1, SolveBudget.Unlimited, allowNegative: true)!.Value;
        Assert.True(first.Scaling![5] < 0); // allowed where negative scalings are expected (avoided products) …
        var (x, _, failure) = NetworkSolver.Solve(network, 1); // … and refused where they are not
        Assert.Null(x);
        Assert.Equal(ErrorCode.NegativeScaling, failure!.Code);
        Assert.Contains(5, failure.Processes);
    }
}
