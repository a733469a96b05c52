using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PcfCert.Footprint.Model;
using PcfCert.Footprint.Results;

namespace PcfCert.Footprint.Documents;

/// <summary>Writes the <c>pcfcert.result/1</c> document (docs/result-format.md). Numbers are full doubles; rounding is for display only.</summary>
public static class ResultDocument
{
    /// <summary>Writes a result as indented JSON.</summary>
    /// <param name="result">The result.</param>
    public static string Write(FootprintResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(w, result);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a result to a JSON writer, for hosts that stream responses.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="r">The result.</param>
    public static void Write(Utf8JsonWriter w, FootprintResult r)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        w.WriteStartObject();
        w.WriteString("format", FootprintResult.FormatName);
        w.WriteString("engineVersion", r.EngineVersion);
        w.WriteString("inputSha256", r.InputSha256);
        w.WriteString("product", r.ProductName);
        w.WriteStartObject("declaredUnit");
        w.WriteNumber("amount", r.DeclaredUnit.Amount);
        w.WriteString("unit", r.DeclaredUnit.Unit);
        w.WriteEndObject();
        w.WriteString("gwp", r.Gwp.ToString());
        w.WriteString("boundary", Names.Of(r.Boundary));
        w.WriteNumber("totalKgCO2e", r.TotalKgCO2e);
        w.WriteNumber("pcfExcludingBiogenic", r.PcfExcludingBiogenic);
        w.WriteNumber("pcfIncludingBiogenic", r.PcfIncludingBiogenic);
        Map(w, "byStage", r.ByStage);
        Map(w, "byGas", r.ByGas);
        w.WriteStartObject("byOrigin");
        w.WriteNumber("fossil", r.ByOrigin.Fossil);
        w.WriteNumber("biogenicEmissions", r.ByOrigin.BiogenicEmissions);
        w.WriteNumber("biogenicRemovals", r.ByOrigin.BiogenicRemovals);
        w.WriteNumber("dluc", r.ByOrigin.Dluc);
        w.WriteNumber("landManagement", r.ByOrigin.LandManagement);
        w.WriteNumber("biogenicCO2Emissions", r.ByOrigin.BiogenicCo2Emissions);
        w.WriteEndObject();
        w.WriteNumber("aircraftKgCO2e", r.AircraftKgCO2e);
        w.WriteNumber("avoidedKgCO2e", r.AvoidedKgCO2e);
        if (r.PackagingKgCO2e is { } packaging) w.WriteNumber("packagingKgCO2e", packaging);
        Map(w, "uncharacterisedFlows", r.UncharacterisedFlows);
        w.WriteStartArray("otherMetrics");
        foreach (var m in r.OtherMetrics)
        {
            w.WriteStartObject();
            w.WriteString("metric", m.Metric); w.WriteNumber("kgCO2e", m.KgCO2e); w.WriteNumber("precharacterisedKgCO2e", m.PrecharacterisedKgCO2e);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Map(w, "byMethod", r.ByMethod);
        w.WriteStartArray("byProcess");
        foreach (var p in r.ByProcess)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id); w.WriteNumber("kgCO2e", p.KgCO2e); w.WriteNumber("share", p.Share); w.WriteNumber("scaling", p.Scaling);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("allocation");
        foreach (var (id, method) in r.Allocation.OrderBy(a => a.Key, StringComparer.Ordinal)) w.WriteString(id, method);
        w.WriteEndObject();
        CutOff(w, r.CutOff);
        Quality(w, r.DataQuality);
        if (r.ContributionTree is { } tree) Tree(w, tree);
        if (r.Uncertainty is { } u) Uncertainty(w, u);
        Solver(w, r);
        w.WriteEndObject();
    }

    private static void CutOff(Utf8JsonWriter w, CutOffCheck c)
    {
        w.WriteStartObject("cutOff");
        w.WriteNumber("excludedMassKg", c.ExcludedMassKg);
        Nullable(w, "productMassKg", c.ProductMassKg);
        Nullable(w, "share", c.Share);
        w.WriteNumber("limitShare", c.LimitShare);
        Nullable(w, "limitKg", c.LimitKg);
        w.WriteBoolean("passed", c.Passed);
        w.WriteStartArray("items");
        foreach (var i in c.Items)
        {
            w.WriteStartObject();
            w.WriteString("process", i.Process); w.WriteString("name", i.Name); w.WriteNumber("massKg", i.MassKg);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Quality(Utf8JsonWriter w, DataQualityResult q)
    {
        w.WriteStartObject("dataQuality");
        Nullable(w, "dqr", q.Dqr);
        if (q.Band is null) w.WriteNull("band"); else w.WriteString("band", q.Band);
        w.WriteNumber("unratedShare", q.UnratedShare);
        w.WriteStartArray("datasets");
        foreach (var d in q.Datasets)
        {
            w.WriteStartObject();
            w.WriteString("kind", d.Kind); w.WriteString("id", d.Id); Nullable(w, "dqr", d.Dqr); w.WriteNumber("share", d.Share);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Uncertainty(Utf8JsonWriter w, UncertaintyResult u)
    {
        w.WriteStartObject("uncertainty");
        w.WriteNumber("iterations", u.Iterations);
        w.WriteNumber("seed", u.Seed);
        w.WriteString("generator", u.Generator);
        w.WriteNumber("uncertainParameters", u.UncertainParameters);
        w.WriteNumber("mean", u.Mean);
        w.WriteNumber("standardDeviation", u.StandardDeviation);
        w.WriteNumber("p2_5", u.P2_5);
        w.WriteNumber("p50", u.P50);
        w.WriteNumber("p97_5", u.P97_5);
        w.WriteNumber("failedDraws", u.FailedDraws);
        w.WriteStartArray("failures");
        foreach (var f in u.Failures)
        {
            w.WriteStartObject();
            w.WriteNumber("iteration", f.Iteration);
            w.WriteString("code", f.Code.ToString());
            if (f.Parameter is null) w.WriteNull("parameter"); else w.WriteString("parameter", f.Parameter);
            if (f.Path is null) w.WriteNull("path"); else w.WriteString("path", f.Path);
            Nullable(w, "multiplier", f.Multiplier);
            w.WriteString("processes", f.Processes);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("byStage");
        foreach (var (stage, st) in u.ByStage) { w.WriteStartObject(stage); Statistics(w, st); w.WriteEndObject(); }
        w.WriteEndObject();
        w.WriteStartArray("byProcess");
        foreach (var p in u.ByProcess) { w.WriteStartObject(); w.WriteString("id", p.Id); Statistics(w, p.Statistics); w.WriteEndObject(); }
        w.WriteEndArray();
        w.WriteBoolean("pedigree", u.Pedigree);
        w.WriteEndObject();
    }

    // NaN (a stage no draw reached) is written as 0: JSON has no NaN, and such a stage has no contribution.
    private static void Statistics(Utf8JsonWriter w, SampleStatistics s)
    {
        w.WriteNumber("mean", Finite(s.Mean));
        w.WriteNumber("standardDeviation", Finite(s.StandardDeviation));
        w.WriteNumber("p2_5", Finite(s.P2_5));
        w.WriteNumber("p50", Finite(s.P50));
        w.WriteNumber("p97_5", Finite(s.P97_5));
    }

    private static double Finite(double v) => double.IsFinite(v) ? v : 0;

    private static void Tree(Utf8JsonWriter w, ContributionTree t)
    {
        w.WriteStartObject("contributionTree");
        w.WriteNumber("threshold", t.Threshold);
        w.WriteBoolean("truncated", t.Truncated);
        w.WriteStartArray("nodes");
        foreach (var n in t.Nodes)
        {
            w.WriteStartObject();
            w.WriteNumber("index", n.Index); w.WriteNumber("parent", n.Parent); w.WriteString("process", n.Process);
            w.WriteNumber("amount", n.Amount); w.WriteNumber("kgCO2e", n.KgCO2e); w.WriteNumber("share", n.Share);
            w.WriteNumber("directKgCO2e", n.DirectKgCO2e); w.WriteNumber("depth", n.Depth);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Solver(Utf8JsonWriter w, FootprintResult r)
    {
        w.WriteStartObject("solver");
        w.WriteNumber("processes", r.Solver.Processes);
        w.WriteNumber("components", r.Solver.Components);
        w.WriteNumber("cyclicBlocks", r.Solver.CyclicBlocks);
        w.WriteNumber("largestBlock", r.Solver.LargestBlock);
        w.WriteStartArray("methods");
        foreach (var m in r.Solver.Methods) w.WriteStringValue(m);
        w.WriteEndArray();
        w.WriteNumber("relativeResidual", r.Solver.RelativeResidual);
        w.WriteNumber("scaledResidual", r.Solver.ScaledResidual);
        w.WriteEndObject();
    }

    private static void Map(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, double> map)
    {
        w.WriteStartObject(name);
        foreach (var (k, v) in map) w.WriteNumber(k, v);
        w.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter w, string name, double? v)
    {
        if (v is { } x) w.WriteNumber(name, x); else w.WriteNull(name);
    }
}
