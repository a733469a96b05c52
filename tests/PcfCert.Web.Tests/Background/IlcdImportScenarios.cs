using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Background;

/// <summary>
/// Issue 16 item 6, ILCD (TianGong's format) through the real host on each provider: an administrator uploads an ILCD zip on
/// the same page as openLCA JSON-LD (the format is recognised from the content); each process becomes the library factor
/// ilcd-&lt;UUID&gt; computed by the engine, with its Chinese name, UUID and data set version; a bad entry refuses the whole
/// package naming the zip entry and the XML element.
/// </summary>
public abstract class IlcdImportScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string LeadEmission = "55555555-5555-4555-8555-555555555555";
    private const string Mass = "33333333-3333-4333-8333-333333333333"; // flow property of the public sample (unit group: kg)
    private const string Licence = "MIT (tiangong-lca/tidas-tools LICENSE); SYNTHETIC test process added by PcfCert";

    private static string SampleFolder => Path.Combine(AppContext.BaseDirectory, "Background", "data", "tiangong-tidas-ilcd");

    private static string Flow(string id, string name, string type, string? cas) =>
        $"""<flowDataSet xmlns="http://lca.jrc.it/ILCD/Flow" xmlns:common="http://lca.jrc.it/ILCD/Common"><flowInformation><dataSetInformation><common:UUID>{id}</common:UUID><name><baseName xml:lang="en">{name}</baseName></name>{(cas is null ? "" : $"<CASNumber>{cas}</CASNumber>")}</dataSetInformation><quantitativeReference><referenceToReferenceFlowProperty>0</referenceToReferenceFlowProperty></quantitativeReference></flowInformation><modellingAndValidation><LCIMethod><typeOfDataSet>{type}</typeOfDataSet></LCIMethod></modellingAndValidation><flowProperties><flowProperty dataSetInternalID="0"><referenceToFlowPropertyDataSet refObjectId="{Mass}"/></flowProperty></flowProperties></flowDataSet>""";

    private static string Exchange(int id, string flow, string direction, string amount) =>
        $"""<exchange dataSetInternalID="{id}"><referenceToFlowDataSet refObjectId="{flow}"><common:shortDescription xml:lang="en">flow {id}</common:shortDescription></referenceToFlowDataSet><exchangeDirection>{direction}</exchangeDirection><meanAmount>{amount}</meanAmount></exchange>""";

    /// <summary>A SYNTHETIC TianGong-style process (made up for this test, not published): 1 kg 铝锭 out, 2 kg fossil CO2 out, 4 kWh of a flow not in the package in.</summary>
    private static (string Path, string Text)[] Synthetic(string id, string co2Amount = "2")
    {
        const string product = "7e1c0d00-0000-4000-8000-0000000000f1", co2 = "7e1c0d00-0000-4000-8000-0000000000f2", electricity = "7e1c0d00-0000-4000-8000-0000000000f5";
        var process = $"""<processDataSet xmlns="http://lca.jrc.it/ILCD/Process" xmlns:common="http://lca.jrc.it/ILCD/Common"><processInformation><dataSetInformation><common:UUID>{id}</common:UUID><name><baseName xml:lang="zh">铝锭（合成）</baseName><baseName xml:lang="en">aluminium ingot (synthetic)</baseName></name></dataSetInformation><quantitativeReference><referenceToReferenceFlow>0</referenceToReferenceFlow></quantitativeReference><time><common:referenceYear>2024</common:referenceYear></time><geography><locationOfOperationSupplyOrProduction location="CN"/></geography></processInformation><administrativeInformation><publicationAndOwnership><common:dataSetVersion>01.01.000</common:dataSetVersion></publicationAndOwnership></administrativeInformation><exchanges>{Exchange(0, product, "Output", "1")}{Exchange(1, co2, "Output", co2Amount)}{Exchange(2, electricity, "Input", "4")}</exchanges></processDataSet>""";
        return [($"ILCD/processes/{id}.xml", process), ($"ILCD/flows/{product}.xml", Flow(product, "aluminium ingot", "Product flow", null)),
            ($"ILCD/flows/{co2}.xml", Flow(co2, "carbon dioxide, fossil", "Elementary flow", "124-38-9"))];
    }

    /// <summary>The shipped public TianGong sample (ILCD/processes, flows, flowproperties, unitgroups) zipped, plus extra entries.</summary>
    private static byte[] Zip(params (string Path, string Text)[] extra)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var files = Directory.EnumerateFiles(SampleFolder, "*.xml", SearchOption.AllDirectories)
                .Select(f => (Path.GetRelativePath(SampleFolder, f).Replace('\\', '/'), File.ReadAllText(f)));
            foreach (var (path, text) in files.Concat(extra))
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return buffer.ToArray();
    }

    private static Task<HttpResponseMessage> Upload(TestClient client, byte[] zip) =>
        client.PostMultipartAsync("/Background/Import", "/Background/Import",
            [new("Input.Source", "TianGong LCA tidas-tools ILCD fixture"), new("Input.SourceUrl", "https://github.com/tiangong-lca/tidas-tools"),
             new("Input.Licence", Licence), new("Input.Gwp", "AR6")], "file", "tiangong-ilcd.zip", zip);

    [Fact]
    public async Task An_ilcd_zip_becomes_library_factors_with_chinese_name_uuid_and_version()
    {
        using var admin = host.CreateTestClient();
        await admin.SignInOkAsync(Demo.Admin);
        var id = Guid.NewGuid().ToString();
        var page = WebUtility.HtmlDecode(await (await Upload(admin, Zip(Synthetic(id)))).Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"background-result\"", page);

        var ingot = (await admin.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors/ilcd-{id}")).EnumerateArray().Last();
        // 2 kg CO2 (CAS 124-38-9, GWP 1) per 1 kg ingot = 2 kg CO2e per kg; the 4 kWh input's flow is not in the zip: left out.
        Assert.Equal(2.0, ingot.GetProperty("kgCO2e").GetDouble(), 1e-12);
        Assert.Equal("kg", ingot.GetProperty("unit").GetString());
        Assert.Equal("铝锭（合成）", ingot.GetProperty("nameZh").GetString());
        Assert.Equal("aluminium ingot (synthetic)", ingot.GetProperty("nameEn").GetString());
        Assert.Equal(("CN", 2024, Licence), (ingot.GetProperty("geography").GetString(), ingot.GetProperty("year").GetInt32(), ingot.GetProperty("licenceNote").GetString()));
        var source = ingot.GetProperty("source").GetString()!;
        Assert.Contains($"ILCD process \"aluminium ingot (synthetic)\" (UUID {id}, version 01.01.000", source);
        Assert.Contains($"entry ILCD/processes/{id}.xml", source);
        Assert.Contains("left out 1 technosphere exchange(s): flow 2 4  (not-in-package)", source);
        Assert.Contains("tiangong-ilcd.zip（SHA-256 ", ingot.GetProperty("changeNote").GetString());

        // The public sample's process: 1 kg Lead-210, no greenhouse gas: 0 kg CO2e per kg, version 20.25.001.
        var lead = (await admin.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors/ilcd-{LeadEmission}")).EnumerateArray().Last();
        Assert.Equal(0.0, lead.GetProperty("kgCO2e").GetDouble(), 1e-15);
        Assert.Contains($"UUID {LeadEmission}, version 20.25.001", lead.GetProperty("source").GetString());

        // The API takes the same zip under /ilcd; a re-import of unchanged data sets adds no version.
        var api = await admin.PostMultipartAsync("/api/v1/background/ilcd", "/Factors/Import",
            [new("source", "TianGong LCA tidas-tools ILCD fixture"), new("sourceUrl", "https://github.com/tiangong-lca/tidas-tools"), new("licence", Licence)], "file", "again.zip", Zip(Synthetic(id)));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(1, (await admin.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors/ilcd-{id}")).GetArrayLength());
    }

    [Fact]
    public async Task An_ilcd_zip_with_one_bad_entry_is_refused_whole_naming_the_entry_and_the_element()
    {
        using var admin = host.CreateTestClient();
        await admin.SignInOkAsync(Demo.Admin);
        string good = Guid.NewGuid().ToString(), bad = Guid.NewGuid().ToString();
        var page = WebUtility.HtmlDecode(await (await Upload(admin, Zip([.. Synthetic(good), Synthetic(bad, co2Amount: "two")[0]]))).Content.ReadAsStringAsync());
        // zh-CN is the default UI language: 文件 {entry} 的字段 {element}：取值无效（…）
        Assert.Contains($"文件 ILCD/processes/{bad}.xml 的字段 /processDataSet/exchanges/exchange[@dataSetInternalID='1']/meanAmount：取值无效", page);
        Assert.DoesNotContain("data-testid=\"background-result\"", page);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/api/v1/factors/ilcd-{good}")).StatusCode);
    }
}

public sealed class IlcdImportOnSqlite(SqliteHost host) : IlcdImportScenarios<SqliteHost>(host);

public sealed class IlcdImportOnPostgreSql(PostgreSqlHost host) : IlcdImportScenarios<PostgreSqlHost>(host);
