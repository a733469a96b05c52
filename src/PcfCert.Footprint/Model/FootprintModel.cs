namespace PcfCert.Footprint.Model;

/// <summary>The complete input of one calculation: the <c>pcfcert.model/1</c> document as records.</summary>
/// <param name="Product">The product and its declared unit.</param>
/// <param name="Gwp">GWP set used to characterise gases.</param>
/// <param name="Boundary">System boundary; every process must lie inside it.</param>
/// <param name="ReferenceProcess">Id of the process whose reference output is the product.</param>
/// <param name="Factors">Secondary datasets (emission factors).</param>
/// <param name="Processes">Unit processes.</param>
public sealed record FootprintModel(
    Product Product,
    GwpSet Gwp,
    SystemBoundary Boundary,
    string ReferenceProcess,
    IReadOnlyList<EmissionFactor> Factors,
    IReadOnlyList<UnitProcess> Processes)
{
    /// <summary>The document format this model corresponds to.</summary>
    public const string FormatName = "pcfcert.model/1";

    /// <summary>
    /// SHA-256 of the canonical form of the document the model was read from, set by
    /// <see cref="Documents.ModelDocument.Parse"/>; when null the calculator hashes the model as written by
    /// <see cref="Documents.ModelDocument.Write"/>. A <c>with</c> copy keeps this value: code that changes a parsed
    /// model must set it to null, or the result would name the hash of a document it was not computed from.
    /// </summary>
    public string? InputSha256 { get; init; }
}

/// <summary>The product studied.</summary>
/// <param name="Name">Product name and model.</param>
/// <param name="DeclaredUnit">Declared (or functional) unit; results are per this amount.</param>
/// <param name="MassKg">Mass of one declared unit in kg; needed for the cut-off check.</param>
public sealed record Product(string Name, Quantity DeclaredUnit, double? MassKg);

/// <summary>An amount with its unit symbol.</summary>
/// <param name="Amount">The amount.</param>
/// <param name="Unit">Unit symbol, see <see cref="Units.UnitTable"/>.</param>
public sealed record Quantity(double Amount, string Unit);

/// <summary>Data quality rating of a dataset (each 1–5, lower is better).</summary>
/// <param name="Ter">Technological representativeness.</param>
/// <param name="Ger">Geographical representativeness.</param>
/// <param name="Tir">Time representativeness.</param>
/// <param name="P">Precision.</param>
public sealed record DataQuality(double Ter, double Ger, double Tir, double P)
{
    /// <summary>Dataset DQR: the mean of the four scores.</summary>
    public double Score => (Ter + Ger + Tir + P) / 4.0;
}

/// <summary>Uncertainty of an amount or a factor value.</summary>
/// <param name="Distribution">Distribution kind.</param>
/// <param name="Gsd">Geometric standard deviation (lognormal).</param>
/// <param name="Sd">Standard deviation (normal).</param>
/// <param name="Min">Minimum (triangular, uniform).</param>
/// <param name="Mode">Mode (triangular).</param>
/// <param name="Max">Maximum (triangular, uniform).</param>
public sealed record UncertaintySpec(
    DistributionKind Distribution, double? Gsd = null, double? Sd = null, double? Min = null, double? Mode = null, double? Max = null);
