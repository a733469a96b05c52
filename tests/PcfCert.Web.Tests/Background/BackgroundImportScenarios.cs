using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Background;

/// <summary>
/// Issue 16 item 6 through the real host on each provider: an administrator imports an openLCA JSON-LD package, every
/// process becomes a library factor computed by the engine with its provenance; a bad package is refused whole, naming
/// the file entry and the field; only administrators import.
/// </summary>
public abstract class BackgroundImportScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string Truck = "015667f8-18c8-3f3c-bcb9-903185af6f04";
    private const string Licence = "MIT (FLCAC-admin/uslci-content LICENSE); process documentation: all information can be accessed by everybody";

    private static string SampleFolder => Path.Combine(AppContext.BaseDirectory, "Background", "data", "uslci-fy17-q4");

    /// <summary>The shipped public USLCI sample (processes/, flows/) zipped as openLCA exports it, plus any extra entries.</summary>
    private static byte[] Zip(params (string Path, string Text)[] extra)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var files = Directory.EnumerateFiles(SampleFolder, "*.json", SearchOption.AllDirectories)
                .Select(f => (Path.GetRelativePath(SampleFolder, f).Replace('\\', '/'), File.ReadAllText(f)));
            foreach (var (path, text) in files.Concat(extra))
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return buffer.ToArray();
    }

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }

    private static Task<HttpResponseMessage> Upload(TestClient client, byte[] zip, string licence = Licence, string fileName = "uslci-sample.zip") =>
        client.PostMultipartAsync("/Background/Import", "/Background/Import",
            [new("Input.Source", "USLCI FY17 Q4 (Federal LCA Commons)"), new("Input.SourceUrl", "https://github.com/FLCAC-admin/uslci-content"),
             new("Input.Licence", licence), new("Input.Gwp", "AR6")], "file", fileName, zip);

    [Fact]
    public async Task The_public_uslci_sample_becomes_a_library_factor_computed_by_the_engine_with_its_provenance()
    {
        using var admin = await SignedIn(Demo.Admin);
        var page = WebUtility.HtmlDecode(await (await Upload(admin, Zip())).Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"background-result\"", page);
        Assert.Contains($"olca-{Truck}@", page);

        var versions = await admin.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors/olca-{Truck}");
        var factor = versions.EnumerateArray().Last();
        // processes/015667f8-….json per 1 t*km, AR6 (shared/reference/gwp): CO2 0.102046861644675 × 1 + methane (fossil)
        // 1.04094042202487E-6 × 29.8 + N2O 1.55739251197666E-7 × 273 = 0.1021203984848283 kg CO2e per t*km (engine, not by hand).
        Assert.Equal(0.1021203984848283, factor.GetProperty("kgCO2e").GetDouble(), 1e-12);
        Assert.Equal("t*km", factor.GetProperty("unit").GetString());
        Assert.Equal("transport", factor.GetProperty("category").GetString());
        Assert.Equal("imported", factor.GetProperty("status").GetString());
        Assert.Equal("AR6", factor.GetProperty("gwpBasis").GetString());
        Assert.Equal(Licence, factor.GetProperty("licenceNote").GetString());
        Assert.Equal("RNA", factor.GetProperty("geography").GetString());
        Assert.Equal(2010, factor.GetProperty("year").GetInt32());
        var source = factor.GetProperty("source").GetString()!;
        Assert.Contains($"UUID {Truck}, version 00.00.000, last change 2011-10-26T03:49:14-06:00", source);
        Assert.Contains("entry processes/015667f8-18c8-3f3c-bcb9-903185af6f04.json", source);
        Assert.Contains("uslci-sample.zip（SHA-256 ", factor.GetProperty("changeNote").GetString());
        Assert.Contains("left out 6 technosphere exchange(s): Transport, combination truck, average fuel mix", source);
        Assert.Contains("14 non-GHG elementary flow(s) at zero impact", source);
        Assert.False(string.IsNullOrEmpty(factor.GetProperty("createdBy").GetString()));

        // Audited: the factor rows are in the append-only audit trail.
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
            var id = await db.EmissionFactorVersions.Where(v => v.Code == $"olca-{Truck}").Select(v => v.Id).FirstAsync();
            Assert.True(await db.AuditTrail.AnyAsync(a => a.Entity == "EmissionFactorVersion" && a.EntityId == id.ToString()));
        }

        // The same data set again (re-zipped: another file hash) adds no version.
        var count = versions.GetArrayLength();
        var again = WebUtility.HtmlDecode(await (await Upload(admin, Zip())).Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"background-result\"", again);
        Assert.Equal(count, (await admin.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors/olca-{Truck}")).GetArrayLength());

        // The transport drop-down of the annex-2 workbook and the line form lists every t*km factor: the new one too.
        var transport = await admin.Http.GetFromJsonAsync<JsonElement>("/api/v1/factors?category=transport&q=refuse%20truck");
        Assert.Contains(transport.EnumerateArray(), f => f.GetProperty("code").GetString() == $"olca-{Truck}");
    }

    [Fact]
    public async Task A_package_with_one_bad_entry_is_refused_whole_naming_the_entry_and_the_field()
    {
        using var admin = await SignedIn(Demo.Admin);
        var good = Guid.NewGuid().ToString();
        var goodProcess = $$$"""{"@type":"Process","@id":"{{{good}}}","name":"good","exchanges":[{"amount":1,"isQuantitativeReference":true,"flow":{"@id":"x","name":"x","flowType":"PRODUCT_FLOW"},"unit":{"name":"kg"}}]}""";
        var bad = """{"@type":"Process","@id":"bad","name":"bad","exchanges":[{"isQuantitativeReference":true,"flow":{"@id":"y","name":"y","flowType":"PRODUCT_FLOW"},"unit":{"name":"kg"}}]}""";
        var page = WebUtility.HtmlDecode(await (await Upload(admin, Zip(($"processes/{good}.json", goodProcess), ("processes/broken.json", bad)))).Content.ReadAsStringAsync());
        // zh-CN is the default UI language: 文件 {entry} 的字段 {field}：缺少必填字段（…）
        Assert.Contains("文件 processes/broken.json 的字段 /exchanges/0/amount：缺少必填字段", page);
        Assert.DoesNotContain("data-testid=\"background-result\"", page);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/api/v1/factors/olca-{good}")).StatusCode);

        var notZip = WebUtility.HtmlDecode(await (await Upload(admin, Encoding.UTF8.GetBytes("code,name\n"))).Content.ReadAsStringAsync());
        Assert.Contains("数据包不是有效的 zip 文件", notZip);
        var noLicence = WebUtility.HtmlDecode(await (await Upload(admin, Zip(($"processes/{good}.json", goodProcess)), licence: " ")).Content.ReadAsStringAsync());
        Assert.Contains("请填写许可。", noLicence);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/api/v1/factors/olca-{good}")).StatusCode);
    }

    [Fact]
    public async Task Only_administrators_import_and_staff_get_a_process_as_an_upstream_model()
    {
        using var manager = await SignedIn(Demo.Manager);
        var form = await manager.Http.GetAsync("/Background/Import");
        Assert.StartsWith("/Account/AccessDenied", form.Headers.Location!.PathAndQuery);
        var import = await manager.PostMultipartAsync("/api/v1/background/openlca", "/Factors/Import",
            [new("source", "x"), new("licence", "x")], "file", "p.zip", Zip());
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);

        // Any staff member converts a process to a pcfcert.model/1 document to use as an upstream; it computes the same figure.
        var model = await manager.PostMultipartAsync("/api/v1/background/openlca/model", "/Factors/Import",
            [new("process", Truck), new("gwp", "AR6")], "file", "p.zip", Zip());
        Assert.Equal(HttpStatusCode.OK, model.StatusCode);
        var json = await model.Content.ReadAsStringAsync();
        Assert.Contains("\"referenceProcess\": \"" + Truck + "\"", json);
        var result = await manager.Http.PostAsync("/api/v1/footprints/calculate", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(0.1021203984848283, (await result.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totalKgCO2e").GetDouble(), 1e-12);

        using var applicant = await SignedIn(Demo.Applicant);
        var denied = await applicant.PostMultipartAsync("/api/v1/background/openlca/model", "/Factors",
            [new("process", Truck)], "file", "p.zip", Zip());
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }
}

public sealed class BackgroundImportOnSqlite(SqliteHost host) : BackgroundImportScenarios<SqliteHost>(host);

public sealed class BackgroundImportOnPostgreSql(PostgreSqlHost host) : BackgroundImportScenarios<PostgreSqlHost>(host);
