using PcfCert.Footprint.Solver;
using static PcfCert.Footprint.Documents.JsonFields;

namespace PcfCert.Footprint.Calculation;

/// <summary>Builds the technosphere matrix of a compiled model and solves it, mapping failures to domain errors.</summary>
internal static class TechnosphereSolve
{
    /// <param name="model">Compiled model.</param>
    /// <param name="multipliers">Sampled multipliers per parameter, or null for stated values.</param>
    /// <param name="budget">Time and memory the solve may use; unlimited when null.</param>
    public static (double[]? Scaling, SolveReport? Report, Error? Error) Run(CompiledModel model, double[]? multipliers, SolveBudget? budget = null) =>
        Run(model, multipliers, budget, out _);

    /// <summary>As <see cref="Run(CompiledModel, double[], SolveBudget)"/>, also giving the prepared network.</summary>
    public static (double[]? Scaling, SolveReport? Report, Error? Error) Run(CompiledModel model, double[]? multipliers, SolveBudget? budget,
        out PreparedNetwork network)
    {
        var n = model.Size;
        var count = n + model.Entries.Count;
        var rows = new int[count]; var cols = new int[count]; var vals = new double[count];
        for (var i = 0; i < n; i++) { rows[i] = i; cols[i] = i; vals[i] = model.Diagonal[i]; }
        for (var e = 0; e < model.Entries.Count; e++)
        {
            var entry = model.Entries[e];
            rows[n + e] = entry.Row; cols[n + e] = entry.Col;
            vals[n + e] = entry.AmountParam >= 0 && multipliers is not null ? entry.Value * multipliers[entry.AmountParam] : entry.Value;
        }
        network = NetworkSolver.Prepare(n, rows, cols, vals, model.Reference);
        var (x, report, failure) = NetworkSolver.Solve(network, model.Demand, budget, model.HasAvoidedProcesses);
        if (failure is null) return (x, report, null);
        return (null, null, ToError(model, failure));
    }

    public static Error ToError(CompiledModel model, SolveFailure failure)
    {
        var ids = failure.Processes.Take(20).Select(i => model.ProcessIds[i]).ToArray();
        var list = string.Join(", ", ids) + (failure.Processes.Length > 20 ? $" and {failure.Processes.Length - 20} more" : "");
        var message = failure.Code switch
        {
            Footprint.ErrorCode.NegativeScaling => $"Negative scaling of {list}: {failure.Detail}.",
            Footprint.ErrorCode.SingularSystem => $"Singular system in {list}: {failure.Detail}.",
            Footprint.ErrorCode.SolveBudgetExceeded => $"Solve budget exceeded: {failure.Detail} (processes {list}).",
            _ => $"The solution was rejected for {list}: {failure.Detail}.",
        };
        return Error.Of(failure.Code, Child("/processes", failure.Processes.Min()), message,
            ("processes", string.Join(",", failure.Processes.Select(i => model.ProcessIds[i]))), ("detail", failure.Detail),
            ("blockSize", failure.Processes.Length));
    }
}
