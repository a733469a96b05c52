using System.Globalization;
using System.Text.Json;

namespace PcfCert.Web.Features.Applications.Actions;

/// <summary>RFC 6901 JSON pointers: whether a pointer such as <c>/processes/0/inputs/1</c> names a value of a document.</summary>
public static class JsonPointer
{
    public static bool Exists(string json, string pointer)
    {
        if (!pointer.StartsWith('/'))
        {
            return false;
        }
        using var document = JsonDocument.Parse(json);
        var node = document.RootElement;
        foreach (var raw in pointer[1..].Split('/'))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(token, out var child))
            {
                node = child;
            }
            else if (node.ValueKind == JsonValueKind.Array && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < node.GetArrayLength() && (token == "0" || !token.StartsWith('0')))
            {
                node = node[index];
            }
            else
            {
                return false;
            }
        }
        return true;
    }
}
