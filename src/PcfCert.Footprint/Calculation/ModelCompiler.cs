using PcfCert.Footprint.Model;
using PcfCert.Footprint.Units;
using static PcfCert.Footprint.Documents.JsonFields;

namespace PcfCert.Footprint.Calculation;

/// <summary>Validates a model completely and reduces it to a <see cref="CompiledModel"/>; collects every error.</summary>
internal static class ModelCompiler
{
    /// <param name="model">The model.</param>
    /// <param name="pedigree">Derive lognormal uncertainties from data-quality ratings where none is declared.</param>
    public static (CompiledModel? Model, List<Error> Errors) Compile(FootprintModel model, bool pedigree = false)
    {
        var c = new Checks([]);
        var parts = new CompiledParts { Pedigree = pedigree };
        var factors = FactorCompiler.Compile(model, c, parts);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var outputUnits = new UnitInfo?[model.Processes.Count];
        for (var i = 0; i < model.Processes.Count; i++)
        {
            var p = model.Processes[i];
            var path = Child("/processes", i);
            if (!index.TryAdd(p.Id, i))
                c.Errors.Add(Error.Of(ErrorCode.DuplicateId, Child(path, "id"), $"Process id '{p.Id}' is used twice.", ("id", p.Id)));
            outputUnits[i] = c.Unit(p.Output.Unit, Child(Child(path, "output"), "unit"));
        }

        var diagonal = new double[model.Processes.Count];
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var processCompiler = new ProcessCompiler(model, c, parts, factors, index, outputUnits);
        for (var i = 0; i < model.Processes.Count; i++)
        {
            diagonal[i] = processCompiler.Compile(i);
            if (model.Processes[i].CoProducts.Count > 0) labels[model.Processes[i].Id] = model.Processes[i].Allocation ?? "unspecified";
        }

        var (reference, demand) = Reference(model, c, index, outputUnits);
        CheckProduct(model, c, parts);
        if (c.Errors.Count > 0) return (null, c.Errors);
        return (new CompiledModel
        {
            ProcessIds = model.Processes.Select(p => p.Id).ToArray(),
            Stages = model.Processes.Select(p => p.Stage).ToArray(),
            Diagonal = diagonal,
            Entries = parts.Entries,
            Reference = reference,
            Demand = demand,
            Terms = parts.Terms,
            CutOffs = parts.CutOffs,
            Parameters = parts.Parameters,
            Datasets = parts.Datasets,
            AllocationLabels = labels,
            HasAvoidedProcesses = parts.HasAvoidedProcesses,
            Gwp = model.Gwp,
        }, c.Errors);
    }

    private static (int, double) Reference(FootprintModel model, Checks c, Dictionary<string, int> index, UnitInfo?[] units)
    {
        var du = model.Product.DeclaredUnit;
        const string duPath = "/product/declaredUnit";
        var duUnit = c.Unit(du.Unit, Child(duPath, "unit"));
        var okAmount = c.Amount(du.Amount, Child(duPath, "amount"));
        if (okAmount && du.Amount == 0)
            c.Errors.Add(Error.Of(ErrorCode.InvalidValue, Child(duPath, "amount"), "The declared unit amount must be positive."));
        if (!index.TryGetValue(model.ReferenceProcess, out var r))
        {
            c.Errors.Add(Error.Of(ErrorCode.UnknownProcess, "/referenceProcess",
                $"Reference process '{model.ReferenceProcess}' is not defined.", ("process", model.ReferenceProcess)));
            return (-1, 0);
        }
        if (duUnit is null || units[r] is null) return (r, 0);
        var conv = c.Convert(duUnit, units[r]!, Child(duPath, "unit"), $"reference process '{model.ReferenceProcess}'");
        return (r, du.Amount * (conv ?? 0));
    }

    private static void CheckProduct(FootprintModel model, Checks c, CompiledParts parts)
    {
        if (model.Product.MassKg is { } m) c.Amount(m, "/product/massKg");
        else if (parts.CutOffs.Count > 0)
            c.Errors.Add(Error.Of(ErrorCode.InvalidCutOff, "/product/massKg",
                "The model has cut-off inputs, so the product mass is needed for the cut-off check."));
    }
}
