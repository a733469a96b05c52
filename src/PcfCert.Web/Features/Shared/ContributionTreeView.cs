using System.Text.Json;
using PcfCert.Footprint.Documents;
using PcfCert.Footprint.Model;
using PcfCert.Footprint.Results;

namespace PcfCert.Web.Features.Shared;

/// <summary>One process on an upstream path of the contribution tree, as drawn by <c>_ContributionTree.cshtml</c>.</summary>
/// <param name="Process">Process id.</param>
/// <param name="Name">Process name (the id when the model gives none).</param>
/// <param name="StageTextKey">String key of its life-cycle stage (<c>Stage.Production</c> …), null when unknown.</param>
/// <param name="Amount">Amount of its product this path needs per declared unit.</param>
/// <param name="Unit">Unit of that amount (the process's output unit), empty when unknown.</param>
/// <param name="KgCO2e">Cumulative impact of that amount: the process and everything upstream of it.</param>
/// <param name="OwnShare">The process's own part (its emissions and factor inputs) over |total|.</param>
/// <param name="CumulativeShare">KgCO2e over |total|.</param>
/// <param name="Children">Its process inputs above the threshold, largest first.</param>
public sealed record ContributionTreeNode(string Process, string Name, string? StageTextKey, double Amount, string Unit, double KgCO2e,
    double OwnShare, double CumulativeShare, IReadOnlyList<ContributionTreeNode> Children);

/// <summary>
/// The contribution tree of a result (issue 16 item 5) as nested nodes for the result pages: the flat node list of the
/// result document (each node after its parent) linked into a tree, with the model's process names, stages and output units.
/// </summary>
/// <param name="Id">Unique id on the page.</param>
/// <param name="Unit">kg CO2e per declared unit, e.g. <c>kg CO2e / 1 piece</c>.</param>
/// <param name="Threshold">Branches below this share of the total were cut.</param>
/// <param name="Truncated">The node limit was reached.</param>
/// <param name="Root">The reference process.</param>
public sealed record ContributionTreeView(string Id, string Unit, double Threshold, bool Truncated, ContributionTreeNode Root)
{
    /// <summary>Links the nodes of <paramref name="tree"/>; null when there is no tree or no node.</summary>
    public static ContributionTreeView? From(string id, ContributionTree? tree, FootprintModel? model)
    {
        if (tree is null || tree.Nodes.Count == 0 || tree.Nodes[0].Parent != -1)
        {
            return null;
        }
        var processes = model?.Processes.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
            ?? new Dictionary<string, UnitProcess>(StringComparer.Ordinal);
        var children = new List<int>[tree.Nodes.Count];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = [];
        }
        for (var i = 1; i < tree.Nodes.Count; i++)
        {
            var parent = tree.Nodes[i].Parent;
            if (parent < 0 || parent >= i)
            {
                return null; // not a tree in the documented order: draw nothing rather than something wrong
            }
            children[parent].Add(i);
        }
        // The root's cumulative share is 1 for a positive total; |total| is its cumulative impact over its share.
        var root = tree.Nodes[0];
        var scale = root.Share != 0 ? Math.Abs(root.KgCO2e / root.Share) : 0;
        ContributionTreeNode Node(int i)
        {
            var n = tree.Nodes[i];
            processes.TryGetValue(n.Process, out var p);
            return new ContributionTreeNode(n.Process, string.IsNullOrWhiteSpace(p?.Name) ? n.Process : p.Name!,
                p is null ? null : "Stage." + p.Stage, n.Amount, p?.Output.Unit ?? string.Empty, n.KgCO2e,
                scale == 0 ? 0 : n.DirectKgCO2e / scale, n.Share, [.. children[i].Select(Node)]);
        }
        var unit = model is null ? "kg CO2e" : $"kg CO2e / {model.Product.DeclaredUnit.Amount:0.###} {model.Product.DeclaredUnit.Unit}";
        return new ContributionTreeView(id, unit, tree.Threshold, tree.Truncated, Node(0));
    }

    /// <summary>From a stored result document and the model document it was computed from.</summary>
    public static ContributionTreeView? FromDocuments(string id, string resultJson, string? modelJson)
    {
        using var doc = JsonDocument.Parse(resultJson);
        if (!doc.RootElement.TryGetProperty("contributionTree", out var t) || t.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var nodes = t.GetProperty("nodes").EnumerateArray().Select(n => new ContributionNode(
            n.GetProperty("index").GetInt32(), n.GetProperty("parent").GetInt32(), n.GetProperty("process").GetString() ?? string.Empty,
            n.GetProperty("amount").GetDouble(), n.GetProperty("kgCO2e").GetDouble(), n.GetProperty("share").GetDouble(),
            n.GetProperty("directKgCO2e").GetDouble(), n.GetProperty("depth").GetInt32())).ToList();
        var tree = new ContributionTree(t.GetProperty("threshold").GetDouble(), t.GetProperty("truncated").GetBoolean(), nodes);
        var model = string.IsNullOrEmpty(modelJson) ? null : ModelDocument.Parse(modelJson) is { IsSuccess: true } parsed ? parsed.Value : null;
        return From(id, tree, model);
    }
}
