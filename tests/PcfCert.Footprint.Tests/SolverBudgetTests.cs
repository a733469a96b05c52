using PcfCert.Footprint.Model;
using PcfCert.Footprint.Solver;

namespace PcfCert.Footprint.Tests;

/// <summary>Item 1 of issue 16: a bounded solve, never a hung worker.</summary>
public class SolverBudgetTests
{
    /// <summary>A ring of <paramref name="n"/> processes, each using 0.5 kg of the next and emitting 1 kg CO2: one cyclic block.</summary>
    internal static FootprintModel Ring(int n, double declaredKg = 1, string unit = "kg")
    {
        var processes = Enumerable.Range(0, n).Select(i => new UnitProcess($"p{i:D4}", null, LifeCycleStage.Production,
            new ProcessOutput(1, "kg"), [], null,
            [new ProcessInput($"p{(i + 1) % n:D4}", null, null, 0.5, "kg"), new ProcessInput($"p{(i + 7) % n:D4}", null, null, 0.25, "kg")],
            [new DirectEmission("CO2", 1, "kg")], [])).ToList();
        return new FootprintModel(new Product("ring", new Quantity(declaredKg, unit), null), GwpSet.AR6, SystemBoundary.CradleToGate, "p0000", [], processes);
    }

    [Fact]
    public void A_block_the_time_budget_cannot_solve_is_SolveBudgetExceeded_naming_the_block_size()
    {
        var outcome = FootprintCalculator.Calculate(Ring(500), new CalculationOptions { SolveTimeLimit = TimeSpan.Zero });
        var e = Assert.Single(outcome.Errors);
        Assert.Equal(ErrorCode.SolveBudgetExceeded, e.Code);
        Assert.Equal("500", e.Arguments["blockSize"]);
        Assert.Contains("500 processes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_whose_basis_does_not_fit_the_memory_budget_is_SolveBudgetExceeded()
    {
        var outcome = FootprintCalculator.Calculate(Ring(500), new CalculationOptions { SolveMemoryLimitBytes = 4000 });
        Assert.Equal(ErrorCode.SolveBudgetExceeded, Assert.Single(outcome.Errors).Code);
    }

    [Fact]
    public void The_sparse_lu_stops_at_its_fill_budget()
    {
        // Random expander-like block: the LU fills; with a 200 kB budget it must give up, not grow.
        var (rows, cols, vals) = SolverTests.RandomNetwork(2000, 5);
        var budget = new SolveBudget(TimeProvider.System, TimeSpan.FromSeconds(30), 200_000);
        var lu = SparseLu.Factor(CompressedMatrix.From(2000, cols, rows, vals), out _, out var outOfBudget, null, budget);
        Assert.Null(lu);
        Assert.True(outOfBudget);
    }

    [Fact]
    public void A_ring_total_matches_its_closed_form_and_is_solved_by_gmres()
    {
        // Every process needs 0.75 kg of others per kg, in a uniform ring: every scaling is 1 / (1 − 0.75) = 4 when the
        // demand is spread over all; with demand at p0000 alone the total is Σ s_i · 1 kg CO2 = 1 / (1 − 0.75) = 4.
        var r = FootprintCalculator.Calculate(Ring(500)).Value!;
        Doc.Close(4, r.TotalKgCO2e, 1e-10);
        Assert.Equal(["gmres", "substitution"], r.Solver.Methods.Order(StringComparer.Ordinal));
        Assert.True(r.Solver.ScaledResidual <= 1e-10);
    }

    [Theory]
    [InlineData(1.6544, "kg")] // the declared unit of the network that first solved in 3 s …
    [InlineData(1, "g")]       // … and the same network per gram, which did not finish (BiCGSTAB broke down, then a full LU)
    public void Random_network_solves_for_any_declared_unit(double amount, string unit)
    {
        // Total scales with the demand: 4 kg CO2 per kg of product.
        var kg = unit == "g" ? amount / 1000 : amount;
        var r = FootprintCalculator.Calculate(Ring(3000, amount, unit)).Value!;
        Doc.Close(4 * kg, r.TotalKgCO2e, 1e-9);
    }
}
