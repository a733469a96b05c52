using PcfCert.Footprint.Gwp;
using PcfCert.Footprint.Model;
using PcfCert.Footprint.Units;
using static PcfCert.Footprint.Documents.JsonFields;

namespace PcfCert.Footprint.Calculation;

/// <summary>Compiles one process: boundary, allocation, inputs, emissions, removals, mass balance.</summary>
internal sealed class ProcessCompiler(
    FootprintModel model, Checks c, CompiledParts parts, Dictionary<string, CompiledFactor> factors,
    Dictionary<string, int> index, UnitInfo?[] outputUnits)
{
    private string _key = "";
    private DataQuality? _dqr;

    // Canonical key of a field of the current process: "process/ID/inputs/K" (the document index K of the process is not in it).
    private string Key(string path) => _key + path[path.IndexOf('/', "/processes/".Length)..];

    /// <summary>Returns the diagonal entry (reference output per run).</summary>
    public double Compile(int i)
    {
        var p = model.Processes[i];
        var path = Child("/processes", i);
        if (!Boundaries.Admits(model.Boundary, p.Stage))
            c.Errors.Add(Error.Of(ErrorCode.ProcessOutsideBoundary, Child(path, "stage"),
                $"Process '{p.Id}' is in stage '{Names.Of(p.Stage)}', outside the '{Names.Of(model.Boundary)}' boundary.",
                ("process", p.Id), ("stage", Names.Of(p.Stage)), ("boundary", Names.Of(model.Boundary))));
        c.Amount(p.Output.Amount, Child(Child(path, "output"), "amount"));
        if (p.Output.Amount == 0)
            c.Errors.Add(Error.Of(ErrorCode.SingularSystem, Child(Child(path, "output"), "amount"),
                $"Process '{p.Id}' has a zero output, so it can never be scaled to meet a demand.", ("processes", p.Id)));
        c.Dqr(p.Dqr, path);
        var alpha = Allocation.Share(p, path, c);
        var dataset = parts.AddDataset("process", p.Id, p.Dqr);
        _key = "process/" + p.Id;
        _dqr = p.Dqr;
        for (var k = 0; k < p.Inputs.Count; k++) Input(i, p.Inputs[k], Child(Child(path, "inputs"), k), alpha);
        for (var k = 0; k < p.Emissions.Count; k++) Emission(i, p.Emissions[k], Child(Child(path, "emissions"), k), alpha, dataset);
        for (var k = 0; k < p.Removals.Count; k++) RemovalTerm(i, p.Removals[k], Child(Child(path, "removals"), k), alpha, dataset);
        if (p.MassBalance is { } mb && MassBalanceRule.Co2(mb, Child(path, "massBalance"), c) is { } co2)
            AddTerm(new Term(i, co2 * alpha, "CO2", mb.Origin, false, false,
                IsBiogenicCo2("CO2", mb.Origin), Method.MassBalance, -1, -1, dataset, Child(path, "massBalance"), null, co2 * alpha));
        return p.Output.Amount;
    }

    private void Input(int i, ProcessInput input, string path, double alpha)
    {
        // An avoided product may be written with either sign; it is always a credit.
        if (input.Avoided) input = input with { Amount = Math.Abs(input.Amount) };
        if (input.Avoided && input.CutOff)
            c.Errors.Add(Error.Of(ErrorCode.InvalidValue, Child(path, "avoided"), "A cut-off input cannot also be an avoided product."));
        // Packaging is reported from the factor inputs that carry it; a supplying process's upstream cannot be split.
        if (input.Packaging && (input.CutOff || input.Process is not null))
            c.Errors.Add(Error.Of(ErrorCode.InvalidValue, Child(path, "packaging"),
                "'packaging' marks a factor input (the packaging material); mark the factor inputs of the packaging instead."));
        var okAmount = c.Amount(input.Amount, Child(path, "amount"));
        if (input.CutOff)
        {
            if (string.IsNullOrEmpty(input.Name)) c.Errors.Add(Error.Of(ErrorCode.MissingField, Child(path, "name"), "A cut-off input needs a name."));
            var u = c.Unit(input.Unit, Child(path, "unit"));
            if (u is not null && u.Dimension != Dimension.Mass)
                c.Errors.Add(Error.Of(ErrorCode.InvalidCutOff, Child(path, "unit"),
                    $"Cut-off input '{input.Name}' must be in a mass unit, not '{input.Unit}'.", ("name", input.Name), ("unit", input.Unit)));
            else if (u is not null && okAmount) parts.CutOffs.Add(new CutOffItem(i, input.Name ?? "", input.Amount * u.ToBase * alpha));
            return;
        }
        if (input.Process is not null && input.Factor is not null)
        {
            c.Errors.Add(Error.Of(ErrorCode.AmbiguousInput, path, "An input names both a process and a factor."));
            return;
        }
        if (input.Process is null && input.Factor is null)
        {
            c.Errors.Add(Error.Of(ErrorCode.MissingField, Child(path, "factor"),
                "An input needs 'process' or 'factor', or 'cutOff': true with a name."));
            return;
        }
        var unit = c.Unit(input.Unit, Child(path, "unit"));
        if (input.Process is { } pid) ProcessInput(i, input, pid, unit, okAmount, path, alpha);
        else FactorInput(i, input, input.Factor!, unit, okAmount, path, alpha);
    }

    private void ProcessInput(int i, ProcessInput input, string pid, UnitInfo? unit, bool okAmount, string path, double alpha)
    {
        if (!index.TryGetValue(pid, out var j))
        {
            c.Errors.Add(Error.Of(ErrorCode.UnknownProcess, Child(path, "process"), $"Process '{pid}' is not defined.", ("process", pid)));
            return;
        }
        if (unit is null || outputUnits[j] is null) return;
        var conv = c.Convert(unit, outputUnits[j]!, Child(path, "unit"), $"the output of process '{pid}'");
        if (conv is null || !okAmount) return;
        var param = c.Uncertainty(input.Uncertainty, input.Amount, path) ? parts.AddParameter(input.Uncertainty!, input.Amount, Key(path), path) : -1;
        // An avoided product is supplied instead of used: the displaced process runs negatively (its burden is a credit).
        parts.Entries.Add(new TechEntry(j, i, (input.Avoided ? 1 : -1) * input.Amount * conv.Value * alpha, param));
        if (input.Avoided) parts.HasAvoidedProcesses = true;
    }

    private void FactorInput(int i, ProcessInput input, string fid, UnitInfo? unit, bool okAmount, string path, double alpha)
    {
        if (!factors.TryGetValue(fid, out var f))
        {
            // A factor that exists but failed its own checks already has an error at its own path.
            if (!model.Factors.Any(x => x.Id == fid))
                c.Errors.Add(Error.Of(ErrorCode.MissingEmissionFactor, Child(path, "factor"), $"Emission factor '{fid}' is not defined.", ("factor", fid)));
            return;
        }
        if (unit is null) return;
        var conv = c.Convert(unit, f.Unit, Child(path, "unit"), $"factor '{fid}'");
        if (conv is null || !okAmount) return;
        var param = c.Uncertainty(input.Uncertainty, input.Amount, path) ? parts.AddParameter(input.Uncertainty!, input.Amount, Key(path), path) : -1;
        var amount = (input.Avoided ? -1 : 1) * input.Amount * conv.Value * alpha;
        foreach (var (gas, kgPerUnit, perUnit) in f.Parts)
            AddTerm(new Term(i, amount * perUnit, gas, f.Source.Origin, false, f.Source.Aircraft || input.Aircraft,
                IsBiogenicCo2(gas, f.Source.Origin), Method.EmissionFactor, param, f.Param, f.Dataset, path, fid, amount * kgPerUnit,
                Avoided: input.Avoided, Uncharacterised: gas != FactorCompiler.Precharacterised && GwpTable.Normalise(gas) is null,
                Packaging: input.Packaging));
    }

    private void Emission(int i, DirectEmission e, string path, double alpha, int dataset)
    {
        // A gas outside the GWP table (H2O, SO2, …) is carried at zero impact and listed in uncharacterisedFlows.
        var gwp = GwpTable.Find(model.Gwp, e.Gas, e.Origin) ?? new GwpValue(0, "not a greenhouse gas of the table", "-");
        var kg = c.Mass(e.Amount, e.Unit, path);
        if (e.Measurement is { } m && (string.IsNullOrWhiteSpace(m.Instrument) || string.IsNullOrWhiteSpace(m.Method) || string.IsNullOrWhiteSpace(m.Period)))
            c.Errors.Add(Error.Of(ErrorCode.MissingMeasurementMetadata, Child(path, "measurement"),
                "A measured emission needs instrument, method and period."));
        if (gwp is null || kg is null) return;
        var spec = parts.Spec(e.Uncertainty, _dqr);
        var param = c.Uncertainty(spec, e.Amount, path) ? parts.AddParameter(spec!, e.Amount, Key(path), path) : -1;
        var gas = GwpTable.Normalise(e.Gas) ?? e.Gas.Trim();
        AddTerm(new Term(i, kg.Value * alpha * gwp.Value, gas, e.Origin, false, false, IsBiogenicCo2(gas, e.Origin),
            e.Measurement is null ? Method.DirectEmission : Method.Measured, param, -1, dataset, path, null, kg.Value * alpha,
            Uncharacterised: GwpTable.Normalise(e.Gas) is null));
    }

    private void RemovalTerm(int i, Removal r, string path, double alpha, int dataset)
    {
        var gwp = Gas(r.Gas, Origin.Biogenic, path);
        var kg = c.Mass(r.Amount, r.Unit, path);
        if (gwp is null || kg is null) return;
        var spec = parts.Spec(r.Uncertainty, _dqr);
        var param = c.Uncertainty(spec, r.Amount, path) ? parts.AddParameter(spec!, r.Amount, Key(path), path) : -1;
        var gas = GwpTable.Normalise(r.Gas)!;
        AddTerm(new Term(i, -kg.Value * alpha * gwp.Value, gas, Origin.Biogenic, true, false, gas == "CO2",
            Method.Removal, param, -1, dataset, path, null, -kg.Value * alpha));
    }

    // A product of finite amounts can still overflow (1e200 kg × 1e200 kg CO2e/kg); refuse it where it arises.
    private void AddTerm(Term t)
    {
        if (double.IsFinite(t.Value)) { parts.Terms.Add(t); return; }
        c.Errors.Add(NonFinite.Error(t, _key["process/".Length..], t.Value));
    }

    private GwpValue? Gas(string gas, Origin origin, string path)
    {
        var gwp = GwpTable.Find(model.Gwp, gas, origin);
        if (gwp is null)
            c.Errors.Add(Error.Of(ErrorCode.UnknownGas, Child(path, "gas"), $"Gas '{gas}' is not in the {model.Gwp} GWP table.", ("gas", gas), ("gwp", model.Gwp)));
        return gwp;
    }

    // Pre-characterised biogenic factors are counted as biogenic CO2 (documented in docs/model-format.md).
    private static bool IsBiogenicCo2(string gas, Origin origin) =>
        origin == Origin.Biogenic && (gas == "CO2" || gas == FactorCompiler.Precharacterised);
}
