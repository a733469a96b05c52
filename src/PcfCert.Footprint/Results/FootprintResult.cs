using PcfCert.Footprint.Model;
using PcfCert.Footprint.Solver;

namespace PcfCert.Footprint.Results;

/// <summary>The <c>pcfcert.result/1</c> document as a record. All figures are kg CO2e per declared unit.</summary>
/// <param name="EngineVersion">Version of the engine that computed it.</param>
/// <param name="InputSha256">SHA-256 of the canonical input document.</param>
/// <param name="Gwp">GWP set used.</param>
/// <param name="ProductName">Product name.</param>
/// <param name="DeclaredUnit">Declared unit the figures refer to.</param>
/// <param name="Boundary">System boundary.</param>
/// <param name="TotalKgCO2e">Total including biogenic emissions and removals (= <paramref name="PcfIncludingBiogenic"/>).</param>
/// <param name="PcfExcludingBiogenic">Total without biogenic CO2 emissions and removals (biogenic CH4, N2O stay in, as in PACT).</param>
/// <param name="PcfIncludingBiogenic">Total including biogenic emissions and removals.</param>
/// <param name="ByStage">By life-cycle stage; all five keys, summing to the total.</param>
/// <param name="ByGas">By gas (characterised); <c>CO2e</c> holds pre-characterised factor values.</param>
/// <param name="ByOrigin">By origin.</param>
/// <param name="AircraftKgCO2e">Part of the total from aircraft transport (also contained in the other breakdowns).</param>
/// <param name="ByMethod">By quantification method: emissionFactor, directEmission, measured, massBalance, removal.</param>
/// <param name="ByProcess">By process, largest contribution first.</param>
/// <param name="Allocation">Method label per multi-output process id.</param>
/// <param name="CutOff">Cut-off check.</param>
/// <param name="DataQuality">Data quality rating.</param>
/// <param name="Uncertainty">Monte Carlo statistics when requested.</param>
/// <param name="Solver">How the system was solved.</param>
public sealed record FootprintResult(
    string EngineVersion,
    string InputSha256,
    GwpSet Gwp,
    string ProductName,
    Quantity DeclaredUnit,
    SystemBoundary Boundary,
    double TotalKgCO2e,
    double PcfExcludingBiogenic,
    double PcfIncludingBiogenic,
    IReadOnlyDictionary<string, double> ByStage,
    IReadOnlyDictionary<string, double> ByGas,
    OriginBreakdown ByOrigin,
    double AircraftKgCO2e,
    IReadOnlyDictionary<string, double> ByMethod,
    IReadOnlyList<ProcessContribution> ByProcess,
    IReadOnlyDictionary<string, string> Allocation,
    CutOffCheck CutOff,
    DataQualityResult DataQuality,
    UncertaintyResult? Uncertainty,
    SolveReport Solver)
{
    /// <summary>The document format name.</summary>
    public const string FormatName = "pcfcert.result/1";

    /// <summary>Credits of avoided products (system expansion, ≤ 0), contained in the total and shown apart.</summary>
    public double AvoidedKgCO2e { get; init; }

    /// <summary>kg per declared unit of flows outside the GWP table (H2O, SO2, …), carried in the inventory at zero impact.</summary>
    public IReadOnlyDictionary<string, double> UncharacterisedFlows { get; init; } = new Dictionary<string, double>();

    /// <summary>Totals under other metrics (AR6 models: GWP20, GTP100), besides the GWP100 total.</summary>
    public IReadOnlyList<MetricTotal> OtherMetrics { get; init; } = [];

    /// <summary>
    /// Part of the total from inputs marked as packaging (also contained in the other breakdowns); null when the model
    /// marks no input as packaging, i.e. packaging emissions are not stated apart.
    /// </summary>
    public double? PackagingKgCO2e { get; init; }

    /// <summary>Upstream paths with cumulative shares, cut at a threshold.</summary>
    public ContributionTree? ContributionTree { get; init; }
}

/// <summary>The total under another climate metric.</summary>
/// <param name="Metric">GWP20 or GTP100.</param>
/// <param name="KgCO2e">Total in kg CO2-equivalent under that metric.</param>
/// <param name="PrecharacterisedKgCO2e">The part from pre-characterised factors, which stays at its GWP100 value.</param>
public sealed record MetricTotal(string Metric, double KgCO2e, double PrecharacterisedKgCO2e);

/// <summary>The contribution tree as a flat list; <see cref="ContributionNode.Parent"/> links a node to its parent.</summary>
/// <param name="Threshold">Branches below this share of the total are cut.</param>
/// <param name="Truncated">The node limit (200) was reached.</param>
/// <param name="Nodes">Nodes, root first, each after its parent.</param>
public sealed record ContributionTree(double Threshold, bool Truncated, IReadOnlyList<ContributionNode> Nodes);

/// <summary>A process on one upstream path.</summary>
/// <param name="Index">Position in the list.</param>
/// <param name="Parent">Index of the parent node; −1 for the root (the reference process).</param>
/// <param name="Process">Process id.</param>
/// <param name="Amount">Amount of the process's product this path needs per declared unit, in its output unit.</param>
/// <param name="KgCO2e">Cumulative impact of that amount (the process and everything upstream of it).</param>
/// <param name="Share">KgCO2e / |total|.</param>
/// <param name="DirectKgCO2e">The process's own part of it (its emissions and factor inputs).</param>
/// <param name="Depth">Distance from the root.</param>
public sealed record ContributionNode(int Index, int Parent, string Process, double Amount, double KgCO2e, double Share, double DirectKgCO2e, int Depth);

/// <summary>Breakdown by origin (kg CO2e per declared unit).</summary>
/// <param name="Fossil">Fossil emissions.</param>
/// <param name="BiogenicEmissions">Biogenic emissions of all gases.</param>
/// <param name="BiogenicRemovals">Biogenic removals (negative).</param>
/// <param name="Dluc">Direct land-use change.</param>
/// <param name="LandManagement">Land management.</param>
/// <param name="BiogenicCo2Emissions">The biogenic CO2 part of <paramref name="BiogenicEmissions"/>.</param>
public sealed record OriginBreakdown(double Fossil, double BiogenicEmissions, double BiogenicRemovals, double Dluc, double LandManagement, double BiogenicCo2Emissions);

/// <summary>One process's contribution, including the factor inputs it uses.</summary>
/// <param name="Id">Process id.</param>
/// <param name="KgCO2e">Contribution per declared unit.</param>
/// <param name="Share">Contribution / total (0 when the total is 0).</param>
/// <param name="Scaling">How many runs of the process one declared unit needs.</param>
public sealed record ProcessContribution(string Id, double KgCO2e, double Share, double Scaling);

/// <summary>The cut-off check (CEC: excluded inputs ≤ 5 % of product mass).</summary>
/// <param name="ExcludedMassKg">Mass of cut-off inputs per declared unit.</param>
/// <param name="ProductMassKg">Product mass per declared unit, when given.</param>
/// <param name="Share">Excluded mass / product mass, when the mass is given.</param>
/// <param name="LimitShare">Allowed share (scheme parameter).</param>
/// <param name="LimitKg">Allowed mass, when the product mass is given.</param>
/// <param name="Passed">True when the excluded mass is within the limit (or nothing is excluded).</param>
/// <param name="Items">Excluded inputs, mass per declared unit.</param>
public sealed record CutOffCheck(double ExcludedMassKg, double? ProductMassKg, double? Share, double LimitShare, double? LimitKg, bool Passed, IReadOnlyList<CutOffEntry> Items);

/// <summary>An excluded input.</summary>
/// <param name="Process">Process id using it.</param>
/// <param name="Name">Name of the input.</param>
/// <param name="MassKg">Mass per declared unit.</param>
public sealed record CutOffEntry(string Process, string Name, double MassKg);

/// <summary>Data quality rating of the product.</summary>
/// <param name="Dqr">Contribution-weighted mean of rated datasets' DQR; null when nothing is rated.</param>
/// <param name="Band">excellent, very good, good, fair or poor; null when nothing is rated.</param>
/// <param name="UnratedShare">Share of the absolute contributions coming from unrated datasets.</param>
/// <param name="Datasets">Each contributing dataset with its DQR and share.</param>
public sealed record DataQualityResult(double? Dqr, string? Band, double UnratedShare, IReadOnlyList<DatasetRating> Datasets);

/// <summary>A dataset's rating and weight.</summary>
/// <param name="Kind">factor or process.</param>
/// <param name="Id">Factor or process id.</param>
/// <param name="Dqr">Mean of its four scores; null when unrated.</param>
/// <param name="Share">Share of the absolute contributions.</param>
public sealed record DatasetRating(string Kind, string Id, double? Dqr, double Share);

/// <summary>Monte Carlo statistics of the total (kg CO2e per declared unit).</summary>
/// <param name="Iterations">Iterations run.</param>
/// <param name="Seed">Seed of the generator.</param>
/// <param name="Generator">Generator and transform, for reproduction.</param>
/// <param name="UncertainParameters">Number of uncertain amounts and factors sampled.</param>
/// <param name="Mean">Sample mean.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1).</param>
/// <param name="P2_5">2.5th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P97_5">97.5th percentile.</param>
/// <remarks>Statistics are over the successful draws (<see cref="Iterations"/> − <see cref="FailedDraws"/>).</remarks>
public sealed record UncertaintyResult(int Iterations, ulong Seed, string Generator, int UncertainParameters,
    double Mean, double StandardDeviation, double P2_5, double P50, double P97_5)
{
    /// <summary>Draws that made the technosphere infeasible (singular or negative scaling); left out of the statistics.</summary>
    public int FailedDraws { get; init; }

    /// <summary>The first failed draws (at most 20), each with the input that caused it.</summary>
    public IReadOnlyList<FailedDraw> Failures { get; init; } = [];

    /// <summary>Statistics per life-cycle stage (all five keys).</summary>
    public IReadOnlyDictionary<string, SampleStatistics> ByStage { get; init; } = new Dictionary<string, SampleStatistics>();

    /// <summary>Statistics of the processes with the largest absolute contributions (at most 20).</summary>
    public IReadOnlyList<ProcessStatistics> ByProcess { get; init; } = [];

    /// <summary>Whether data-quality ratings were turned into lognormal uncertainties (pedigree approach).</summary>
    public bool Pedigree { get; init; }

    /// <summary>Every draw, for export as CSV (<see cref="Documents.SamplesCsv"/>); not part of the result document.</summary>
    public MonteCarloSamples? Samples { get; init; }
}

/// <summary>Sample statistics of one figure (kg CO2e per declared unit).</summary>
/// <param name="Mean">Mean.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1).</param>
/// <param name="P2_5">2.5th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P97_5">97.5th percentile.</param>
public sealed record SampleStatistics(double Mean, double StandardDeviation, double P2_5, double P50, double P97_5)
{
    /// <summary>Statistics of the finite values (NaN marks a failed draw).</summary>
    /// <param name="values">Samples.</param>
    public static SampleStatistics Of(IEnumerable<double> values)
    {
        var ok = values.Where(double.IsFinite).ToArray();
        if (ok.Length == 0) return new SampleStatistics(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        var (mean, sd) = PcfCert.Footprint.Uncertainty.Statistics.MeanSd(ok);
        Array.Sort(ok);
        return new SampleStatistics(mean, sd, PcfCert.Footprint.Uncertainty.Statistics.Percentile(ok, 0.025),
            PcfCert.Footprint.Uncertainty.Statistics.Percentile(ok, 0.5), PcfCert.Footprint.Uncertainty.Statistics.Percentile(ok, 0.975));
    }
}

/// <summary>Statistics of one process's contribution.</summary>
/// <param name="Id">Process id.</param>
/// <param name="Statistics">Its statistics.</param>
public sealed record ProcessStatistics(string Id, SampleStatistics Statistics);

/// <summary>A Monte Carlo draw that made the technosphere infeasible.</summary>
/// <param name="Iteration">1-based iteration.</param>
/// <param name="Code">SingularSystem or NegativeScaling (or ResidualTooLarge).</param>
/// <param name="Parameter">Canonical key of the uncertain input blamed (the one that moved furthest), if any.</param>
/// <param name="Path">JSON pointer of that input.</param>
/// <param name="Multiplier">Its drawn value / stated value.</param>
/// <param name="Processes">Ids of the processes the solver named.</param>
/// <param name="Message">The solver's message.</param>
public sealed record FailedDraw(int Iteration, ErrorCode Code, string? Parameter, string? Path, double? Multiplier, string Processes, string Message);

/// <summary>Every Monte Carlo draw: one array per column, one entry per iteration (NaN for a failed draw).</summary>
/// <param name="Columns">total, stage:NAME…, process:ID….</param>
/// <param name="Values">Values per column.</param>
public sealed record MonteCarloSamples(IReadOnlyList<string> Columns, double[][] Values);
