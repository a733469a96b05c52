using System.Text.Json.Nodes;

namespace PcfCert.Certification.Tests.Schemes;

/// <summary>A valid definition (the real CEC file) with one or more edits, for refusal tests.</summary>
internal static class DefinitionMutation
{
    private static readonly Lazy<string> Valid = new(() => File.ReadAllText(Path.Combine(RepositoryPaths.SchemesDirectory, "cec-7065cvp-a0.json")));

    public static string ValidJson => Valid.Value;

    public static string With(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Valid.Value)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }
}
