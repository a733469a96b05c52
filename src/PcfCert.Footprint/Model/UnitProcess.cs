namespace PcfCert.Footprint.Model;

/// <summary>A unit process with one reference output.</summary>
/// <param name="Id">Id referenced by inputs and <see cref="FootprintModel.ReferenceProcess"/>.</param>
/// <param name="Name">Descriptive name.</param>
/// <param name="Stage">Life-cycle stage; factor inputs take this stage.</param>
/// <param name="Output">Reference output per run of the process.</param>
/// <param name="CoProducts">Co-products sharing the burdens by allocation.</param>
/// <param name="Allocation">Allocation method label (mass, economic, physical), reported as given.</param>
/// <param name="Inputs">Inputs from other processes, from factors, or cut off.</param>
/// <param name="Emissions">Direct emissions, calculated or measured.</param>
/// <param name="Removals">Biogenic removals, given as positive amounts; they count negative.</param>
/// <param name="MassBalance">Carbon mass balance giving a CO2 emission.</param>
/// <param name="Dqr">Data quality rating of the process's own data.</param>
public sealed record UnitProcess(
    string Id,
    string? Name,
    LifeCycleStage Stage,
    ProcessOutput Output,
    IReadOnlyList<CoProduct> CoProducts,
    string? Allocation,
    IReadOnlyList<ProcessInput> Inputs,
    IReadOnlyList<DirectEmission> Emissions,
    IReadOnlyList<Removal> Removals,
    MassBalance? MassBalance = null,
    DataQuality? Dqr = null);

/// <summary>Reference output of a process.</summary>
/// <param name="Amount">Amount per run.</param>
/// <param name="Unit">Unit symbol.</param>
/// <param name="AllocationBasis">Allocation basis (mass, value, …) of the reference output; needed with co-products.</param>
public sealed record ProcessOutput(double Amount, string Unit, double? AllocationBasis = null);

/// <summary>A co-product of a process.</summary>
/// <param name="Name">Name.</param>
/// <param name="Amount">Amount per run.</param>
/// <param name="Unit">Unit symbol.</param>
/// <param name="AllocationBasis">Allocation basis in the same terms as the reference output's.</param>
public sealed record CoProduct(string Name, double Amount, string Unit, double AllocationBasis);

/// <summary>An input of a process: exactly one of a process, a factor, or a cut-off item.</summary>
/// <param name="Process">Id of the supplying process.</param>
/// <param name="Factor">Id of the emission factor.</param>
/// <param name="Name">Name (required for cut-off inputs).</param>
/// <param name="Amount">Amount per run of the consuming process.</param>
/// <param name="Unit">Unit symbol.</param>
/// <param name="CutOff">Excluded by the cut-off rule; must be in a mass unit.</param>
/// <param name="Aircraft">Also report the emissions of this input as aircraft emissions.</param>
/// <param name="Uncertainty">Uncertainty of the amount.</param>
/// <param name="Avoided">
/// An avoided product (system expansion, ISO 14067 6.4.6 / ISO 14044 4.3.4.2): the amount the product displaces,
/// stated positive, counted negative; the credit is in the total and shown apart as <c>avoidedKgCO2e</c>.
/// </param>
/// <param name="Packaging">
/// The input is packaging of the product (a factor input only); its emissions are also reported as
/// <c>packagingKgCO2e</c> (PACT <c>packagingGhgEmissions</c>).
/// </param>
public sealed record ProcessInput(
    string? Process,
    string? Factor,
    string? Name,
    double Amount,
    string Unit,
    bool CutOff = false,
    bool Aircraft = false,
    UncertaintySpec? Uncertainty = null,
    bool Avoided = false,
    bool Packaging = false);

/// <summary>A direct emission of a gas.</summary>
/// <param name="Gas">Gas name, see <see cref="Gwp.GwpTable"/>.</param>
/// <param name="Amount">Mass per run.</param>
/// <param name="Unit">Mass unit.</param>
/// <param name="Origin">Origin.</param>
/// <param name="Measurement">Measurement metadata when the amount was measured.</param>
/// <param name="Uncertainty">Uncertainty of the amount.</param>
public sealed record DirectEmission(
    string Gas, double Amount, string Unit, Origin Origin = Origin.Fossil,
    Measurement? Measurement = null, UncertaintySpec? Uncertainty = null);

/// <summary>How a measured emission was measured.</summary>
/// <param name="Instrument">Instrument (type, serial).</param>
/// <param name="Method">Measurement method or standard.</param>
/// <param name="Period">Measurement period.</param>
public sealed record Measurement(string Instrument, string Method, string Period);

/// <summary>A biogenic removal (uptake), stated positive, counted negative.</summary>
/// <param name="Gas">Gas removed, normally CO2.</param>
/// <param name="Amount">Mass per run, positive.</param>
/// <param name="Unit">Mass unit.</param>
/// <param name="Uncertainty">Uncertainty of the amount.</param>
public sealed record Removal(string Gas, double Amount, string Unit, UncertaintySpec? Uncertainty = null);

/// <summary>Carbon mass balance: (carbon in − carbon out) × 44/12 is emitted as CO2.</summary>
/// <param name="CarbonIn">Carbon-bearing flows entering the process.</param>
/// <param name="CarbonOut">Carbon-bearing flows leaving in products and wastes.</param>
/// <param name="Origin">Origin of the CO2.</param>
public sealed record MassBalance(IReadOnlyList<CarbonFlow> CarbonIn, IReadOnlyList<CarbonFlow> CarbonOut, Origin Origin = Origin.Fossil);

/// <summary>A flow in a carbon mass balance.</summary>
/// <param name="Name">Name.</param>
/// <param name="Amount">Mass per run.</param>
/// <param name="Unit">Mass unit.</param>
/// <param name="CarbonFraction">Mass fraction of carbon, 0–1.</param>
public sealed record CarbonFlow(string Name, double Amount, string Unit, double CarbonFraction);
