using PcfCert.Footprint.Calculation;
using PcfCert.Footprint.Documents;
using PcfCert.Footprint.Model;
using PcfCert.Footprint.Results;

namespace PcfCert.Footprint;

/// <summary>
/// The footprint calculation: a pure function from a model and options to a result or errors.
/// This is the entry point for the CLI and the web API (<c>POST /api/v1/footprints/calculate</c>).
/// </summary>
public static class FootprintCalculator
{
    /// <summary>Engine version written into every result.</summary>
    public const string EngineVersion = "1.0.0";

    /// <summary>Validates the model, solves the technosphere and computes every breakdown and check.</summary>
    /// <param name="model">The model, parsed with <see cref="ModelDocument.Parse"/> or built in code.</param>
    /// <param name="options">Monte Carlo and cut-off options; <see cref="CalculationOptions.Default"/> when null.</param>
    /// <returns>The result, or every validation error, or the solver error naming the processes involved.</returns>
    public static Outcome<FootprintResult> Calculate(FootprintModel model, CalculationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= CalculationOptions.Default;
        var optionErrors = CheckOptions(options);
        var (compiled, errors) = ModelCompiler.Compile(model, options.PedigreeUncertainty);
        errors.InsertRange(0, optionErrors);
        if (compiled is null || errors.Count > 0) return Outcome<FootprintResult>.Failure(errors);
        compiled = CanonicalOrder.Apply(compiled);

        var budget = new Solver.SolveBudget(options.Clock, options.SolveTimeLimit, options.SolveMemoryLimitBytes);
        var (scaling, report, solveError) = TechnosphereSolve.Run(compiled, null, budget, out var network);
        if (solveError is not null) return Outcome<FootprintResult>.Failure([solveError]);
        // A network solved whole computes its structure (components, blocks) on first read: read it now, so that the
        // result does not keep the network's matrix alive until someone does.
        _ = report!.Components;

        if (NonFinite.Find(compiled, scaling!) is { } overflow) return Outcome<FootprintResult>.Failure([overflow]);
        var sums = new Breakdown(compiled, scaling!);
        UncertaintyResult? uncertainty = null;
        if (options.MonteCarloIterations > 0)
        {
            var (mc, mcError) = MonteCarlo.Run(compiled, scaling!, options.MonteCarloIterations, options.Seed, budget, sums.ByProcess, options.PedigreeUncertainty);
            if (mcError is not null) return Outcome<FootprintResult>.Failure([mcError]);
            uncertainty = mc;
        }
        var total = sums.Total;
        ContributionTree? tree = null;
        if (options.ContributionTreeThreshold is { } threshold)
        {
            var (t, treeError) = ContributionTreeBuilder.Build(compiled, network, scaling!, total, threshold, budget);
            if (treeError is not null) return Outcome<FootprintResult>.Failure([treeError]);
            tree = t;
        }
        var byProcess = compiled.ProcessIds
            .Select((id, i) => new ProcessContribution(id, sums.ByProcess[i], total == 0 ? 0 : sums.ByProcess[i] / total, scaling![i]))
            .Where(p => p.Scaling != 0)
            .OrderByDescending(p => p.KgCO2e).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        return Outcome<FootprintResult>.Success(new FootprintResult(
            EngineVersion,
            model.InputSha256 ?? CanonicalJson.Sha256(ModelDocument.Write(model)),
            model.Gwp,
            model.Product.Name,
            model.Product.DeclaredUnit,
            model.Boundary,
            total,
            sums.ExcludingBiogenic,
            total,
            sums.ByStage,
            sums.ByGas,
            sums.Origins,
            sums.Aircraft,
            sums.ByMethod,
            byProcess,
            compiled.AllocationLabels,
            CutOffRule.Check(compiled, scaling!, model.Product.MassKg, options.CutOffLimitShare),
            DataQualityRating.Rate(compiled, sums.ByDataset),
            uncertainty,
            report!)
        {
            AvoidedKgCO2e = sums.Avoided,
            PackagingKgCO2e = compiled.Terms.Any(t => t.Packaging) ? sums.Packaging : null,
            UncharacterisedFlows = sums.Uncharacterised,
            OtherMetrics = compiled.Gwp == Model.GwpSet.AR6
                ? Gwp.OtherMetrics.Names.Select((m, h) => new MetricTotal(m, sums.MetricTotals[h], sums.MetricPrecharacterised[h])).ToList()
                : [],
            ContributionTree = tree,
        });
    }

    private static List<Error> CheckOptions(CalculationOptions o)
    {
        var errors = new List<Error>();
        if (o.MonteCarloIterations < 0)
            errors.Add(Error.Of(ErrorCode.InvalidOption, "", "The Monte Carlo iteration count cannot be negative.", ("option", "mc")));
        if (!(o.CutOffLimitShare is >= 0 and <= 1))
            errors.Add(Error.Of(ErrorCode.InvalidOption, "", "The cut-off limit must be a share between 0 and 1.", ("option", "cutOffLimit")));
        if (o.ContributionTreeThreshold is { } t && !(t is > 0 and <= 1))
            errors.Add(Error.Of(ErrorCode.InvalidOption, "", "The contribution tree threshold must be a share above 0 and at most 1.", ("option", "treeThreshold")));
        if (o.SolveTimeLimit < TimeSpan.Zero)
            errors.Add(Error.Of(ErrorCode.InvalidOption, "", "The solve time limit cannot be negative.", ("option", "solveTimeLimit")));
        if (o.SolveMemoryLimitBytes <= 0)
            errors.Add(Error.Of(ErrorCode.InvalidOption, "", "The solve memory limit must be positive.", ("option", "solveMemoryLimit")));
        return errors;
    }
}
