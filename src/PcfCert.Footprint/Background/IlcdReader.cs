using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace PcfCert.Footprint.Background;

/// <summary>
/// Reads an ILCD package (the EU JRC format TianGong LCA publishes: <c>processes/</c>, <c>flows/</c>,
/// <c>flowproperties/</c>, <c>unitgroups/</c>, … one XML data set per file, often under an <c>ILCD/</c> folder) into the
/// same <see cref="LcaPackage"/> as <see cref="OpenLcaJsonLdReader"/>, so the model builder and the engine are shared.
/// Elements are matched by local name, with or without the ILCD namespaces. An exchange's amount is its
/// <c>resultingAmount</c>, else its <c>meanAmount</c>, in the reference unit of its flow's reference flow property. An
/// exchange whose flow, flow property or unit group is not in the package is kept in <see cref="LcaProcess.Unresolved"/>
/// and left out of the model, listed. Every malformed entry is reported naming the entry and the element or attribute;
/// a package with any problem is refused whole. XML is read with DTDs prohibited and no resolver (no entity expansion,
/// no external resource). Pure: the caller supplies the entries' text.
/// </summary>
public static class IlcdReader
{
    /// <summary>The format label recorded as provenance.</summary>
    public const string Format = "ILCD";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private sealed record FlowInfo(LcaFlow Flow, string? PropertyId);

    /// <summary>True when the entries look like an ILCD package: a <c>processes/*.xml</c> entry and no <c>processes/*.json</c>.</summary>
    /// <param name="paths">Entry paths of the package.</param>
    public static bool Detect(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var folders = paths.Select(p => (Folder: Folder(p), Ext: Path.GetExtension(p).ToLowerInvariant())).Where(p => p.Folder == "processes").ToList();
        return folders.Any(p => p.Ext == ".xml") && folders.All(p => p.Ext != ".json");
    }

    /// <summary>Reads the entries of one package.</summary>
    /// <param name="entries">Every file of the package with its path inside the zip or folder.</param>
    public static PackageOutcome Read(IEnumerable<PackageEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var errors = new List<PackageError>();
        var byFolder = entries.Where(e => e.Path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .GroupBy(e => Folder(e.Path)).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Path, StringComparer.Ordinal).ToList());

        var unitGroups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in byFolder.GetValueOrDefault("unitgroups") ?? [])
        {
            if (Parse(entry, "unitGroupDataSet", errors) is not { } root) continue;
            var id = Required(root, entry.Path, errors, "unitGroupInformation", "dataSetInformation", "UUID");
            var reference = Required(root, entry.Path, errors, "unitGroupInformation", "quantitativeReference", "referenceToReferenceUnit");
            if (id is null || reference is null) continue;
            var unit = Child(root, "units")?.Elements().FirstOrDefault(u => u.Name.LocalName == "unit" && (string?)u.Attribute("dataSetInternalID") == reference);
            var name = unit is null ? null : Child(unit, "name")?.Value.Trim();
            if (string.IsNullOrEmpty(name))
            {
                errors.Add(new PackageError(PackageErrorCode.InvalidReference, entry.Path, $"/unitGroupDataSet/units/unit[@dataSetInternalID='{reference}']/name",
                    $"the reference unit {reference} is not among the units"));
                continue;
            }
            unitGroups[id] = name;
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in byFolder.GetValueOrDefault("flowproperties") ?? [])
        {
            if (Parse(entry, "flowPropertyDataSet", errors) is not { } root) continue;
            var id = Required(root, entry.Path, errors, "flowPropertiesInformation", "dataSetInformation", "UUID");
            var group = RequiredAttribute(root, entry.Path, "refObjectId", errors, "flowPropertiesInformation", "quantitativeReference", "referenceToReferenceUnitGroup");
            if (id is not null && group is not null) properties[id] = group;
        }

        var flows = new Dictionary<string, FlowInfo>(StringComparer.Ordinal);
        foreach (var entry in byFolder.GetValueOrDefault("flows") ?? [])
        {
            if (Parse(entry, "flowDataSet", errors) is not { } root) continue;
            if (ReadFlow(entry, root, errors) is not { } flow) continue;
            if (!flows.TryAdd(flow.Flow.Id, flow))
            {
                errors.Add(new PackageError(PackageErrorCode.DuplicateId, entry.Path, "/flowDataSet/flowInformation/dataSetInformation/UUID", $"flow {flow.Flow.Id} is in two entries"));
            }
        }

        var processEntries = byFolder.GetValueOrDefault("processes") ?? [];
        if (processEntries.Count == 0)
        {
            errors.Add(new PackageError(PackageErrorCode.NoProcesses, "processes/", "", "the package has no processes/*.xml entry"));
        }
        var processes = new List<LcaProcess>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in processEntries)
        {
            if (Parse(entry, "processDataSet", errors) is not { } root) continue;
            if (ReadProcess(entry.Path, root, flows, properties, unitGroups, errors) is not { } process) continue;
            if (!seen.Add(process.Id))
            {
                errors.Add(new PackageError(PackageErrorCode.DuplicateId, entry.Path, "/processDataSet/processInformation/dataSetInformation/UUID", $"process {process.Id} is in two entries"));
                continue;
            }
            processes.Add(process);
        }
        return errors.Count > 0
            ? new PackageOutcome(null, errors)
            : new PackageOutcome(new LcaPackage(Format, processes, flows.ToDictionary(f => f.Key, f => f.Value.Flow, StringComparer.Ordinal)), []);
    }

    private static FlowInfo? ReadFlow(PackageEntry entry, XElement root, List<PackageError> errors)
    {
        var before = errors.Count;
        var id = Required(root, entry.Path, errors, "flowInformation", "dataSetInformation", "UUID");
        var names = Names(Find(root, "flowInformation", "dataSetInformation", "name"));
        if (names.En is null) errors.Add(new PackageError(PackageErrorCode.MissingField, entry.Path, "/flowDataSet/flowInformation/dataSetInformation/name/baseName", "a non-empty base name is required"));
        var typeText = Find(root, "modellingAndValidation", "LCIMethod", "typeOfDataSet")?.Value.Trim();
        LcaFlowType? type = typeText switch
        {
            "Elementary flow" => LcaFlowType.Elementary,
            "Product flow" or "Other flow" => LcaFlowType.Product,
            "Waste flow" => LcaFlowType.Waste,
            _ => null,
        };
        if (type is null)
        {
            errors.Add(new PackageError(typeText is null ? PackageErrorCode.MissingField : PackageErrorCode.InvalidValue, entry.Path,
                "/flowDataSet/modellingAndValidation/LCIMethod/typeOfDataSet",
                typeText is null ? "Elementary flow, Product flow, Waste flow or Other flow is required" : $"\"{typeText}\" is not Elementary flow, Product flow, Waste flow or Other flow"));
        }
        var reference = Required(root, entry.Path, errors, "flowInformation", "quantitativeReference", "referenceToReferenceFlowProperty");
        string? propertyId = null;
        if (reference is not null)
        {
            var property = Child(root, "flowProperties")?.Elements().FirstOrDefault(p => p.Name.LocalName == "flowProperty" && (string?)p.Attribute("dataSetInternalID") == reference);
            propertyId = property is null ? null : (string?)Child(property, "referenceToFlowPropertyDataSet")?.Attribute("refObjectId");
            if (string.IsNullOrWhiteSpace(propertyId))
            {
                errors.Add(new PackageError(PackageErrorCode.InvalidReference, entry.Path,
                    $"/flowDataSet/flowProperties/flowProperty[@dataSetInternalID='{reference}']/referenceToFlowPropertyDataSet/@refObjectId",
                    $"the reference flow property {reference} is not among the flow properties"));
            }
        }
        if (errors.Count > before || id is null || names.En is null || type is null) return null;
        var cas = Find(root, "flowInformation", "dataSetInformation", "CASNumber")?.Value.Trim();
        var category = Find(root, "flowInformation", "dataSetInformation", "classificationInformation")?.Descendants()
            .Where(e => e.Name.LocalName is "category" or "class").Select(e => e.Value.Trim()).LastOrDefault();
        return new FlowInfo(new LcaFlow(id, names.En, type.Value, string.IsNullOrEmpty(cas) ? null : cas, category), propertyId!.Trim());
    }

    private static LcaProcess? ReadProcess(string entry, XElement root, Dictionary<string, FlowInfo> flows, Dictionary<string, string> properties,
        Dictionary<string, string> unitGroups, List<PackageError> errors)
    {
        var before = errors.Count;
        var id = Required(root, entry, errors, "processInformation", "dataSetInformation", "UUID");
        var names = Names(Find(root, "processInformation", "dataSetInformation", "name"));
        if (names.En is null) errors.Add(new PackageError(PackageErrorCode.MissingField, entry, "/processDataSet/processInformation/dataSetInformation/name/baseName", "a non-empty base name is required"));
        var references = Find(root, "processInformation", "quantitativeReference")?.Elements().Where(e => e.Name.LocalName == "referenceToReferenceFlow")
            .Select(e => e.Value.Trim()).ToList() ?? [];
        if (references.Count != 1)
        {
            errors.Add(new PackageError(PackageErrorCode.InvalidReference, entry, "/processDataSet/processInformation/quantitativeReference/referenceToReferenceFlow",
                references.Count == 0 ? "no exchange is the quantitative reference" : $"{references.Count} reference flows are given; exactly one is allowed"));
        }
        var exchanges = new List<LcaExchange>();
        var unresolved = new List<LcaExchange>();
        var items = Child(root, "exchanges")?.Elements().Where(e => e.Name.LocalName == "exchange").ToList() ?? [];
        var index = 0;
        foreach (var item in items)
        {
            var internalId = (string?)item.Attribute("dataSetInternalID");
            var path = $"/processDataSet/exchanges/exchange[@dataSetInternalID='{internalId}']";
            if (string.IsNullOrWhiteSpace(internalId))
            {
                errors.Add(new PackageError(PackageErrorCode.MissingField, entry, $"/processDataSet/exchanges/exchange[{index + 1}]/@dataSetInternalID", "a non-empty text is required"));
                index++;
                continue;
            }
            var exchangeErrors = errors.Count;
            var flowRef = Child(item, "referenceToFlowDataSet");
            var flowId = ((string?)flowRef?.Attribute("refObjectId"))?.Trim();
            if (string.IsNullOrEmpty(flowId)) errors.Add(new PackageError(PackageErrorCode.MissingField, entry, path + "/referenceToFlowDataSet/@refObjectId", "a flow reference is required"));
            var direction = Child(item, "exchangeDirection")?.Value.Trim();
            if (direction is not ("Input" or "Output"))
            {
                errors.Add(new PackageError(direction is null ? PackageErrorCode.MissingField : PackageErrorCode.InvalidValue, entry, path + "/exchangeDirection",
                    direction is null ? "Input or Output is required" : $"\"{direction}\" is not Input or Output"));
            }
            var amountElement = Child(item, "resultingAmount") ?? Child(item, "meanAmount");
            double amount = 0;
            if (amountElement is null)
            {
                errors.Add(new PackageError(PackageErrorCode.MissingField, entry, path + "/meanAmount", "meanAmount or resultingAmount is required"));
            }
            else if (!double.TryParse(amountElement.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out amount) || !double.IsFinite(amount))
            {
                errors.Add(new PackageError(PackageErrorCode.InvalidValue, entry, $"{path}/{amountElement.Name.LocalName}", $"\"{amountElement.Value.Trim()}\" is not a finite number"));
            }
            if (errors.Count > exchangeErrors)
            {
                index++;
                continue;
            }
            var isReference = references.Count == 1 && references[0] == internalId.Trim();
            var isInput = direction == "Input";
            if (flows.GetValueOrDefault(flowId!) is { } info && info.PropertyId is { } property
                && properties.GetValueOrDefault(property) is { } group && unitGroups.GetValueOrDefault(group) is { } unit)
            {
                exchanges.Add(new LcaExchange(index, info.Flow, isInput, isReference, false, amount, unit, null));
            }
            else
            {
                var described = Child(flowRef!, "shortDescription")?.Value.Trim();
                var flow = flows.GetValueOrDefault(flowId!)?.Flow ?? new LcaFlow(flowId!, string.IsNullOrEmpty(described) ? flowId! : described, LcaFlowType.Product, null, null);
                if (isReference)
                {
                    errors.Add(new PackageError(PackageErrorCode.InvalidReference, entry, path + "/referenceToFlowDataSet/@refObjectId",
                        $"the reference flow {flowId}, its flow property or its unit group is not in the package"));
                }
                unresolved.Add(new LcaExchange(index, flow, isInput, isReference, false, amount, "", null));
            }
            index++;
        }
        if (references.Count == 1 && errors.Count == before && !exchanges.Any(e => e.IsReference))
        {
            errors.Add(new PackageError(PackageErrorCode.InvalidReference, entry, "/processDataSet/processInformation/quantitativeReference/referenceToReferenceFlow",
                $"no exchange has dataSetInternalID {references[0]}"));
        }
        if (errors.Count > before || id is null || names.En is null) return null;
        return new LcaProcess(id, names.En,
            Find(root, "administrativeInformation", "publicationAndOwnership", "dataSetVersion")?.Value.Trim(),
            Find(root, "administrativeInformation", "dataEntryBy", "timeStamp")?.Value.Trim(),
            (string?)Find(root, "processInformation", "geography", "locationOfOperationSupplyOrProduction")?.Attribute("location"),
            Find(root, "processInformation", "dataSetInformation", "classificationInformation")?.Descendants().Where(e => e.Name.LocalName == "class")
                .Select(e => e.Value.Trim()).LastOrDefault(),
            Find(root, "processInformation", "time", "referenceYear")?.Value.Trim(),
            Find(root, "modellingAndValidation", "dataSourcesTreatmentAndRepresentativeness", "referenceToDataSource", "shortDescription")?.Value.Trim(),
            entry, exchanges)
        {
            NameZh = names.Zh,
            Unresolved = unresolved,
        };
    }

    // baseName per language: English (or the first one without language) is the name, Chinese the Chinese name.
    private static (string? En, string? Zh) Names(XElement? name)
    {
        var bases = name?.Elements().Where(e => e.Name.LocalName == "baseName" && e.Value.Trim().Length > 0)
            .Select(e => (Lang: (string?)e.Attribute(XNamespace.Xml + "lang") ?? "", Text: e.Value.Trim())).ToList() ?? [];
        var zh = bases.FirstOrDefault(b => b.Lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase)).Text;
        var en = bases.FirstOrDefault(b => b.Lang.StartsWith("en", StringComparison.OrdinalIgnoreCase)).Text
            ?? bases.FirstOrDefault(b => !b.Lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase)).Text ?? zh;
        return (en, zh);
    }

    private static XElement? Parse(PackageEntry entry, string rootName, List<PackageError> errors)
    {
        try
        {
            using var text = new StringReader(entry.Text);
            using var reader = XmlReader.Create(text, Settings);
            var root = XDocument.Load(reader).Root!;
            if (root.Name.LocalName != rootName)
            {
                errors.Add(new PackageError(PackageErrorCode.InvalidValue, entry.Path, "/" + root.Name.LocalName, $"<{root.Name.LocalName}> found where <{rootName}> is expected"));
                return null;
            }
            return root;
        }
        catch (XmlException e)
        {
            var dtd = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);
            errors.Add(new PackageError(PackageErrorCode.InvalidXml, entry.Path, dtd ? "/!DOCTYPE" : "",
                dtd ? "a DTD (DOCTYPE) is not allowed" : $"not well-formed XML (line {e.LineNumber}, position {e.LinePosition})"));
            return null;
        }
    }

    private static string? Required(XElement root, string entry, List<PackageError> errors, params string[] path)
    {
        var value = Find(root, path)?.Value.Trim();
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(new PackageError(PackageErrorCode.MissingField, entry, $"/{root.Name.LocalName}/{string.Join('/', path)}", "a non-empty text is required"));
            return null;
        }
        return value;
    }

    private static string? RequiredAttribute(XElement root, string entry, string attribute, List<PackageError> errors, params string[] path)
    {
        var value = ((string?)Find(root, path)?.Attribute(attribute))?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(new PackageError(PackageErrorCode.MissingField, entry, $"/{root.Name.LocalName}/{string.Join('/', path)}/@{attribute}", "a non-empty text is required"));
            return null;
        }
        return value;
    }

    private static XElement? Find(XElement element, params string[] path)
    {
        XElement? current = element;
        foreach (var name in path)
        {
            current = current is null ? null : Child(current, name);
        }
        return current;
    }

    private static XElement? Child(XElement element, string localName) => element.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string Folder(string path)
    {
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 ? parts[^2].ToLowerInvariant() : string.Empty;
    }
}
