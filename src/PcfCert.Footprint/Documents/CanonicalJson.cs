using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PcfCert.Footprint.Documents;

/// <summary>
/// Canonical JSON in the spirit of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no whitespace,
/// numbers as the shortest round-trip double (integers without exponent below 1e21, otherwise
/// <c>1.5e-7</c> style), strings escaping only <c>"</c>, <c>\</c> and control characters.
/// The SHA-256 of this form identifies a model regardless of key order, whitespace or number spelling (1.0 = 1 = 1e0).
/// </summary>
public static class CanonicalJson
{
    /// <summary>Canonical form of a JSON text.</summary>
    /// <param name="json">A well-formed JSON document.</param>
    /// <exception cref="JsonException">The text is not well-formed JSON.</exception>
    public static string Canonicalise(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var sb = new StringBuilder(json.Length);
        Write(doc.RootElement, sb);
        return sb.ToString();
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 canonical form.</summary>
    /// <param name="json">A well-formed JSON document.</param>
    public static string Sha256(string json) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonicalise(json))));

    private static void Write(JsonElement e, StringBuilder sb)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                sb.Append('{');
                var first = true;
                foreach (var p in e.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (!first) sb.Append(',');
                    first = false;
                    WriteString(p.Name, sb);
                    sb.Append(':');
                    Write(p.Value, sb);
                }
                sb.Append('}');
                break;
            case JsonValueKind.Array:
                sb.Append('[');
                var i = 0;
                foreach (var item in e.EnumerateArray()) { if (i++ > 0) sb.Append(','); Write(item, sb); }
                sb.Append(']');
                break;
            case JsonValueKind.String: WriteString(e.GetString()!, sb); break;
            case JsonValueKind.Number: sb.Append(Number(e.GetDouble())); break;
            default: sb.Append(e.GetRawText()); break; // true, false, null
        }
    }

    /// <summary>Shortest round-trip spelling of a finite double, JCS style.</summary>
    /// <param name="d">The number.</param>
    public static string Number(double d)
    {
        if (d == 0) return "0";
        if (Math.Abs(d) < 1e21 && Math.Abs(d) >= 1e-6)
        {
            var fixedForm = d.ToString("R", CultureInfo.InvariantCulture);
            if (!fixedForm.Contains('E', StringComparison.Ordinal)) return fixedForm;
            return decimal.TryParse(fixedForm, NumberStyles.Float, CultureInfo.InvariantCulture, out var m)
                ? m.ToString(CultureInfo.InvariantCulture) : fixedForm;
        }
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E', StringComparison.Ordinal);
        if (e < 0) return r;
        var exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return r[..e] + (exponent < 0 ? "e-" : "e+") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    private static void WriteString(string s, StringBuilder sb)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
