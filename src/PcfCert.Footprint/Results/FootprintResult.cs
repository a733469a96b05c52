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
}

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
public sealed record UncertaintyResult(int Iterations, ulong Seed, string Generator, int UncertainParameters,
    double Mean, double StandardDeviation, double P2_5, double P50, double P97_5);
