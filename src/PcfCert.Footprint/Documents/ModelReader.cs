using System.Text.Json;
using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Documents;

/// <summary>
/// Maps a <c>pcfcert.model/1</c> JSON tree to records. A missing required field becomes a placeholder
/// ("" or 0) so that list indices, and so the JSON pointers of later checks, stay aligned with the document.
/// </summary>
internal sealed class ModelReader(JsonFields f)
{
    private const string Distributions = "lognormal, normal, triangular, uniform";
    private const string Origins = "fossil, biogenic, dluc, land-management";

    public FootprintModel Read(JsonElement root)
    {
        var format = f.String(root, "format", "", true);
        if (format is not null && format != FootprintModel.FormatName)
            f.Errors.Add(Error.Of(ErrorCode.UnsupportedFormat, "/format",
                $"Format '{format}' is not supported; expected '{FootprintModel.FormatName}'.", ("format", format)));
        var product = f.Object(root, "product", "", true) is { } p ? ReadProduct(p, "/product") : new Product("", new Quantity(1, "piece"), null);
        var gwpText = f.String(root, "gwp", "", true);
        var gwp = gwpText is null ? GwpSet.AR6 : Names.Gwp(gwpText) ?? UnknownGwp(gwpText);
        var boundary = f.Enum(root, "boundary", "", Names.Boundary, true, "gate-to-gate, cradle-to-gate, cradle-to-grave")
            ?? SystemBoundary.CradleToGrave;
        var reference = f.String(root, "referenceProcess", "", true) ?? "";
        var factors = f.Array(root, "factors", "", ReadFactor);
        var processes = f.Array(root, "processes", "", ReadProcess);
        return new FootprintModel(product, gwp, boundary, reference, factors, processes);
    }

    private GwpSet UnknownGwp(string text)
    {
        f.Errors.Add(Error.Of(ErrorCode.UnknownGwpSet, "/gwp", $"GWP set '{text}' is not known; use AR5 or AR6.", ("gwp", text)));
        return GwpSet.AR6;
    }

    private Product ReadProduct(JsonElement e, string path)
    {
        var name = f.String(e, "name", path, true) ?? "";
        var du = f.Object(e, "declaredUnit", path, true) is { } d ? ReadQuantity(d, JsonFields.Child(path, "declaredUnit")) : new Quantity(1, "piece");
        return new Product(name, du, f.Number(e, "massKg", path, false));
    }

    private Quantity ReadQuantity(JsonElement e, string path) =>
        new(f.Number(e, "amount", path, true) ?? 0, f.String(e, "unit", path, true) ?? "");

    private EmissionFactor ReadFactor(JsonElement e, string path)
    {
        Dictionary<string, double>? gases = null;
        if (f.Object(e, "gases", path, false) is { } g)
        {
            gases = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var prop in g.EnumerateObject())
                if (f.Number(g, prop.Name, JsonFields.Child(path, "gases"), true) is { } v) gases[prop.Name] = v;
        }
        return new EmissionFactor(
            f.String(e, "id", path, true) ?? "",
            f.String(e, "unit", path, true) ?? "",
            f.Number(e, "kgCO2e", path, false),
            gases,
            f.Enum(e, "origin", path, Names.OriginOf, false, Origins) ?? Origin.Fossil,
            f.Bool(e, "aircraft", path),
            f.String(e, "source", path, false),
            Dqr(e, path),
            Uncertainty(e, path));
    }

    private UnitProcess ReadProcess(JsonElement e, string path)
    {
        var output = f.Object(e, "output", path, true) is { } o
            ? new ProcessOutput(f.Number(o, "amount", JsonFields.Child(path, "output"), true) ?? 0,
                f.String(o, "unit", JsonFields.Child(path, "output"), true) ?? "",
                f.Number(o, "allocationBasis", JsonFields.Child(path, "output"), false))
            : new ProcessOutput(1, "");
        return new UnitProcess(
            f.String(e, "id", path, true) ?? "",
            f.String(e, "name", path, false),
            f.Enum(e, "stage", path, Names.Stage, true,
                "raw-material-acquisition, production, distribution, use, end-of-life") ?? LifeCycleStage.Production,
            output,
            f.Array(e, "coProducts", path, (c, p) => new CoProduct(f.String(c, "name", p, true) ?? "",
                f.Number(c, "amount", p, true) ?? 0, f.String(c, "unit", p, true) ?? "", f.Number(c, "allocationBasis", p, true) ?? 0)),
            f.String(e, "allocation", path, false),
            f.Array(e, "inputs", path, ReadInput),
            f.Array(e, "emissions", path, ReadEmission),
            f.Array(e, "removals", path, (r, p) => new Removal(f.String(r, "gas", p, false) ?? "CO2",
                f.Number(r, "amount", p, true) ?? 0, f.String(r, "unit", p, true) ?? "", Uncertainty(r, p))),
            f.Object(e, "massBalance", path, false) is { } mb ? ReadMassBalance(mb, JsonFields.Child(path, "massBalance")) : null,
            Dqr(e, path));
    }

    private ProcessInput ReadInput(JsonElement e, string path) => new(
        f.String(e, "process", path, false),
        f.String(e, "factor", path, false),
        f.String(e, "name", path, false),
        f.Number(e, "amount", path, true) ?? 0,
        f.String(e, "unit", path, true) ?? "",
        f.Bool(e, "cutOff", path),
        f.Bool(e, "aircraft", path),
        Uncertainty(e, path),
        f.Bool(e, "avoided", path),
        f.Bool(e, "packaging", path));

    private DirectEmission ReadEmission(JsonElement e, string path)
    {
        Measurement? measurement = null;
        if (f.Object(e, "measurement", path, false) is { } m)
        {
            var mp = JsonFields.Child(path, "measurement");
            measurement = new Measurement(f.String(m, "instrument", mp, true) ?? "", f.String(m, "method", mp, true) ?? "",
                f.String(m, "period", mp, true) ?? "");
        }
        return new DirectEmission(f.String(e, "gas", path, true) ?? "", f.Number(e, "amount", path, true) ?? 0,
            f.String(e, "unit", path, true) ?? "", f.Enum(e, "origin", path, Names.OriginOf, false, Origins) ?? Origin.Fossil,
            measurement, Uncertainty(e, path));
    }

    private MassBalance ReadMassBalance(JsonElement e, string path)
    {
        CarbonFlow? Flow(JsonElement c, string p) => new(f.String(c, "name", p, true) ?? "", f.Number(c, "amount", p, true) ?? 0,
            f.String(c, "unit", p, true) ?? "", f.Number(c, "carbonFraction", p, true) ?? 0);
        return new MassBalance(f.Array(e, "carbonIn", path, Flow), f.Array(e, "carbonOut", path, Flow),
            f.Enum(e, "origin", path, Names.OriginOf, false, Origins) ?? Origin.Fossil);
    }

    private DataQuality? Dqr(JsonElement e, string path)
    {
        if (f.Object(e, "dqr", path, false) is not { } d) return null;
        var p = JsonFields.Child(path, "dqr");
        return new DataQuality(f.Number(d, "ter", p, true) ?? 1, f.Number(d, "ger", p, true) ?? 1,
            f.Number(d, "tir", p, true) ?? 1, f.Number(d, "p", p, true) ?? 1);
    }

    private UncertaintySpec? Uncertainty(JsonElement e, string path)
    {
        if (f.Object(e, "uncertainty", path, false) is not { } u) return null;
        var p = JsonFields.Child(path, "uncertainty");
        var kind = f.Enum(u, "distribution", p, Names.Distribution, true, Distributions);
        if (kind is null) return null;
        return new UncertaintySpec(kind.Value, f.Number(u, "gsd", p, false), f.Number(u, "sd", p, false),
            f.Number(u, "min", p, false), f.Number(u, "mode", p, false), f.Number(u, "max", p, false));
    }
}
