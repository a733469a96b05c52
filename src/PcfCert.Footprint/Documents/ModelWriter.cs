using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Documents;

/// <summary>Writes a <see cref="FootprintModel"/> in document form; optional fields only when set.</summary>
internal static class ModelWriter
{
    public static string Write(FootprintModel m)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format", FootprintModel.FormatName);
            w.WriteStartObject("product");
            w.WriteString("name", m.Product.Name);
            Quantity(w, "declaredUnit", m.Product.DeclaredUnit.Amount, m.Product.DeclaredUnit.Unit);
            if (m.Product.MassKg is { } mass) w.WriteNumber("massKg", mass);
            w.WriteEndObject();
            w.WriteString("gwp", m.Gwp.ToString());
            w.WriteString("boundary", Names.Of(m.Boundary));
            w.WriteString("referenceProcess", m.ReferenceProcess);
            Array(w, "factors", m.Factors, Factor);
            Array(w, "processes", m.Processes, Process);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Factor(Utf8JsonWriter w, EmissionFactor f)
    {
        w.WriteString("id", f.Id);
        w.WriteString("unit", f.Unit);
        if (f.KgCO2e is { } v) w.WriteNumber("kgCO2e", v);
        if (f.Gases is { } gases)
        {
            w.WriteStartObject("gases");
            foreach (var (gas, kg) in gases) w.WriteNumber(gas, kg);
            w.WriteEndObject();
        }
        if (f.Origin != Origin.Fossil) w.WriteString("origin", Names.Of(f.Origin));
        if (f.Aircraft) w.WriteBoolean("aircraft", true);
        if (f.Source is not null) w.WriteString("source", f.Source);
        Dqr(w, f.Dqr);
        Uncertainty(w, f.Uncertainty);
    }

    private static void Process(Utf8JsonWriter w, UnitProcess p)
    {
        w.WriteString("id", p.Id);
        if (p.Name is not null) w.WriteString("name", p.Name);
        w.WriteString("stage", Names.Of(p.Stage));
        w.WriteStartObject("output");
        w.WriteNumber("amount", p.Output.Amount);
        w.WriteString("unit", p.Output.Unit);
        if (p.Output.AllocationBasis is { } basis) w.WriteNumber("allocationBasis", basis);
        w.WriteEndObject();
        Array(w, "coProducts", p.CoProducts, (w2, c) =>
        {
            w2.WriteString("name", c.Name); w2.WriteNumber("amount", c.Amount); w2.WriteString("unit", c.Unit);
            w2.WriteNumber("allocationBasis", c.AllocationBasis);
        });
        if (p.Allocation is not null) w.WriteString("allocation", p.Allocation);
        Array(w, "inputs", p.Inputs, Input);
        Array(w, "emissions", p.Emissions, (w2, e) =>
        {
            w2.WriteString("gas", e.Gas); w2.WriteNumber("amount", e.Amount); w2.WriteString("unit", e.Unit);
            w2.WriteString("origin", Names.Of(e.Origin));
            if (e.Measurement is { } m)
            {
                w2.WriteStartObject("measurement");
                w2.WriteString("instrument", m.Instrument); w2.WriteString("method", m.Method); w2.WriteString("period", m.Period);
                w2.WriteEndObject();
            }
            Uncertainty(w2, e.Uncertainty);
        });
        Array(w, "removals", p.Removals, (w2, r) =>
        {
            w2.WriteString("gas", r.Gas); w2.WriteNumber("amount", r.Amount); w2.WriteString("unit", r.Unit);
            Uncertainty(w2, r.Uncertainty);
        });
        if (p.MassBalance is { } mb)
        {
            w.WriteStartObject("massBalance");
            Array(w, "carbonIn", mb.CarbonIn, Flow);
            Array(w, "carbonOut", mb.CarbonOut, Flow);
            w.WriteString("origin", Names.Of(mb.Origin));
            w.WriteEndObject();
        }
        Dqr(w, p.Dqr);
    }

    private static void Input(Utf8JsonWriter w, ProcessInput i)
    {
        if (i.Process is not null) w.WriteString("process", i.Process);
        if (i.Factor is not null) w.WriteString("factor", i.Factor);
        if (i.Name is not null) w.WriteString("name", i.Name);
        w.WriteNumber("amount", i.Amount);
        w.WriteString("unit", i.Unit);
        if (i.CutOff) w.WriteBoolean("cutOff", true);
        if (i.Aircraft) w.WriteBoolean("aircraft", true);
        if (i.Avoided) w.WriteBoolean("avoided", true);
        if (i.Packaging) w.WriteBoolean("packaging", true);
        Uncertainty(w, i.Uncertainty);
    }

    private static void Flow(Utf8JsonWriter w, CarbonFlow f)
    {
        w.WriteString("name", f.Name); w.WriteNumber("amount", f.Amount); w.WriteString("unit", f.Unit);
        w.WriteNumber("carbonFraction", f.CarbonFraction);
    }

    private static void Quantity(Utf8JsonWriter w, string name, double amount, string unit)
    {
        w.WriteStartObject(name);
        w.WriteNumber("amount", amount);
        w.WriteString("unit", unit);
        w.WriteEndObject();
    }

    private static void Dqr(Utf8JsonWriter w, DataQuality? d)
    {
        if (d is null) return;
        w.WriteStartObject("dqr");
        w.WriteNumber("ter", d.Ter); w.WriteNumber("ger", d.Ger); w.WriteNumber("tir", d.Tir); w.WriteNumber("p", d.P);
        w.WriteEndObject();
    }

    private static void Uncertainty(Utf8JsonWriter w, UncertaintySpec? u)
    {
        if (u is null) return;
        w.WriteStartObject("uncertainty");
        w.WriteString("distribution", Names.Of(u.Distribution));
        foreach (var (n, v) in new[] { ("gsd", u.Gsd), ("sd", u.Sd), ("min", u.Min), ("mode", u.Mode), ("max", u.Max) })
            if (v is { } x) w.WriteNumber(n, x);
        w.WriteEndObject();
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items) { w.WriteStartObject(); write(w, item); w.WriteEndObject(); }
        w.WriteEndArray();
    }
}
