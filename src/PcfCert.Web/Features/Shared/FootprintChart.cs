using System.Text.Json;
using PcfCert.Footprint.Results;

namespace PcfCert.Web.Features.Shared;

/// <summary>One bar: a label and a value in kg CO2e per declared unit (negative for removals).</summary>
public sealed record ChartBar(string Label, double Value);

/// <summary>
/// A horizontal bar chart drawn as SVG on the server by <c>_FootprintChart.cshtml</c> (no script, so it works under a CSP
/// without inline scripts), always shown with the same figures as a table for screen readers and printing.
/// </summary>
/// <param name="Id">Unique id on the page (for aria references and tests).</param>
/// <param name="Title">Caption.</param>
/// <param name="Unit">Unit of the values, e.g. <c>kg CO2e / 1 piece</c>.</param>
/// <param name="Bars">Bars in display order.</param>
public sealed record FootprintChart(string Id, string Title, string Unit, IReadOnlyList<ChartBar> Bars)
{
    /// <summary>How many processes "top contributions" shows.</summary>
    public const int TopCount = 8;

    /// <summary>Stage keys of the result document in life-cycle order, with their string keys.</summary>
    public static readonly IReadOnlyList<(string Key, string TextKey)> Stages =
    [
        ("raw-material-acquisition", "Stage.RawMaterialAcquisition"), ("production", "Stage.Production"),
        ("distribution", "Stage.Distribution"), ("use", "Stage.Use"), ("end-of-life", "Stage.EndOfLife"),
    ];

    /// <summary>By life-cycle stage, in life-cycle order.</summary>
    public static FootprintChart ByStage(string id, string title, string unit, IReadOnlyDictionary<string, double> byStage, Func<string, string> text) =>
        new(id, title, unit, Stages.Select(s => new ChartBar(text(s.TextKey), byStage.TryGetValue(s.Key, out var v) ? v : 0)).ToList());

    /// <summary>The largest process contributions, largest first.</summary>
    public static FootprintChart TopProcesses(string id, string title, string unit, IEnumerable<ProcessContribution> byProcess) =>
        new(id, title, unit, byProcess.OrderByDescending(p => Math.Abs(p.KgCO2e)).Take(TopCount).Select(p => new ChartBar(p.Id, p.KgCO2e)).ToList());

    /// <summary>Both charts from a stored <c>pcfcert.result/1</c> document.</summary>
    public static (FootprintChart Stages, FootprintChart Top) FromResultJson(string id, string resultJson, Func<string, string> text)
    {
        using var doc = JsonDocument.Parse(resultJson);
        var root = doc.RootElement;
        var unit = "kg CO2e";
        if (root.TryGetProperty("declaredUnit", out var du) && du.ValueKind == JsonValueKind.Object
            && du.TryGetProperty("amount", out var amount) && du.TryGetProperty("unit", out var u))
        {
            unit = $"kg CO2e / {amount.GetDouble():0.###} {u.GetString()}";
        }
        var stages = root.GetProperty("byStage").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        var processes = root.GetProperty("byProcess").EnumerateArray()
            .Select(p => new ProcessContribution(p.GetProperty("id").GetString()!, p.GetProperty("kgCO2e").GetDouble(), p.GetProperty("share").GetDouble(), 0));
        return (ByStage(id + "-stages", text("Chart.ByStage"), unit, stages, text), TopProcesses(id + "-top", text("Chart.TopContributions"), unit, processes));
    }
}
