using Microsoft.EntityFrameworkCore;
using PcfCert.Footprint.Inventory;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>
/// A re-import keeps the evidence of the lines it replaces: a stored line and a new line match when they have the same
/// stage and data type (名称), the n-th stored line of that stage and type taking the n-th new one. What matches nothing is
/// listed (an <see cref="InventoryIssueCode.EvidenceNotMatched"/> issue per stored line) so the applicant confirms before
/// the files lose their line; the files themselves stay stored.
/// </summary>
public static class CarryEvidence
{
    public sealed record Plan(IReadOnlyDictionary<int, List<LineEvidence>> ByNewIndex, IReadOnlyList<InventoryIssue> Unmatched);

    public static async Task<Plan> PlanAsync(PcfCertDbContext db, Guid applicationId, int unitIndex, IReadOnlyList<InventoryLine> lines, CancellationToken ct)
    {
        var inventoryId = await db.Inventories.AsNoTracking().Where(i => i.ApplicationId == applicationId && i.UnitIndex == unitIndex)
            .Select(i => (Guid?)i.Id).SingleOrDefaultAsync(ct);
        if (inventoryId is null)
        {
            return new Plan(new Dictionary<int, List<LineEvidence>>(), []);
        }
        var stored = await db.InventoryLines.AsNoTracking().Where(l => l.InventoryId == inventoryId).OrderBy(l => l.Position)
            .Select(l => new { l.Stage, l.Name, l.Evidence, l.SourceSheet, l.SourceRow }).ToListAsync(ct);
        return Match(stored.Select(l => (l.Stage, l.Name, l.Evidence, l.SourceSheet, l.SourceRow)).ToList(), lines);
    }

    /// <summary>The matching itself, for any stored lines (in position order) and new lines.</summary>
    public static Plan Match(IReadOnlyList<(Footprint.Model.LifeCycleStage Stage, string Name, List<LineEvidence> Evidence, string? Sheet, int? Row)> stored,
        IReadOnlyList<InventoryLine> lines)
    {
        // Nothing to carry (the common case): no keys for the 50,000 lines of a large re-import.
        if (!stored.Any(l => l.Evidence.Count > 0))
        {
            return new Plan(new Dictionary<int, List<LineEvidence>>(), []);
        }
        // The new lines' indexes by stage and type, in order: the n-th of a key takes the n-th stored line of that key.
        var fresh = new Dictionary<(Footprint.Model.LifeCycleStage, string), List<int>>();
        for (var i = 0; i < lines.Count; i++)
        {
            var key = (lines[i].Stage, Key(lines[i].Name));
            (fresh.TryGetValue(key, out var list) ? list : fresh[key] = []).Add(i);
        }
        var seen = new Dictionary<(Footprint.Model.LifeCycleStage, string), int>();
        var byNewIndex = new Dictionary<int, List<LineEvidence>>();
        var unmatched = new List<InventoryIssue>();
        foreach (var line in stored)
        {
            var key = (line.Stage, Key(line.Name));
            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            if (line.Evidence.Count == 0)
            {
                continue;
            }
            if (fresh.TryGetValue(key, out var candidates) && candidates.Count >= n)
            {
                byNewIndex[candidates[n - 1]] = [.. line.Evidence];
                continue;
            }
            var files = string.Join("、", line.Evidence.Select(e => e.FileName));
            unmatched.Add(line.Sheet is { } sheet && line.Row is { } row
                ? new InventoryIssue(sheet, row, InventoryFields.LineColumn("name"), "name", InventoryIssueCode.EvidenceNotMatched, [line.Name, files])
                : new InventoryIssue("form", 0, "", "name", InventoryIssueCode.EvidenceNotMatched, [line.Name, files]));
        }
        return new Plan(byNewIndex, unmatched);
    }

    // Data types compare as the engineer reads them: trimmed, inner runs of white space as one, case-insensitive.
    private static string Key(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
