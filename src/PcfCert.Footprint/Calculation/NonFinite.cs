namespace PcfCert.Footprint.Calculation;

/// <summary>
/// The error for a figure that overflows to ±Infinity or becomes NaN although every amount is finite
/// (for example 1e200 kg × 1e200 kg CO2e/kg). It names the process, the factor (for a factor input) and the
/// input's JSON pointer, so the user sees which number to correct.
/// </summary>
internal static class NonFinite
{
    public static Error Error(Term t, string process, double value)
    {
        var what = t.Factor is { } f ? $"factor '{f}' used by process '{process}'" : $"process '{process}'";
        return Footprint.Error.Of(ErrorCode.NonFiniteResult, t.Path,
            $"The contribution of {what} is {Spell(value)}: the amounts multiply beyond the range of a double (±1.8E+308).",
            ("process", process), ("factor", t.Factor), ("input", t.Path), ("value", Spell(value)));
    }

    /// <summary>The first term whose scaled value is not finite, as an error; null when every figure is finite.</summary>
    public static Error? Find(CompiledModel model, double[] scaling)
    {
        double total = 0, largest = -1;
        var at = -1;
        for (var k = 0; k < model.Terms.Count; k++)
        {
            var t = model.Terms[k];
            var v = scaling[t.Process] * t.Value;
            if (!double.IsFinite(v)) return Error(t, model.ProcessIds[t.Process], v);
            total += v;
            if (Math.Abs(v) > largest) { largest = Math.Abs(v); at = k; }
        }
        // Every term finite but their sum is not: name the largest term.
        return double.IsFinite(total) ? null : Error(model.Terms[at], model.ProcessIds[model.Terms[at].Process], total);
    }

    private static string Spell(double v) => double.IsNaN(v) ? "NaN" : v > 0 ? "+Infinity" : "-Infinity";
}
