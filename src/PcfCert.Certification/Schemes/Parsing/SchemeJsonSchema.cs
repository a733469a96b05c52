using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace PcfCert.Certification.Schemes;

/// <summary>
/// Produces the JSON Schema of definition files from the same records the validator uses, so the
/// published schema (docs/schemas/scheme-definition.schema.json) cannot drift from the code.
/// </summary>
public static class SchemeJsonSchema
{
    /// <summary>The schema as a JSON node.</summary>
    public static JsonNode Create()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                // Mirror StructuralValidator: non-nullable constructor parameters without a default
                // are required, and no other property is allowed.
                if (node is JsonObject schema && context.TypeInfo.Kind == JsonTypeInfoKind.Object && schema.ContainsKey("properties"))
                {
                    var required = context.TypeInfo.Properties
                        .Where(p => p.AssociatedParameter is { IsNullable: false, HasDefaultValue: false })
                        .Select(p => (JsonNode)p.Name)
                        .ToArray();
                    if (required.Length > 0)
                    {
                        schema["required"] = new JsonArray(required);
                    }

                    schema["additionalProperties"] = false;
                }

                return node;
            },
        };
        var root = SchemeJson.Options.GetJsonSchemaAsNode(typeof(SchemeDefinition), exporter).AsObject();
        root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        root.Insert(1, "$id", "https://pcfcert.example/schemas/scheme-definition.schema.json");
        root.Insert(2, "title", "PcfCert scheme definition");
        root["properties"]!.AsObject().Insert(0, "$schema", new JsonObject { ["type"] = "string" });
        return root;
    }
}
