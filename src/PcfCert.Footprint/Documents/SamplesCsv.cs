using System.Globalization;
using System.Text;
using PcfCert.Footprint.Results;

namespace PcfCert.Footprint.Documents;

/// <summary>Monte Carlo draws as CSV: <c>iteration,status,total,stage:…,process:…</c>, one line per iteration, round-trip doubles.</summary>
public static class SamplesCsv
{
    /// <summary>Writes the samples of a result.</summary>
    /// <param name="uncertainty">The Monte Carlo result; its <see cref="UncertaintyResult.Samples"/> must be set.</param>
    public static string Write(UncertaintyResult uncertainty)
    {
        ArgumentNullException.ThrowIfNull(uncertainty);
        var s = uncertainty.Samples ?? throw new ArgumentException("The result carries no samples.", nameof(uncertainty));
        var sb = new StringBuilder();
        sb.Append("iteration,status");
        foreach (var c in s.Columns) sb.Append(',').Append(Quote(c));
        sb.Append('\n');
        var failed = uncertainty.Failures.ToDictionary(f => f.Iteration, f => f.Code.ToString());
        var n = s.Values.Length == 0 ? 0 : s.Values[0].Length;
        for (var it = 0; it < n; it++)
        {
            sb.Append((it + 1).ToString(CultureInfo.InvariantCulture)).Append(',');
            var ok = double.IsFinite(s.Values[0][it]);
            sb.Append(ok ? "ok" : failed.GetValueOrDefault(it + 1, "failed"));
            foreach (var column in s.Values)
                sb.Append(',').Append(ok ? column[it].ToString("R", CultureInfo.InvariantCulture) : "");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Quote(string v) =>
        v.IndexOfAny([',', '"', '\n', '\r']) < 0 ? v : "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
