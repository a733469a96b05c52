using System.Text.Json;
using System.Text.Json.Serialization;

namespace PcfCert.Certification.Schemes;

/// <summary>The JSON conventions of definition files: camelCase properties, kebab-case enum values.</summary>
public static class SchemeJson
{
    /// <summary>Naming policy for enum values, e.g. <c>WhenApplicable</c> → "when-applicable".</summary>
    public static JsonNamingPolicy EnumNaming { get; } = JsonNamingPolicy.KebabCaseLower;

    /// <summary>Options that read and write definitions; reuse them to serialize a definition for an API.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            RespectNullableAnnotations = true,
            // The Web defaults read "90" as 90; definitions must use real numbers.
            NumberHandling = JsonNumberHandling.Strict,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(EnumNaming, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
