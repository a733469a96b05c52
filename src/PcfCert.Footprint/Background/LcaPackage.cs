namespace PcfCert.Footprint.Background;

/// <summary>Kind of an LCA flow, as openLCA names it (<c>ELEMENTARY_FLOW</c>, <c>PRODUCT_FLOW</c>, <c>WASTE_FLOW</c>).</summary>
public enum LcaFlowType
{
    /// <summary>Exchanged with nature: emissions and resources.</summary>
    Elementary,
    /// <summary>A product or service of the technosphere.</summary>
    Product,
    /// <summary>A waste sent to treatment.</summary>
    Waste,
}

/// <summary>A flow of a background package.</summary>
/// <param name="Id">UUID (<c>@id</c>).</param>
/// <param name="Name">Name as published.</param>
/// <param name="Type">Elementary, product or waste.</param>
/// <param name="Cas">CAS number when given (leading zeros as published).</param>
/// <param name="Category">Category name (compartment of an elementary flow), when given.</param>
public sealed record LcaFlow(string Id, string Name, LcaFlowType Type, string? Cas, string? Category);

/// <summary>One input or output of a background process.</summary>
/// <param name="Index">Position in the process's <c>exchanges</c> array.</param>
/// <param name="Flow">The flow (from <c>flows/</c> when the package has it, else from the exchange's reference).</param>
/// <param name="IsInput">Input (true) or output (false).</param>
/// <param name="IsReference">The process's quantitative reference.</param>
/// <param name="IsAvoided">An avoided product (system expansion).</param>
/// <param name="Amount">Amount per run of the process.</param>
/// <param name="Unit">Unit name as published (<c>kg</c>, <c>t*km</c>, <c>l</c>, <c>Item(s)</c> …).</param>
/// <param name="DefaultProvider">UUID of the process named as provider of a product input, when given.</param>
public sealed record LcaExchange(
    int Index, LcaFlow Flow, bool IsInput, bool IsReference, bool IsAvoided, double Amount, string Unit, string? DefaultProvider);

/// <summary>A unit process of a background package with its provenance.</summary>
/// <param name="Id">UUID (<c>@id</c>), stable across versions of the data set.</param>
/// <param name="Name">Name as published.</param>
/// <param name="Version">Data set version (<c>00.00.000</c> style), when given.</param>
/// <param name="LastChange">Time of the last change as published (ISO 8601 text), when given.</param>
/// <param name="Location">Location name or code, when given.</param>
/// <param name="Category">Category name, when given.</param>
/// <param name="ValidFrom">Start of the validity period as published, when given.</param>
/// <param name="Publication">Name of the publication (source) the data set cites, when given.</param>
/// <param name="Entry">Package entry the process was read from, e.g. <c>processes/0156….json</c>.</param>
/// <param name="Exchanges">Inputs and outputs.</param>
public sealed record LcaProcess(
    string Id, string Name, string? Version, string? LastChange, string? Location, string? Category, string? ValidFrom,
    string? Publication, string Entry, IReadOnlyList<LcaExchange> Exchanges)
{
    /// <summary>The quantitative reference (exactly one per process; the reader refuses a process without one).</summary>
    public LcaExchange Reference => Exchanges.First(e => e.IsReference);

    /// <summary>Chinese name (ILCD <c>baseName xml:lang="zh"</c>, as TianGong publishes), when given; <see cref="Name"/> is then the English one.</summary>
    public string? NameZh { get; init; }

    /// <summary>
    /// Exchanges whose flow (or the flow's property or unit group) is not in the package, so their unit is unknown: the model
    /// leaves them out and lists them (reason <c>not-in-package</c>). Their <see cref="LcaExchange.Unit"/> is empty.
    /// </summary>
    public IReadOnlyList<LcaExchange> Unresolved { get; init; } = [];
}

/// <summary>A background data package read from openLCA JSON-LD or ILCD: its processes and flows.</summary>
/// <param name="Format">Format label, e.g. <c>openLCA JSON-LD</c> or <c>ILCD</c>.</param>
/// <param name="Processes">Processes, in entry order.</param>
/// <param name="Flows">Flows by UUID (those in <c>flows/</c> and those only referenced by exchanges).</param>
public sealed record LcaPackage(string Format, IReadOnlyList<LcaProcess> Processes, IReadOnlyDictionary<string, LcaFlow> Flows);

/// <summary>One file of a package: its path inside the zip or folder and its text.</summary>
/// <param name="Path">Path with forward slashes, e.g. <c>processes/0156….json</c>.</param>
/// <param name="Text">UTF-8 text of the file.</param>
public sealed record PackageEntry(string Path, string Text);
