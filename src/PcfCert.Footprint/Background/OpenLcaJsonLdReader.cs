using System.Globalization;
using System.Text.Json;

namespace PcfCert.Footprint.Background;

/// <summary>Either a package or every reason to refuse it.</summary>
/// <param name="Package">The package when there is no error.</param>
/// <param name="Errors">All errors found, each naming entry and field; empty on success.</param>
public sealed record PackageOutcome(LcaPackage? Package, IReadOnlyList<PackageError> Errors)
{
    /// <summary>True when the package was read without error.</summary>
    public bool IsSuccess => Package is not null && Errors.Count == 0;
}

/// <summary>
/// Reads an openLCA JSON-LD package (the zip or folder openLCA exports: <c>processes/</c>, <c>flows/</c>,
/// <c>unit_groups/</c>, … one JSON object per file). Both the openLCA 2 field names (<c>isInput</c>,
/// <c>isQuantitativeReference</c>, <c>isAvoidedProduct</c>) and the openLCA 1.x ones (<c>input</c>,
/// <c>quantitativeReference</c>, <c>avoidedProduct</c>) are accepted. Every entry is checked and every problem is
/// reported with its entry and field; a package with any problem is refused whole. Entries of other folders
/// (actors, sources, locations, categories …) are ignored. Pure: the caller supplies the entries' text.
/// </summary>
public static class OpenLcaJsonLdReader
{
    /// <summary>The format label recorded as provenance.</summary>
    public const string Format = "openLCA JSON-LD";

    /// <summary>Reads the entries of one package.</summary>
    /// <param name="entries">Every file of the package with its path inside the zip or folder.</param>
    public static PackageOutcome Read(IEnumerable<PackageEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var errors = new List<PackageError>();
        var byFolder = entries.Where(e => e.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .GroupBy(e => Folder(e.Path)).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Path, StringComparer.Ordinal).ToList());
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in byFolder.GetValueOrDefault("unit_groups") ?? [])
        {
            if (Parse(entry, "UnitGroup", errors) is not { } root) continue;
            if (root.TryGetProperty("units", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var unit in list.EnumerateArray())
                {
                    if (Text(unit, "@id") is { } id && Text(unit, "name") is { } name) units[id] = name;
                }
            }
        }
        var flows = new Dictionary<string, LcaFlow>(StringComparer.Ordinal);
        foreach (var entry in byFolder.GetValueOrDefault("flows") ?? [])
        {
            if (Parse(entry, "Flow", errors) is not { } root) continue;
            var id = Required(root, "@id", entry.Path, "/@id", errors);
            var name = Required(root, "name", entry.Path, "/name", errors);
            var type = FlowType(root, entry.Path, "/flowType", errors);
            if (id is null || name is null || type is null) continue;
            if (!flows.TryAdd(id, new LcaFlow(id, name.Trim(), type.Value, Text(root, "cas"), CategoryName(root))))
            {
                errors.Add(new PackageError(PackageErrorCode.DuplicateId, entry.Path, "/@id", $"flow {id} is in two entries"));
            }
        }
        var processes = new List<LcaProcess>();
        var processEntries = byFolder.GetValueOrDefault("processes") ?? [];
        if (processEntries.Count == 0)
        {
            errors.Add(new PackageError(PackageErrorCode.NoProcesses, "processes/", "", "the package has no processes/*.json entry"));
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in processEntries)
        {
            if (Parse(entry, "Process", errors) is not { } root) continue;
            if (ReadProcess(entry.Path, root, flows, units, errors) is not { } process) continue;
            if (!seen.Add(process.Id))
            {
                errors.Add(new PackageError(PackageErrorCode.DuplicateId, entry.Path, "/@id", $"process {process.Id} is in two entries"));
                continue;
            }
            processes.Add(process);
        }
        return errors.Count > 0 ? new PackageOutcome(null, errors) : new PackageOutcome(new LcaPackage(Format, processes, flows), []);
    }

    private static LcaProcess? ReadProcess(string entry, JsonElement root, Dictionary<string, LcaFlow> flows, Dictionary<string, string> units, List<PackageError> errors)
    {
        var before = errors.Count;
        var id = Required(root, "@id", entry, "/@id", errors);
        var name = Required(root, "name", entry, "/name", errors);
        if (!root.TryGetProperty("exchanges", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new PackageError(PackageErrorCode.MissingField, entry, "/exchanges", "an array of exchanges is required"));
            return null;
        }
        var exchanges = new List<LcaExchange>();
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            if (ReadExchange(entry, $"/exchanges/{index}", index, item, flows, units, errors) is { } exchange) exchanges.Add(exchange);
            index++;
        }
        var references = exchanges.Count(e => e.IsReference);
        if (errors.Count == before && references != 1)
        {
            errors.Add(new PackageError(PackageErrorCode.InvalidReference, entry, "/exchanges",
                references == 0 ? "no exchange is the quantitative reference" : $"{references} exchanges are marked as the quantitative reference; exactly one is allowed"));
        }
        if (errors.Count > before || id is null || name is null) return null;
        root.TryGetProperty("processDocumentation", out var doc);
        return new LcaProcess(id, name.Trim(), Text(root, "version"), Text(root, "lastChange"), RefName(root, "location"), CategoryName(root),
            doc.ValueKind == JsonValueKind.Object ? Text(doc, "validFrom") : null,
            doc.ValueKind == JsonValueKind.Object ? RefName(doc, "publication") : null, entry, exchanges);
    }

    private static LcaExchange? ReadExchange(string entry, string path, int index, JsonElement item, Dictionary<string, LcaFlow> flows, Dictionary<string, string> units, List<PackageError> errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new PackageError(PackageErrorCode.InvalidValue, entry, path, "an exchange must be a JSON object"));
            return null;
        }
        var before = errors.Count;
        double amount = 0;
        if (!item.TryGetProperty("amount", out var a) || a.ValueKind != JsonValueKind.Number)
        {
            errors.Add(new PackageError(item.TryGetProperty("amount", out _) ? PackageErrorCode.InvalidValue : PackageErrorCode.MissingField, entry, path + "/amount", "a number is required"));
        }
        else if (!a.TryGetDouble(out amount) || !double.IsFinite(amount))
        {
            errors.Add(new PackageError(PackageErrorCode.InvalidValue, entry, path + "/amount", $"{a.GetRawText()} is not a finite number"));
        }
        string? unit = null;
        if (!item.TryGetProperty("unit", out var u) || u.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new PackageError(PackageErrorCode.MissingField, entry, path + "/unit", "a unit reference is required"));
        }
        else if ((Text(u, "name") ?? (Text(u, "@id") is { } unitId ? units.GetValueOrDefault(unitId) : null)) is { } unitName)
        {
            unit = unitName.Trim();
        }
        else
        {
            errors.Add(new PackageError(PackageErrorCode.MissingField, entry, path + "/unit/name", "the unit has no name and its @id is not in unit_groups/"));
        }
        LcaFlow? flow = null;
        if (!item.TryGetProperty("flow", out var f) || f.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new PackageError(PackageErrorCode.MissingField, entry, path + "/flow", "a flow reference is required"));
        }
        else if (Required(f, "@id", entry, path + "/flow/@id", errors) is { } flowId)
        {
            flow = flows.GetValueOrDefault(flowId);
            if (flow is null)
            {
                var name = Required(f, "name", entry, path + "/flow/name", errors);
                var type = FlowType(f, entry, path + "/flow/flowType", errors);
                if (name is not null && type is not null)
                {
                    flow = new LcaFlow(flowId, name.Trim(), type.Value, null, null);
                    flows[flowId] = flow;
                }
            }
        }
        var isInput = Flag(item, "isInput", "input", entry, path, errors);
        var isReference = Flag(item, "isQuantitativeReference", "quantitativeReference", entry, path, errors);
        var isAvoided = Flag(item, "isAvoidedProduct", "avoidedProduct", entry, path, errors);
        var provider = item.TryGetProperty("defaultProvider", out var p) && p.ValueKind == JsonValueKind.Object ? Text(p, "@id") : null;
        return errors.Count > before || flow is null || unit is null ? null : new LcaExchange(index, flow, isInput, isReference, isAvoided, amount, unit, provider);
    }

    private static JsonElement? Parse(PackageEntry entry, string type, List<PackageError> errors)
    {
        try
        {
            using var document = JsonDocument.Parse(entry.Text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new PackageError(PackageErrorCode.InvalidJson, entry.Path, "", "the entry must hold one JSON object"));
                return null;
            }
            var root = document.RootElement.Clone();
            if (Text(root, "@type") is { } declared && declared != type)
            {
                errors.Add(new PackageError(PackageErrorCode.InvalidValue, entry.Path, "/@type", $"\"{declared}\" found where \"{type}\" is expected"));
                return null;
            }
            return root;
        }
        catch (JsonException e)
        {
            errors.Add(new PackageError(PackageErrorCode.InvalidJson, entry.Path, "",
                $"not well-formed JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})"));
            return null;
        }
    }

    private static bool Flag(JsonElement item, string name, string legacyName, string entry, string path, List<PackageError> errors)
    {
        foreach (var key in new[] { name, legacyName })
        {
            if (!item.TryGetProperty(key, out var value)) continue;
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
            errors.Add(new PackageError(PackageErrorCode.InvalidValue, entry, $"{path}/{key}", $"{value.GetRawText()} is not true or false"));
            return false;
        }
        return false;
    }

    private static LcaFlowType? FlowType(JsonElement element, string entry, string path, List<PackageError> errors)
    {
        var text = Text(element, "flowType");
        LcaFlowType? type = text switch
        {
            "ELEMENTARY_FLOW" => LcaFlowType.Elementary,
            "PRODUCT_FLOW" => LcaFlowType.Product,
            "WASTE_FLOW" => LcaFlowType.Waste,
            _ => null,
        };
        if (type is null)
        {
            errors.Add(new PackageError(text is null ? PackageErrorCode.MissingField : PackageErrorCode.InvalidValue, entry, path,
                text is null ? "ELEMENTARY_FLOW, PRODUCT_FLOW or WASTE_FLOW is required" : $"\"{text}\" is not ELEMENTARY_FLOW, PRODUCT_FLOW or WASTE_FLOW"));
        }
        return type;
    }

    private static string? Required(JsonElement element, string name, string entry, string path, List<PackageError> errors)
    {
        var value = Text(element, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new PackageError(PackageErrorCode.MissingField, entry, path, "a non-empty text is required"));
            return null;
        }
        return value;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static string? RefName(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? Text(value, "name")?.Trim() : null;

    // openLCA 2 writes the category as a path string, openLCA 1.x as a reference object.
    private static string? CategoryName(JsonElement element) =>
        element.TryGetProperty("category", out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Text(value, "name"),
            _ => null,
        } : null;

    private static string Folder(string path)
    {
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 ? parts[^2] : string.Empty;
    }

    /// <summary>The invariant text of a number, for messages.</summary>
    internal static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
