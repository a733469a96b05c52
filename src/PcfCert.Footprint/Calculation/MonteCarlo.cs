using PcfCert.Footprint.Model;
using PcfCert.Footprint.Results;
using PcfCert.Footprint.Solver;
using PcfCert.Footprint.Uncertainty;

namespace PcfCert.Footprint.Calculation;

/// <summary>
/// Monte Carlo over every uncertain amount and factor. Every draw is keyed by (seed, the parameter's canonical key,
/// iteration) (<see cref="KeyedRandom"/>) and every iteration is stored in its own slot, so the figures depend only on
/// the canonical model and the seed, not on thread count, timing or the order of the document (on the same runtime
/// and CPU family: Math.Log/Exp/Cos come from the platform's maths library). The technosphere is re-solved only when
/// an uncertain amount sits in it; a draw that makes it infeasible (singular or negative scaling) is recorded with
/// the input that moved furthest among those of the failing processes, counted, and left out of the statistics.
/// </summary>
internal static class MonteCarlo
{
    public const string Generator = "SplitMix64 counter keyed by (seed, canonical key, iteration); normal by Box–Muller, truncated at 0; lognormal median = stated value";
    /// <summary>Processes with statistics of their own: the largest by absolute deterministic contribution.</summary>
    public const int TrackedProcesses = 20;
    private const int MaxReportedFailures = 20;
    private static readonly LifeCycleStage[] StageList = Enum.GetValues<LifeCycleStage>();

    public static (UncertaintyResult? Result, Error? Error) Run(CompiledModel model, double[] scaling, int iterations, ulong seed,
        SolveBudget budget, double[] byProcess, bool pedigree = false)
    {
        var sampler = new Sampler(model.Parameters.Select(p => (p.Spec, p.Stated, p.Key)).ToList(), seed);
        var resolve = model.Entries.Any(e => e.AmountParam >= 0);
        var tracked = Enumerable.Range(0, model.Size).Where(i => byProcess[i] != 0)
            .OrderByDescending(i => Math.Abs(byProcess[i])).ThenBy(i => model.ProcessIds[i], StringComparer.Ordinal).Take(TrackedProcesses).ToArray();
        var slotOf = Enumerable.Repeat(-1, model.Size).ToArray();
        for (var k = 0; k < tracked.Length; k++) slotOf[tracked[k]] = k;
        var width = 1 + StageList.Length + tracked.Length; // total, stages, tracked processes
        var fixedPart = new double[width];
        var terms = new List<(double W, int A, int F, int P, int Stage, int Slot)>();
        foreach (var t in model.Terms)
        {
            var stage = (int)model.Stages[t.Process];
            if (t.AmountParam < 0 && t.FactorParam < 0 && !resolve)
            {
                var v = scaling[t.Process] * t.Value;
                fixedPart[0] += v; fixedPart[1 + stage] += v;
                if (slotOf[t.Process] >= 0) fixedPart[1 + StageList.Length + slotOf[t.Process]] += v;
                continue;
            }
            terms.Add((resolve ? t.Value : scaling[t.Process] * t.Value, t.AmountParam, t.FactorParam, t.Process, stage, slotOf[t.Process]));
        }
        var samples = new double[width][];
        for (var c = 0; c < width; c++) samples[c] = new double[iterations];
        var failures = new FailedDraw?[iterations];
        Error? abort = null;
        var index = model.ProcessIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        const int chunk = 250;
        Parallel.For(0, (iterations + chunk - 1) / chunk, (c, state) =>
        {
            var m = new double[model.Parameters.Count + 1];
            var one = m.Length - 1;
            m[one] = 1;
            var row = new double[width];
            for (var it = c * chunk; it < Math.Min(iterations, (c + 1) * chunk); it++)
            {
                sampler.Draw(it, m.AsSpan(0, one));
                var s = scaling;
                if (resolve)
                {
                    var (x, _, error) = TechnosphereSolve.Run(model, m, budget);
                    if (error is { Code: ErrorCode.SolveBudgetExceeded })
                    {
                        abort = error with { Message = $"Monte Carlo iteration {it + 1}: {error.Message}" };
                        state.Stop();
                        return;
                    }
                    if (error is not null)
                    {
                        failures[it] = Blame(model, m, it, error, index);
                        for (var k = 0; k < width; k++) samples[k][it] = double.NaN;
                        continue;
                    }
                    s = x!;
                }
                fixedPart.CopyTo(row, 0);
                foreach (var (w, a, f, p, stage, slot) in terms)
                {
                    var v = w * m[a < 0 ? one : a] * m[f < 0 ? one : f] * (resolve ? s[p] : 1);
                    row[0] += v; row[1 + stage] += v;
                    if (slot >= 0) row[1 + StageList.Length + slot] += v;
                }
                for (var k = 0; k < width; k++) samples[k][it] = row[k];
            }
        });
        if (abort is not null) return (null, abort);
        var failed = failures.Where(f => f is not null).Select(f => f!).ToList();
        if (failed.Count == iterations)
            return (null, Error.Of(ErrorCode.MonteCarloInfeasible, failed[0].Path ?? "",
                $"All {iterations} Monte Carlo draws made the system infeasible; the first: {failed[0].Message}",
                ("iterations", iterations), ("parameter", failed[0].Parameter)));
        var total = SampleStatistics.Of(samples[0]);
        var stages = new Dictionary<string, SampleStatistics>(StringComparer.Ordinal);
        for (var k = 0; k < StageList.Length; k++) stages[Names.Of(StageList[k])] = SampleStatistics.Of(samples[1 + k]);
        var processes = tracked.Select((p, k) => new ProcessStatistics(model.ProcessIds[p], SampleStatistics.Of(samples[1 + StageList.Length + k]))).ToList();
        var columns = new List<string> { "total" };
        columns.AddRange(StageList.Select(s => "stage:" + Names.Of(s)));
        columns.AddRange(tracked.Select(p => "process:" + model.ProcessIds[p]));
        return (new UncertaintyResult(iterations, seed, Generator, model.Parameters.Count, total.Mean, total.StandardDeviation,
            total.P2_5, total.P50, total.P97_5)
        {
            FailedDraws = failed.Count,
            Failures = failed.Take(MaxReportedFailures).ToList(),
            ByStage = stages,
            ByProcess = processes,
            Pedigree = pedigree,
            Samples = new MonteCarloSamples(columns, samples),
        }, null);
    }

    // The uncertain technosphere amount of the failing processes whose draw moved furthest from its stated value.
    private static FailedDraw Blame(CompiledModel model, double[] m, int iteration, Error error, Dictionary<string, int> index)
    {
        var failing = error.Arguments.TryGetValue("processes", out var ids)
            ? ids.Split(',').Where(index.ContainsKey).Select(id => index[id]).ToHashSet() : [];
        var best = -1;
        var distance = -1.0;
        foreach (var e in model.Entries)
        {
            if (e.AmountParam < 0 || !(failing.Contains(e.Row) || failing.Contains(e.Col))) continue;
            var d = Math.Abs(Math.Log(Math.Max(m[e.AmountParam], 1e-300)));
            if (d > distance) { distance = d; best = e.AmountParam; }
        }
        var p = best >= 0 ? model.Parameters[best] : default;
        return new FailedDraw(iteration + 1, error.Code, best >= 0 ? p.Key : null, best >= 0 ? p.Path : null,
            best >= 0 ? m[best] : null, ids ?? "", error.Message);
    }
}
