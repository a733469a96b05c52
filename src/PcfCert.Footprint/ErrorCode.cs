namespace PcfCert.Footprint;

/// <summary>Domain error codes of the footprint engine. Names are part of the public contract.</summary>
public enum ErrorCode
{
    /// <summary>The document is not well-formed JSON.</summary>
    InvalidJson,
    /// <summary>The <c>format</c> field is missing or not <c>pcfcert.model/1</c>.</summary>
    UnsupportedFormat,
    /// <summary>A required field is missing.</summary>
    MissingField,
    /// <summary>A field has the wrong JSON type or a value outside its allowed set.</summary>
    InvalidValue,
    /// <summary>Two factors or two processes share one id.</summary>
    DuplicateId,
    /// <summary>The unit symbol is not known.</summary>
    UnknownUnit,
    /// <summary>Two units that must be convertible belong to different dimensions.</summary>
    UnitDimensionMismatch,
    /// <summary>An input names a factor id that is not defined.</summary>
    MissingEmissionFactor,
    /// <summary>An input or the reference process names a process id that is not defined.</summary>
    UnknownProcess,
    /// <summary>The GWP set is neither AR5 nor AR6.</summary>
    UnknownGwpSet,
    /// <summary>A gas is not in the GWP table.</summary>
    UnknownGas,
    /// <summary>A process's stage is not admitted by the system boundary.</summary>
    ProcessOutsideBoundary,
    /// <summary>An amount is negative.</summary>
    NegativeAmount,
    /// <summary>An amount is NaN or infinite.</summary>
    NonFiniteAmount,
    /// <summary>The processes cannot be scaled to meet the demand (the technosphere matrix is singular).</summary>
    SingularSystem,
    /// <summary>Meeting the demand would need a process to run a negative amount.</summary>
    NegativeScaling,
    /// <summary>The solution failed its residual check.</summary>
    ResidualTooLarge,
    /// <summary>An input gives more than one of <c>process</c>, <c>factor</c>, a cut-off name.</summary>
    AmbiguousInput,
    /// <summary>A cut-off input is not in a mass unit, or the product mass needed for the check is missing.</summary>
    InvalidCutOff,
    /// <summary>A data quality score is outside 1–5.</summary>
    InvalidDataQuality,
    /// <summary>An uncertainty distribution is unknown or its parameters are inconsistent.</summary>
    InvalidUncertainty,
    /// <summary>A factor gives neither or both of <c>kgCO2e</c> and <c>gases</c>.</summary>
    InvalidFactor,
    /// <summary>A mass balance emits less carbon than it takes in would require (carbon out exceeds carbon in).</summary>
    NegativeMassBalance,
    /// <summary>A measured emission lacks instrument, method or period.</summary>
    MissingMeasurementMetadata,
    /// <summary>Calculation options are invalid (iteration count, cut-off limit).</summary>
    InvalidOption,
    /// <summary>A contribution or the total overflows to ±Infinity (or NaN) although every amount is finite; names the factor and input.</summary>
    NonFiniteResult,
    /// <summary>The technosphere could not be solved within the calculation's time or memory budget; names the block size.</summary>
    SolveBudgetExceeded,
    /// <summary>Every Monte Carlo draw made the technosphere infeasible; names the first draw's input.</summary>
    MonteCarloInfeasible,
    /// <summary>A parameter or an amount formula does not parse or evaluate (unknown parameter, cycle, syntax); names the reason.</summary>
    InvalidFormula,
}
