using System.Text.Json;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Tests.Schemes;

public sealed class JsonSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryPaths.Root, "docs", "schemas", "scheme-definition.schema.json");

    [Fact]
    public void Published_schema_matches_the_records()
    {
        var generated = SchemeJsonSchema.Create().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

        // Set PCFCERT_UPDATE_SCHEMA=1 to rewrite the published file after changing the records.
        if (Environment.GetEnvironmentVariable("PCFCERT_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaPath, generated);
        }

        Assert.Equal(generated, File.ReadAllText(SchemaPath));
    }

    [Fact]
    public void Schema_requires_the_parameters_and_forbids_unknown_ones()
    {
        var schema = SchemeJsonSchema.Create();
        var parameters = schema["properties"]!["parameters"]!;
        Assert.Equal(22, parameters["required"]!.AsArray().Count);
        Assert.False(parameters["additionalProperties"]!.GetValue<bool>());
    }
}
