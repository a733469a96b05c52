using PcfCert.Footprint.Background;

namespace PcfCert.Footprint.Tests.Background;

/// <summary>
/// A SYNTHETIC one-process ILCD package written for these tests in TianGong's layout (ILCD namespaces, Chinese and English
/// base names, TIDAS-style versions). It is not a published data set; its numbers are made up to be easy to check by hand.
/// The public sample is <see cref="IlcdSample"/>.
/// </summary>
public static class IlcdSynthetic
{
    public const string Film = "7e1c0d00-0000-4000-8000-000000000001";
    public const string FilmFlow = "7e1c0d00-0000-4000-8000-0000000000f1";
    public const string Co2 = "7e1c0d00-0000-4000-8000-0000000000f2";
    public const string N2o = "7e1c0d00-0000-4000-8000-0000000000f3";
    public const string Ch4 = "7e1c0d00-0000-4000-8000-0000000000f4";
    public const string Electricity = "7e1c0d00-0000-4000-8000-0000000000f5"; // referenced, not in the package
    public const string Mass = "7e1c0d00-0000-4000-8000-0000000000a1";
    public const string MassUnits = "7e1c0d00-0000-4000-8000-0000000000b1";

    private const string Ns = "xmlns=\"http://lca.jrc.it/ILCD/Process\" xmlns:common=\"http://lca.jrc.it/ILCD/Common\"";

    public static string Exchange(int id, string flow, string direction, string amounts) =>
        $"""<exchange dataSetInternalID="{id}"><referenceToFlowDataSet type="flow data set" refObjectId="{flow}" version="01.00.000" uri="../flows/{flow}.xml"><common:shortDescription xml:lang="en">flow {id}</common:shortDescription></referenceToFlowDataSet><exchangeDirection>{direction}</exchangeDirection>{amounts}</exchange>""";

    public static string Process(string exchanges, string reference = "0") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <processDataSet {Ns} version="1.1">
          <processInformation>
            <dataSetInformation>
              <common:UUID>{Film}</common:UUID>
              <name><baseName xml:lang="zh">电容器薄膜（合成）</baseName><baseName xml:lang="en">capacitor film (synthetic)</baseName></name>
              <classificationInformation><common:classification><common:class level="0">Materials production</common:class><common:class level="1">Plastics</common:class></common:classification></classificationInformation>
            </dataSetInformation>
            <quantitativeReference type="Reference flow(s)"><referenceToReferenceFlow>{reference}</referenceToReferenceFlow></quantitativeReference>
            <time><common:referenceYear>2024</common:referenceYear></time>
            <geography><locationOfOperationSupplyOrProduction location="CN"/></geography>
          </processInformation>
          <administrativeInformation>
            <dataEntryBy><common:timeStamp>2025-03-01T08:00:00+08:00</common:timeStamp></dataEntryBy>
            <publicationAndOwnership><common:dataSetVersion>01.01.000</common:dataSetVersion></publicationAndOwnership>
          </administrativeInformation>
          <exchanges>{exchanges}</exchanges>
        </processDataSet>
        """;

    /// <summary>
    /// 2 kg film out (the reference); 3 kg fossil CO2 (resultingAmount 3, meanAmount 99: the resulting amount counts),
    /// 0.01 kg dinitrogen monoxide (no CAS, recognised by name), 0.02 kg fossil methane; 5 kWh electricity in whose flow is
    /// not in the package (left out, listed).
    /// </summary>
    public static string FilmProcess() => Process(string.Concat(
        Exchange(0, FilmFlow, "Output", "<meanAmount>2</meanAmount>"),
        Exchange(1, Co2, "Output", "<meanAmount>99</meanAmount><resultingAmount>3</resultingAmount>"),
        Exchange(2, N2o, "Output", "<meanAmount>0.01</meanAmount>"),
        Exchange(3, Ch4, "Output", "<meanAmount>0.02</meanAmount>"),
        Exchange(4, Electricity, "Input", "<meanAmount>5</meanAmount>")));

    private static string Flow(string id, string nameEn, string? nameZh, string type, string? cas) => $"""
        <flowDataSet xmlns="http://lca.jrc.it/ILCD/Flow" xmlns:common="http://lca.jrc.it/ILCD/Common" version="1.1">
          <flowInformation>
            <dataSetInformation>
              <common:UUID>{id}</common:UUID>
              <name><baseName xml:lang="en">{nameEn}</baseName>{(nameZh is null ? "" : $"<baseName xml:lang=\"zh\">{nameZh}</baseName>")}</name>
              {(cas is null ? "" : $"<CASNumber>{cas}</CASNumber>")}
            </dataSetInformation>
            <quantitativeReference><referenceToReferenceFlowProperty>0</referenceToReferenceFlowProperty></quantitativeReference>
          </flowInformation>
          <modellingAndValidation><LCIMethod><typeOfDataSet>{type}</typeOfDataSet></LCIMethod></modellingAndValidation>
          <flowProperties><flowProperty dataSetInternalID="0"><referenceToFlowPropertyDataSet type="flow property data set" refObjectId="{Mass}"/><meanValue>1</meanValue></flowProperty></flowProperties>
        </flowDataSet>
        """;

    public static List<PackageEntry> Entries(string? process = null) =>
    [
        new($"ILCD/processes/{Film}_01.01.000.xml", process ?? FilmProcess()),
        new($"ILCD/flows/{FilmFlow}.xml", Flow(FilmFlow, "capacitor film", "电容器薄膜", "Product flow", null)),
        new($"ILCD/flows/{Co2}.xml", Flow(Co2, "carbon dioxide, fossil", "二氧化碳，化石", "Elementary flow", "000124-38-9")),
        new($"ILCD/flows/{N2o}.xml", Flow(N2o, "dinitrogen monoxide", null, "Elementary flow", null)),
        new($"ILCD/flows/{Ch4}.xml", Flow(Ch4, "methane, fossil", null, "Elementary flow", "74-82-8")),
        new($"ILCD/flowproperties/{Mass}.xml", $"""
            <flowPropertyDataSet xmlns="http://lca.jrc.it/ILCD/FlowProperty" xmlns:common="http://lca.jrc.it/ILCD/Common" version="1.1">
              <flowPropertiesInformation>
                <dataSetInformation><common:UUID>{Mass}</common:UUID><common:name xml:lang="en">Mass</common:name></dataSetInformation>
                <quantitativeReference><referenceToReferenceUnitGroup type="unit group data set" refObjectId="{MassUnits}"/></quantitativeReference>
              </flowPropertiesInformation>
            </flowPropertyDataSet>
            """),
        new($"ILCD/unitgroups/{MassUnits}.xml", $"""
            <unitGroupDataSet xmlns="http://lca.jrc.it/ILCD/UnitGroup" xmlns:common="http://lca.jrc.it/ILCD/Common" version="1.1">
              <unitGroupInformation>
                <dataSetInformation><common:UUID>{MassUnits}</common:UUID><common:name xml:lang="en">Units of mass</common:name></dataSetInformation>
                <quantitativeReference><referenceToReferenceUnit>0</referenceToReferenceUnit></quantitativeReference>
              </unitGroupInformation>
              <units><unit dataSetInternalID="0"><name>kg</name><meanValue>1.0</meanValue></unit><unit dataSetInternalID="1"><name>g</name><meanValue>0.001</meanValue></unit></units>
            </unitGroupDataSet>
            """),
        new("ILCD/contacts/readme.txt", "not an XML data set: ignored"),
    ];
}

/// <summary>The public ILCD sample shipped in Background/data/tiangong-tidas-ilcd (TianGong LCA tidas-tools, MIT; see its SOURCE.md).</summary>
public static class IlcdSample
{
    public const string LeadEmission = "55555555-5555-4555-8555-555555555555";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Background", "data", "tiangong-tidas-ilcd");

    /// <summary>Every .xml file of the sample with its path relative to the sample root (ILCD/processes/…).</summary>
    public static IReadOnlyList<PackageEntry> Entries() =>
        Directory.EnumerateFiles(Folder, "*.xml", SearchOption.AllDirectories)
            .Select(f => new PackageEntry(Path.GetRelativePath(Folder, f).Replace('\\', '/'), File.ReadAllText(f)))
            .OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
}
