using System.Text.Json.Nodes;

namespace PcfCert.Web.Features.Pact;

/// <summary>Small edits of a stored ProductFootprint JSON.</summary>
public static class PactDocument
{
    public static string WithStatus(string document, string status)
    {
        var node = JsonNode.Parse(document)!.AsObject();
        node["status"] = status;
        return node.ToJsonString();
    }
}
