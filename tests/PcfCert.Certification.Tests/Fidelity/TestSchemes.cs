using System.Text.Json.Nodes;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Tests.Schemes;

namespace PcfCert.Certification.Tests.Fidelity;

/// <summary>A real scheme file with one flag or parameter flipped: shows that the behaviour follows the definition.</summary>
internal static class TestSchemes
{
    public static SchemeDefinition Cec(Action<JsonObject> edit) => Edited("cec-7065cvp-a0.json", edit);

    public static SchemeDefinition Pcec(Action<JsonObject> edit) => Edited("zcxh-xz-15-2024-v4.0.json", edit);

    private static SchemeDefinition Edited(string file, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SchemesDirectory, file)))!.AsObject();
        edit(root);
        return SchemeDefinitionParser.ParseOrThrow(root.ToJsonString(), file);
    }
}
