using PcfCert.Footprint.Solver;

namespace PcfCert.Footprint.Tests;

/// <summary>
/// Issue 16 item 1: the cheaper pieces of the solve (Tarjan on the CSR form without a transpose, Ruiz equilibration on
/// binary exponents, fixed-order vector kernels, GMRES's own true residual) give what the plain versions give.
/// </summary>
public class SolverKernelTests
{
    [Theory]
    [InlineData(1)] [InlineData(2)] [InlineData(3)] [InlineData(4)] [InlineData(5)]
    public void Upstream_order_on_csr_matches_tarjan_on_the_transpose(int seed)
    {
        // Sparse random graphs: several cycles, some processes the reference does not reach, some it reaches only
        // through a chain. The reference set and the consumers-before-suppliers order must agree with the walk on
        // the transpose (column j → the suppliers of j) from the reference, reversed.
        var rng = new Random(seed);
        var n = 40 + rng.Next(40);
        var rows = new List<int>(); var cols = new List<int>(); var vals = new List<double>();
        for (var j = 0; j < n; j++)
        {
            rows.Add(j); cols.Add(j); vals.Add(1);
            for (var k = rng.Next(3); k > 0; k--) { rows.Add(rng.Next(n)); cols.Add(j); vals.Add(-0.1); }
        }
        var csr = CompressedMatrix.From(n, rows.ToArray(), cols.ToArray(), vals.ToArray());
        var reference = rng.Next(n);
        var expected = StronglyConnected.From(csr.Transpose(), reference);
        expected.Reverse();
        var actual = StronglyConnected.Upstream(csr, reference);

        Assert.Equal(Sets(expected).OrderBy(s => s, StringComparer.Ordinal), Sets(actual).OrderBy(s => s, StringComparer.Ordinal));
        // Consumers first: every use of a kept process's product by another kept process comes from an earlier or the same component.
        var position = new int[n];
        Array.Fill(position, -1);
        for (var c = 0; c < actual.Count; c++) foreach (var i in actual[c]) position[i] = c;
        for (var e = 0; e < rows.Count; e++)
            if (position[rows[e]] >= 0 && position[cols[e]] >= 0) Assert.True(position[cols[e]] <= position[rows[e]]);
        Assert.All(actual, c => Assert.Equal(c.Order(), c)); // members sorted: a block's order depends on the matrix only
    }

    private static IEnumerable<string> Sets(List<int[]> components) => components.Select(c => string.Join(",", c.Order()));

    [Fact]
    public void Ruiz_on_exponents_balances_every_line_within_a_factor_of_sixteen()
    {
        // A 600-process network with rows and columns rescaled by 10^U(−6, 6), as a model in other units would be.
        var (rows, cols, vals) = SolverTests.RandomNetwork(600, 7);
        var rng = new Random(7);
        var u = Enumerable.Range(0, 600).Select(_ => Math.Pow(10, -6 + 12 * rng.NextDouble())).ToArray();
        var v = Enumerable.Range(0, 600).Select(_ => Math.Pow(10, -6 + 12 * rng.NextDouble())).ToArray();
        var scaled = vals.Select((a, e) => a * u[rows[e]] * v[cols[e]]).ToArray();
        var eq = Equilibration.Of(CompressedMatrix.From(600, rows, cols, scaled));

        var rowMax = new double[600]; var colMax = new double[600];
        var m = eq.Scaled;
        for (var r = 0; r < 600; r++)
            for (var p = m.Ptr[r]; p < m.Ptr[r + 1]; p++)
            {
                var a = Math.Abs(m.Value[p]);
                rowMax[r] = Math.Max(rowMax[r], a);
                colMax[m.Index[p]] = Math.Max(colMax[m.Index[p]], a);
            }
        Assert.All(rowMax.Concat(colMax), x => Assert.InRange(x, 0.125, 16));
        // Scales are powers of two, so R·A·C holds the entries exactly.
        Assert.All(eq.Row.Concat(eq.Column), s => Assert.Equal(0, BitConverter.DoubleToInt64Bits(s) & 0xFFFFFFFFFFFFFL));
        Assert.InRange(eq.Passes, 2, 12);
    }

    [Fact]
    public void Max_scaling_puts_every_row_maximum_in_one_to_two_with_exact_powers_of_two()
    {
        // The first attempt's scaling on a 600-process network rescaled by 10^U(−6, 6) per row and column.
        var (rows, cols, vals) = SolverTests.RandomNetwork(600, 8);
        var rng = new Random(8);
        var u = Enumerable.Range(0, 600).Select(_ => Math.Pow(10, -6 + 12 * rng.NextDouble())).ToArray();
        var v = Enumerable.Range(0, 600).Select(_ => Math.Pow(10, -6 + 12 * rng.NextDouble())).ToArray();
        var csr = CompressedMatrix.From(600, rows, cols, vals.Select((a, e) => a * u[rows[e]] * v[cols[e]]).ToArray());
        var eq = MaxScaling.ColumnsThenRows(csr);

        var m = eq.Scaled;
        for (var r = 0; r < 600; r++)
        {
            double rowMax = 0;
            for (var p = m.Ptr[r]; p < m.Ptr[r + 1]; p++)
            {
                rowMax = Math.Max(rowMax, Math.Abs(m.Value[p]));
                // Exact: each scaled entry is the entry times two powers of two, not a rounded product.
                Assert.Equal(csr.Value[p], m.Value[p] / eq.Row[r] / eq.Column[m.Index[p]]);
            }
            Assert.InRange(rowMax, 1, 2 - 1e-16);
        }
        Assert.All(eq.Row.Concat(eq.Column), s => Assert.Equal(0, BitConverter.DoubleToInt64Bits(s) & 0xFFFFFFFFFFFFFL));
    }

    [Fact]
    public void Column_maxima_taken_while_compressing_give_the_same_scaling()
    {
        // Prepare takes each column's largest exponent in the compressing pass; the scaling must be the one MaxScaling
        // finds on its own over the compressed entries (this network has no duplicate coordinates).
        var (rows, cols, vals) = SolverTests.RandomNetwork(700, 9);
        var distinct = rows.Zip(cols).Distinct().Count();
        var keep = new HashSet<(int, int)>();
        var unique = Enumerable.Range(0, rows.Length).Where(e => keep.Add((rows[e], cols[e]))).ToArray();
        int[] r = [.. unique.Select(e => rows[e])], c = [.. unique.Select(e => cols[e])];
        double[] v = [.. unique.Select(e => vals[e] * Math.Pow(10, (e % 13) - 6))];
        Assert.Equal(distinct, r.Length);
        var maxima = new int[700];
        var csr = CompressedMatrix.From(700, r, c, v, maxima);
        var given = MaxScaling.ColumnsThenRows(csr, maxima);
        var own = MaxScaling.ColumnsThenRows(csr);
        Assert.Equal(own.Row, given.Row);
        Assert.Equal(own.Column, given.Column);
        Assert.Equal(own.Scaled.Value, given.Scaled.Value);
    }

    [Fact]
    public void Max_scaling_leaves_empty_lines_at_one_and_reads_subnormal_entries()
    {
        // [[0, 0], [1e-310, 4]] plus an explicit zero: row 0 and nothing else in it keep scale 1; column 0's largest
        // entry is the subnormal 1e-310 ≈ 2^-1029.4, so its scale is 2^1000 (exponents are held within ±1000).
        var csr = CompressedMatrix.From(2, [0, 1, 1], [0, 0, 1], [0, 1e-310, 4]);
        var eq = MaxScaling.ColumnsThenRows(csr);
        Assert.Equal(1, eq.Row[0]);
        Assert.Equal(Math.ScaleB(1.0, 1000), eq.Column[0]);
        Assert.Equal(0.25, eq.Column[1]);
    }

    [Fact]
    public void Ruiz_falls_back_to_doubles_for_a_subnormal_entry_and_still_balances()
    {
        // [[1, 1e-310], [4, 1]]: the subnormal entry cannot be read as an exponent, the loop on doubles takes it.
        var csr = CompressedMatrix.From(2, [0, 0, 1, 1], [0, 1, 0, 1], [1, 1e-310, 4, 1]);
        var eq = Equilibration.Of(csr);
        var expected = Equilibration.OfDoubles(csr);
        Assert.Equal(expected.Row, eq.Row);
        Assert.Equal(expected.Column, eq.Column);
    }

    [Theory]
    [InlineData(0)] [InlineData(1)] [InlineData(7)] [InlineData(8)] [InlineData(9)] [InlineData(1001)]
    public void Vector_kernels_agree_with_plain_loops(int n)
    {
        var rng = new Random(n);
        var a = Enumerable.Range(0, n).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var b = Enumerable.Range(0, n).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var c = Enumerable.Range(0, n).Select(_ => rng.NextDouble() - 0.5).ToArray();
        double plain = 0;
        for (var i = 0; i < n; i++) plain += a[i] * b[i];
        Assert.True(Math.Abs(Vectors.Dot(a, b) - plain) <= 1e-13 * Math.Max(1, n));

        // w ← w − h·v, then w·next: the fused pass gives the same w bit for bit and the same dot product up to order.
        var w = (double[])a.Clone();
        var fused = Vectors.SubtractThenDot(w, 0.37, b, c);
        var w2 = a.Select((x, i) => x - 0.37 * b[i]).ToArray();
        Assert.Equal(w2, w);
        Assert.True(Math.Abs(fused - w2.Select((x, i) => x * c[i]).Sum()) <= 1e-13 * Math.Max(1, n));

        var y = (double[])a.Clone();
        Vectors.AddScaled(y, -2.5, b);
        Assert.Equal(a.Select((x, i) => x + -2.5 * b[i]).ToArray(), y);
        var z = new double[n];
        Vectors.Multiply(a, b, z);
        Assert.Equal(a.Select((x, i) => x * b[i]).ToArray(), z);

        // v ← w / h and z ← v ∘ d in one pass: bit for bit the two plain loops.
        var v = new double[n];
        Vectors.DivideThenMultiply(a, 0.7, v, b, z);
        var quotient = a.Select(x => x / 0.7).ToArray();
        Assert.Equal(quotient, v);
        Assert.Equal(quotient.Select((x, i) => x * b[i]).ToArray(), z);
    }

    [Fact]
    public void Product_then_dot_gives_the_product_bit_for_bit_and_its_projection()
    {
        var (rows, cols, vals) = SolverTests.RandomNetwork(300, 6);
        var m = CompressedMatrix.From(300, rows, cols, vals);
        var rng = new Random(6);
        var x = Enumerable.Range(0, 300).Select(_ => rng.NextDouble()).ToArray();
        var v = Enumerable.Range(0, 300).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var plain = new double[300];
        m.MultiplyRows(x, plain);
        var fused = new double[300];
        var dot = m.MultiplyRowsThenDot(x, fused, v);
        Assert.Equal(plain, fused);
        double expected = 0;
        for (var r = 0; r < 300; r++) expected += plain[r] * v[r]; // row by row: the same order, so the same bits
        Assert.Equal(expected, dot);
    }

    [Fact]
    public void Vector_kernels_refuse_vectors_of_different_lengths() =>
        Assert.Throws<ArgumentException>(() => Vectors.Dot(new double[8], new double[7]));

    [Fact]
    public void Gmres_reports_the_true_residual_of_what_it_returns()
    {
        var (rows, cols, vals) = SolverTests.RandomNetwork(800, 5);
        var a = CompressedMatrix.From(800, rows, cols, vals);
        var b = new double[800];
        b[3] = 1;
        var inv = BiCgStab.InverseDiagonal(a);
        var x = new double[800];
        Vectors.Multiply(b, inv, x);
        var outcome = Gmres.Solve(a, inv, b, x, 1e-12, 4000, SolveBudget.Unlimited, out var iterations, out var residual);
        Assert.Equal(Gmres.Outcome.Converged, outcome);
        Assert.InRange(iterations, 1, 200);
        var r = new double[800];
        a.MultiplyRows(x, r);
        for (var i = 0; i < 800; i++) r[i] = b[i] - r[i];
        Assert.Equal(Vectors.Norm(r), residual);
        Assert.True(residual <= 1e-12);
    }

    [Fact]
    public void Gmres_without_verification_returns_the_same_iterate_with_the_recurrence_estimate()
    {
        // The first attempt skips GMRES's confirming product and tests the true residual itself: the iterate must be
        // the one the verified solve returns, and the estimate close to its true residual.
        var (rows, cols, vals) = SolverTests.RandomNetwork(800, 5);
        var a = CompressedMatrix.From(800, rows, cols, vals);
        var b = new double[800];
        b[3] = 1;
        var inv = BiCgStab.InverseDiagonal(a);
        var verified = new double[800];
        var estimated = new double[800];
        Vectors.Multiply(b, inv, verified);
        Vectors.Multiply(b, inv, estimated);
        Gmres.Solve(a, inv, b, verified, 1e-12, 4000, SolveBudget.Unlimited, out var iterations, out _);
        var outcome = Gmres.Solve(a, inv, b, estimated, 1e-12, 4000, SolveBudget.Unlimited, out var sameIterations, out var estimate, verified: false);
        Assert.Equal(Gmres.Outcome.Converged, outcome);
        Assert.Equal(iterations, sameIterations);
        Assert.Equal(verified, estimated);
        var r = new double[800];
        a.MultiplyRows(estimated, r);
        for (var i = 0; i < 800; i++) r[i] = b[i] - r[i];
        Assert.True(estimate <= 1e-12);
        Assert.True(Vectors.Norm(r) <= 1e-11, $"true residual {Vectors.Norm(r):E2}");
    }
}
