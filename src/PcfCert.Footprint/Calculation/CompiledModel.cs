using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Calculation;

/// <summary>How an emission figure was obtained (CEC 5.4.3.1 names the three methods).</summary>
internal enum Method { EmissionFactor, DirectEmission, Measured, MassBalance, Removal }

/// <summary>
/// One characterised contribution of a process per run, in kg CO2e. <c>Path</c> is the JSON pointer of the input,
/// emission, removal or mass balance it comes from; <c>Factor</c> the factor id of a factor input; <c>Mass</c> the kg of
/// the gas per run (NaN for a pre-characterised factor), used for other metrics and for flows at zero impact;
/// <c>Avoided</c> marks a credit for an avoided product (system expansion); <c>Packaging</c> the product's packaging.
/// </summary>
internal readonly record struct Term(
    int Process, double Value, string Gas, Origin Origin, bool Removal, bool Aircraft, bool BiogenicCo2,
    Method Method, int AmountParam, int FactorParam, int Dataset, string Path = "", string? Factor = null,
    double Mass = double.NaN, bool Avoided = false, bool Uncharacterised = false, bool Packaging = false);

/// <summary>An off-diagonal technosphere entry: process <c>Col</c> consumes <c>-Value</c> of the output of <c>Row</c>.</summary>
internal readonly record struct TechEntry(int Row, int Col, double Value, int AmountParam);

/// <summary>An excluded input: kg per run of its process.</summary>
internal readonly record struct CutOffItem(int Process, string Name, double MassKg);

/// <summary>
/// An uncertain quantity: its distribution, stated value (in the unit the distribution refers to), canonical key
/// (<c>factor/ID</c> or <c>process/ID/inputs/K</c>, independent of where the process stands in the document; Monte
/// Carlo draws are keyed by it) and the JSON pointer of the field in the document.
/// </summary>
internal readonly record struct Parameter(UncertaintySpec Spec, double Stated, string Key, string Path);

/// <summary>A rated or unrated dataset (a factor or a process's own data).</summary>
internal readonly record struct Dataset(string Kind, string Id, DataQuality? Dqr);

/// <summary>The model reduced to numbers: a technosphere matrix, characterised terms and checks.</summary>
internal sealed class CompiledModel
{
    public required string[] ProcessIds { get; init; }
    public required LifeCycleStage[] Stages { get; init; }
    public required double[] Diagonal { get; init; }
    public required List<TechEntry> Entries { get; init; }
    public required int Reference { get; init; }
    public required double Demand { get; init; }
    public required List<Term> Terms { get; init; }
    public required List<CutOffItem> CutOffs { get; init; }
    public required List<Parameter> Parameters { get; init; }
    public required List<Dataset> Datasets { get; init; }
    public required Dictionary<string, string> AllocationLabels { get; init; }
    public GwpSet Gwp { get; init; }
    public bool HasAvoidedProcesses { get; init; }
    public int Size => ProcessIds.Length;
}
