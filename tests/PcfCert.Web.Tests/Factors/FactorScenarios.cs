using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Footprint;
using PcfCert.Footprint.Model;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Factors;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Factors;

/// <summary>The emission-factor library through the real host on each provider.</summary>
public abstract class FactorScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string NationalLcf = "cn-elec-lcf-2023-national-average";

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }

    [Fact]
    public async Task The_library_is_seeded_from_the_reference_data_with_its_source_and_status()
    {
        using var client = await SignedIn(Demo.Applicant);
        var lcf = Assert.Single((await client.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors/{NationalLcf}")).EnumerateArray());
        // shared/reference/factors/cn-grid-electricity.csv: carbon-footprint-factor,2023,national,average,CO2e,0.6205,… C2
        Assert.Equal(0.6205, lcf.GetProperty("kgCO2e").GetDouble());
        Assert.Equal("kWh", lcf.GetProperty("unit").GetString());
        Assert.Equal("C2", lcf.GetProperty("status").GetString());
        Assert.Contains("2025-01-17", lcf.GetProperty("source").GetString());

        // cn-fuel-defaults.csv: 柴油,diesel,…,3.0959,tCO2/t,R → 3.0959 kg CO2 per kg; natural gas 21.622 t/10^4 Nm3 → 2.1622 kg/m3.
        var diesel = (await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/factors/cn-fuel-diesel"))[0];
        Assert.Equal(3.0959, diesel.GetProperty("gases").GetProperty("CO2").GetDouble(), 12);
        Assert.Equal("R", diesel.GetProperty("status").GetString());
        var gas = (await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/factors/cn-fuel-natural-gas"))[0];
        Assert.Equal(2.1622, gas.GetProperty("gases").GetProperty("CO2").GetDouble(), 12);
        Assert.Equal("m3", gas.GetProperty("unit").GetString());

        // Seeding again (a restart) adds nothing.
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
        var before = await db.EmissionFactorVersions.CountAsync();
        await FactorSeed.SeedAsync(db, TimeProvider.System);
        Assert.Equal(before, await db.EmissionFactorVersions.CountAsync());
    }

    [Theory]
    [InlineData("电力碳足迹", "cn-elec-lcf-2023-national-average")]
    [InlineData("ELECTRICITY carbon footprint", "cn-elec-lcf-2023-national-average")]
    [InlineData("柴油", "cn-fuel-diesel")]
    [InlineData("华东电网", "cn-elec-co2-2023-east-china-grid-average")]
    public async Task Search_finds_factors_by_chinese_or_english_name(string query, string code)
    {
        using var client = await SignedIn(Demo.Applicant);
        var found = await client.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors?q={Uri.EscapeDataString(query)}");
        Assert.Contains(found.EnumerateArray(), f => f.GetProperty("code").GetString() == code);
        var page = await client.GetPageAsync($"/Factors?q={Uri.EscapeDataString(query)}");
        Assert.Contains(code, page);
        var fuels = await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/factors?category=fuel");
        Assert.All(fuels.EnumerateArray(), f => Assert.Equal("fuel", f.GetProperty("category").GetString()));
    }

    [Fact]
    public async Task The_whole_library_can_be_browsed_page_by_page_with_the_number_of_factors()
    {
        // The seed alone holds more than one page (the UK 2025 rows are 76), so the 50-row cap once hid factors.
        using var manager = await SignedIn(Demo.Manager);
        int expected;
        using (var scope = host.Services.CreateScope())
        {
            expected = await SearchFactors.Current(scope.ServiceProvider.GetRequiredService<PcfCertDbContext>()).CountAsync();
        }
        Assert.True(expected > SearchFactors.PageSize, $"{expected} factors fit one page");
        var pages = (expected + SearchFactors.PageSize - 1) / SearchFactors.PageSize;

        var codes = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            using var response = await manager.Http.GetAsync($"/api/v1/factors?page={page}");
            Assert.Equal(expected.ToString(), Assert.Single(response.Headers.GetValues("X-Total-Count")));
            Assert.Equal(pages.ToString(), Assert.Single(response.Headers.GetValues("X-Page-Count")));
            var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
            Assert.Equal(page < pages ? SearchFactors.PageSize : expected - (pages - 1) * SearchFactors.PageSize, items.Count);
            codes.AddRange(items.Select(f => f.GetProperty("code").GetString()!));
        }
        Assert.Equal(expected, codes.Distinct().Count()); // every factor once, none skipped between pages

        var first = await manager.GetPageAsync("/Factors");
        Assert.Contains($"第 1 页，共 {pages} 页", first);
        Assert.Contains($"共 {expected} 个因子", first);
        Assert.Contains("data-testid=\"factor-next\"", first);
        Assert.DoesNotContain("data-testid=\"factor-previous\"", first);
        // A page past the end (a stale link) shows the last page, with the factor that sorts last on it.
        var beyond = await manager.GetPageAsync($"/Factors?PageNumber={pages + 5}");
        Assert.Contains($"第 {pages} 页，共 {pages} 页", beyond);
        Assert.Contains(codes[^1], beyond);
        Assert.DoesNotContain("data-testid=\"factor-next\"", beyond);
        var second = await manager.GetPageAsync("/Factors?PageNumber=2");
        Assert.Contains($"第 2 页，共 {pages} 页", second);
        Assert.Contains(codes[SearchFactors.PageSize], second); // the 51st factor opens page 2
        Assert.Contains("PageNumber=1", second);
        // The search and category stay in the page links.
        var fuels = await manager.GetPageAsync("/Factors?category=fuel&q=%E6%9F%B4%E6%B2%B9");
        Assert.Contains("第 1 页，共 1 页", fuels);
        Assert.Contains("cn-fuel-diesel", fuels);
    }

    [Fact]
    public async Task A_revision_is_a_new_version_and_a_model_pinned_to_the_old_one_computes_the_same()
    {
        using var manager = await SignedIn(Demo.Manager);
        var code = await CreateAsync(manager, "0.5");
        using (var scope = host.Services.CreateScope())
        {
            var v1 = (await scope.ServiceProvider.GetRequiredService<ResolveFactorVersions>().Handle([code], null, CancellationToken.None))[code];
            Assert.Equal(1, v1.Version);
        }

        var revised = await Revise(manager, code, "0.6", "2024 年数据更新");
        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);
        var versions = (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors/{code}")).EnumerateArray().ToList();
        Assert.Equal([(1, 0.5), (2, 0.6)], versions.Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("kgCO2e").GetDouble())));
        Assert.Equal("2024 年数据更新", versions[1].GetProperty("changeNote").GetString());
        Assert.Contains("v2", await manager.GetPageAsync($"/Factors/Details/{code}"));

        using var scope2 = host.Services.CreateScope();
        var resolved = await scope2.ServiceProvider.GetRequiredService<ResolveFactorVersions>().Handle([code, code + "@1", code + "@9"], null, CancellationToken.None);
        Assert.Equal(2, resolved[code].Version);
        Assert.False(resolved.ContainsKey(code + "@9"));
        // 1 000 kWh × 0.5 = 500 kg CO2e per piece with the pinned version 1, whatever the library says today.
        var pinned = Model(resolved[code + "@1"].ToModelFactor());
        Assert.Equal(500, FootprintCalculator.Calculate(pinned).Value!.TotalKgCO2e, 9);
        Assert.Equal(600, FootprintCalculator.Calculate(Model(resolved[code].ToModelFactor())).Value!.TotalKgCO2e, 9);
        Assert.Equal($"{code}@1", pinned.Factors[0].Id);
    }

    [Fact]
    public async Task A_version_row_cannot_be_changed_or_deleted_even_through_the_database_context()
    {
        using var manager = await SignedIn(Demo.Manager);
        var code = await CreateAsync(manager, "1.5");
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
        var version = await db.EmissionFactorVersions.SingleAsync(v => v.Code == code);
        version.KgCO2e = 99;
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();
        db.EmissionFactorVersions.Remove(await db.EmissionFactorVersions.SingleAsync(v => v.Code == code));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        // Below the application as well: the database itself refuses.
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(
            "UPDATE emission_factor_versions SET \"KgCO2e\" = 99 WHERE \"Code\" = {0}", code));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(
            "DELETE FROM emission_factor_versions WHERE \"Code\" = {0}", code));
        db.ChangeTracker.Clear();
        Assert.Equal(1.5, (await db.EmissionFactorVersions.AsNoTracking().SingleAsync(v => v.Code == code)).KgCO2e);
    }

    [Fact]
    public async Task A_stale_revision_is_refused_and_changes_nothing()
    {
        using var manager = await SignedIn(Demo.Manager);
        var code = await CreateAsync(manager, "2");
        var form = await manager.GetPageAsync($"/Factors/Edit/{code}");
        var stamp = System.Text.RegularExpressions.Regex.Match(form, "name=\"ConcurrencyStamp\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await Revise(manager, code, "3", "first")).StatusCode);
        var stale = await manager.PostFormAsync($"/Factors/Edit/{code}", Fields(code, "4", "second", stamp), $"/Factors/Edit/{code}");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("class=\"errors\"", await stale.Content.ReadAsStringAsync());
        Assert.Equal(2, (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors/{code}")).GetArrayLength());
    }

    [Fact]
    public async Task Import_creates_revises_and_skips_unchanged_rows()
    {
        using var manager = await SignedIn(Demo.Manager);
        var existing = await CreateAsync(manager, "1");
        var a = "imp-" + Guid.NewGuid().ToString("N")[..8];
        var csv = $"""
            code,name_zh,name_en,category,unit,kgco2e,co2,ch4,n2o,other_gases,source,year,status
            {a}-truck,柴油货车运输,diesel truck transport,transport,t*km,,0.071,0.000004,0.000002,,illustrative test value,2024,
            {a}-pp,聚丙烯粒料,polypropylene granulate,material,kg,2.0,,,,,illustrative test value,2024,
            {existing},测试因子,test factor,electricity,kWh,1.1,,,,,illustrative,2024,
            """;
        var first = await Import(manager, csv);
        Assert.Contains("新增 2 个，修订 1 个（新版本），未变化 0 个", first);
        var again = await Import(manager, csv);
        Assert.Contains("新增 0 个，修订 0 个（新版本），未变化 3 个", again);
        var truck = (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors/{a}-truck"))[0];
        Assert.Equal(0.071, truck.GetProperty("gases").GetProperty("CO2").GetDouble());
        Assert.Equal("imported", truck.GetProperty("status").GetString());
        Assert.Equal(2, (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors/{existing}")).GetArrayLength());
    }

    [Fact]
    public async Task A_csv_saved_by_excel_in_the_chinese_default_encoding_keeps_its_chinese_names()
    {
        using var manager = await SignedIn(Demo.Manager);
        var code = "gbk-" + Guid.NewGuid().ToString("N")[..8];
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK").GetBytes($"code,name_zh,name_en,category,unit,kgco2e,source\n{code},再生铝锭,recycled aluminium ingot,material,kg,0.6,illustrative\n");
        var response = await manager.PostMultipartAsync("/Factors/Import", "/Factors/Import", [], "file", "factors.csv", gbk);
        Assert.Contains("新增 1 个", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var factor = (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors/{code}"))[0];
        Assert.Equal("再生铝锭", factor.GetProperty("nameZh").GetString());
    }

    [Fact]
    public async Task Import_reads_an_excel_workbook_as_well()
    {
        using var manager = await SignedIn(Demo.Manager);
        var code = "xlsx-" + Guid.NewGuid().ToString("N")[..8];
        using var workbook = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(workbook, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var book = document.AddWorkbookPart();
            book.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
            var sheet = book.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            DocumentFormat.OpenXml.Spreadsheet.Row Row(uint n, params string[] cells) => new(cells.Select((c, i) =>
                new DocumentFormat.OpenXml.Spreadsheet.Cell
                {
                    CellReference = $"{(char)('A' + i)}{n}", DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString,
                    InlineString = new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(c)),
                })) { RowIndex = n };
            sheet.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(new DocumentFormat.OpenXml.Spreadsheet.SheetData(
                Row(1, "code", "name_zh", "name_en", "category", "unit", "kgco2e", "source"),
                Row(2, code, "铝锭", "aluminium ingot", "material", "kg", "16.5", "illustrative test value")));
            book.Workbook.Sheets!.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = book.GetIdOfPart(sheet), SheetId = 1, Name = "factors" });
        }
        var response = await manager.PostMultipartAsync("/Factors/Import", "/Factors/Import", [], "file", "factors.xlsx", workbook.ToArray());
        Assert.Contains("新增 1 个", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var factor = (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors/{code}"))[0];
        Assert.Equal(16.5, factor.GetProperty("kgCO2e").GetDouble());
    }

    [Fact]
    public async Task An_import_with_bad_rows_reports_every_problem_with_row_and_column_and_saves_nothing()
    {
        using var manager = await SignedIn(Demo.Manager);
        var a = "bad-" + Guid.NewGuid().ToString("N")[..8];
        var csv = $"""
            code,name_zh,name_en,category,unit,kgco2e,co2,source
            {a}-ok,好的,fine,material,kg,1.0,,src
            {a}-unit,坏单位,bad unit,material,kilogram,1.0,,src
            {a}-neg,负数,negative,material,kg,-2,,src
            {a}-both,两者,both,material,kg,1.0,0.5,src
            {a}-ok,重复,duplicate,material,kg,1.0,,src
            """;
        var page = await Import(manager, csv);
        Assert.Contains("第 3 行，unit 列：单位：“kilogram”不是可识别的单位", page);
        Assert.Contains("第 4 行，kgco2e 列：每单位 kg CO2e：-2 为负数，因子不能为负", page);
        Assert.Contains("第 5 行，kgco2e 列", page);
        Assert.Contains("第 6 行，code 列：代码 " + a + "-ok 在文件中重复出现", page);
        var found = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors?q={a}");
        Assert.Equal(0, found.GetArrayLength());

        var notCsv = await manager.PostMultipartAsync("/Factors/Import", "/Factors/Import", [], "file", "x.csv", [0x00, 0x01, 0x02]);
        Assert.Contains("文件不是可读取的 CSV 或 .xlsx 工作簿", WebUtility.HtmlDecode(await notCsv.Content.ReadAsStringAsync()));
        var noColumns = await Import(manager, "编号,名称\n1,x\n");
        Assert.Contains("第一行缺少以下列：code, name_zh, name_en, category, unit, source", noColumns);
    }

    [Fact]
    public async Task An_applicant_reads_the_library_but_cannot_edit_or_import()
    {
        var (applicant, _, _) = await Scenario.NewApplicantAsync(host);
        Assert.Equal(HttpStatusCode.OK, (await applicant.Http.GetAsync("/Factors")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await applicant.Http.GetAsync($"/Factors/Details/{NationalLcf}")).StatusCode);
        Assert.StartsWith("/Account/AccessDenied", (await applicant.Http.GetAsync($"/Factors/Edit/{NationalLcf}")).Headers.Location!.PathAndQuery);
        Assert.StartsWith("/Account/AccessDenied", (await applicant.Http.GetAsync("/Factors/Import")).Headers.Location!.PathAndQuery);
        applicant.Dispose();
    }

    private static FootprintModel Model(EmissionFactor factor) => new(
        new Product("test", new Quantity(1, "piece"), null), GwpSet.AR6, SystemBoundary.CradleToGate, "p", [factor],
        [new UnitProcess("p", null, LifeCycleStage.Production, new ProcessOutput(1, "piece"), [], null, [new ProcessInput(null, factor.Id, null, 1000, "kWh")], [], [])]);

    private static List<KeyValuePair<string, string>> Fields(string code, string kg, string? note, string? stamp = null) =>
    [
        new("Fields[code]", code), new("Fields[name_zh]", "测试电力因子"), new("Fields[name_en]", "test electricity factor"), new("Fields[category]", "electricity"),
        new("Fields[unit]", "kWh"), new("Fields[kgco2e]", kg), new("Fields[source]", "illustrative test value"), new("Fields[year]", "2024"),
        .. note is null ? [] : new[] { new KeyValuePair<string, string>("Fields[change_note]", note) },
        .. stamp is null ? [] : new[] { new KeyValuePair<string, string>("ConcurrencyStamp", stamp) },
    ];

    private static async Task<string> CreateAsync(TestClient manager, string kg)
    {
        var code = "test-" + Guid.NewGuid().ToString("N")[..10];
        var created = await manager.PostFormAsync("/Factors/Edit", Fields(code, kg, null));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return code;
    }

    private static async Task<HttpResponseMessage> Revise(TestClient manager, string code, string kg, string note)
    {
        var form = await manager.GetPageAsync($"/Factors/Edit/{code}");
        var stamp = System.Text.RegularExpressions.Regex.Match(form, "name=\"ConcurrencyStamp\" value=\"([^\"]+)\"").Groups[1].Value;
        return await manager.PostFormAsync($"/Factors/Edit/{code}", Fields(code, kg, note, stamp), $"/Factors/Edit/{code}");
    }

    private static async Task<string> Import(TestClient manager, string csv)
    {
        var response = await manager.PostMultipartAsync("/Factors/Import", "/Factors/Import", [], "file", "factors.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}

public sealed class FactorsOnSqlite(SqliteHost host) : FactorScenarios<SqliteHost>(host);

public sealed class FactorsOnPostgreSql(PostgreSqlHost host) : FactorScenarios<PostgreSqlHost>(host);
