using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PcfCert.Footprint.Documents;

/// <summary>Writes errors as JSON: <c>{ "errors": [ { "code", "path", "message", "arguments" } ] }</c>.</summary>
public static class ErrorDocument
{
    /// <summary>Writes the errors as indented JSON.</summary>
    /// <param name="errors">Errors from parsing or calculation.</param>
    public static string Write(IReadOnlyList<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("errors");
            foreach (var e in errors)
            {
                w.WriteStartObject();
                w.WriteString("code", e.Code.ToString());
                w.WriteString("path", e.Path);
                w.WriteString("message", e.Message);
                w.WriteStartObject("arguments");
                foreach (var (k, v) in e.Arguments) w.WriteString(k, v);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
