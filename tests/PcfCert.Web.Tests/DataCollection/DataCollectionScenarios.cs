using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.DataCollection;

/// <summary>Data collection through the real host on each provider: upload, background import, forms, checks, submission.</summary>
public abstract class DataCollectionScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string Cec = "cec-7065cvp-a0";
    private static readonly byte[] Pdf = "%PDF-1.4\n% evidence\n"u8.ToArray();

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }

    /// <summary>Illustrative test factors (not published values) in the library: film 2.0 kg CO2e/kg, aluminium 18.0, truck 0.1 per t·km.</summary>
    private async Task<string> FactorsAsync()
    {
        using var manager = await SignedIn(Demo.Manager);
        var p = "dc" + Guid.NewGuid().ToString("N")[..8];
        var csv = $"""
            code,name_zh,name_en,category,unit,kgco2e,source
            {p}-film,薄膜,film,material,kg,2.0,illustrative test value
            {p}-alu,铝箔,aluminium foil,material,kg,18.0,illustrative test value
            {p}-truck,货车运输,truck transport,transport,t*km,0.1,illustrative test value
            """;
        var response = await manager.PostMultipartAsync("/Factors/Import", "/Factors/Import", [], "file", "f.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Contains("新增 3 个", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        return p;
    }

    private static byte[] Workbook(string p, Action<WorkbookFiller>? change = null)
    {
        using var stream = InventoryWorkbookTests.FilledWorkbook(fill =>
        {
            fill.Line("原材料获取", 5, "薄膜", 800, "kg", "外购", 200, "合肥", $"{p}-truck", "采购发票", "初级", $"{p}-film", "否", "否")
                .Line("原材料获取", 6, "铝箔", 400, "kg", "外购", null, null, null, "采购台账", "次级", $"{p}-alu", "否", "否")
                // the seeded 2023 national electricity carbon-footprint factor, 0.6205 kg CO2e/kWh (shared/reference)
                .Line("生产制造", 8, "电力", 50000, "kWh", "外购", null, null, null, "电表读数", "初级", "cn-elec-lcf-2023-national-average", "是", "否", "全厂");
            change?.Invoke(fill);
        });
        return stream.ToArray();
    }

    private async Task<Guid> ApplicationAsync(TestClient applicant) =>
        await WorkflowScenarios<THost>.Draft(applicant, Cec, "electronic-components");

    private static async Task<JsonElement> ImportAsync(TestClient applicant, Guid id, byte[] workbook)
    {
        var page = $"/DataCollection/Inventory/{id}/0";
        var upload = await applicant.PostMultipartAsync($"{page}?handler=Upload", page, [], "file", "清单.xlsx", workbook);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var importId = upload.Headers.Location!.OriginalString.Split("import=")[1];
        for (var i = 0; i < 200; i++)
        {
            var status = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/inventory-imports/{importId}");
            if (status.GetProperty("status").GetString() != "Running")
            {
                return status;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("import did not finish");
    }

    [Fact]
    public async Task An_uploaded_workbook_is_imported_in_the_background_checked_and_reported()
    {
        var p = await FactorsAsync();
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await ApplicationAsync(applicant);
        var template = await applicant.Http.GetAsync($"/api/v1/applications/{id}/inventories/0/template");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.StartsWith("PK", Encoding.ASCII.GetString((await template.Content.ReadAsByteArrayAsync())[..2]));

        var status = await ImportAsync(applicant, id, Workbook(p));
        Assert.Equal("Accepted", status.GetProperty("status").GetString());
        Assert.Equal(4, status.GetProperty("linesImported").GetInt32());

        var checks = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}/inventories/0/checks");
        // film 800 × 2.0 = 1 600; truck 0.8 t × 200 km × 0.1 = 16; aluminium 400 × 18.0 = 7 200;
        // electricity 50 000 kWh × (1 200 kg / 6 000 kg) = 10 000 kWh × 0.6205 = 6 205; total 15 021 / 10 000 pieces = 1.5021.
        Assert.Equal(1.5021, checks.GetProperty("totalKgCO2e").GetDouble(), 9);
        Assert.Equal(0.2, checks.GetProperty("allocationFactor").GetDouble(), 12);
        Assert.True(checks.GetProperty("cutOff").GetProperty("passed").GetBoolean()); // 12 kg / 10 000 / 0.12 kg = 1 % ≤ 5 %
        Assert.True(checks.GetProperty("readyToSubmit").GetBoolean());

        var model = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}/inventories/0/model");
        Assert.Equal("pcfcert.model/1", model.GetProperty("format").GetString());
        Assert.Contains(model.GetProperty("factors").EnumerateArray(), f => f.GetProperty("id").GetString() == "cn-elec-lcf-2023-national-average@1");

        var page = WebUtility.HtmlDecode(await applicant.GetPageAsync($"/DataCollection/Inventory/{id}/0"));
        Assert.Contains("1.5021 kg CO2e", page);
        var reportLink = System.Text.RegularExpressions.Regex.Match(page, "/DataCollection/ImportReport/([0-9a-f-]{36})").Value;
        var report = WebUtility.HtmlDecode(await applicant.GetPageAsync(reportLink));
        Assert.Contains("排放因子（确切版本）", report); // LineOutcome.Factor
        Assert.Contains($"{p}-truck@1 (160 t*km)", report);

        // Staff read it; the exported workbook re-imports to the same lines.
        using var manager = await SignedIn(Demo.Manager);
        Assert.Contains("1.5021 kg CO2e", WebUtility.HtmlDecode(await manager.GetPageAsync($"/DataCollection/Inventory/{id}/0")));
        var exported = await applicant.Http.GetByteArrayAsync($"/api/v1/applications/{id}/inventories/0/export");
        var again = await ImportAsync(applicant, id, exported);
        Assert.Equal(4, again.GetProperty("linesImported").GetInt32());
    }

    [Fact]
    public async Task An_invalid_workbook_is_refused_with_every_error_located_and_nothing_is_saved()
    {
        var p = await FactorsAsync();
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await ApplicationAsync(applicant);
        var status = await ImportAsync(applicant, id, Workbook(p, fill => fill
            .Set("原材料获取", "B6", "四百").Set("生产制造", "C8", "千瓦").Set("原材料获取", "J5", "no-such-factor")));
        Assert.Equal("Refused", status.GetProperty("status").GetString());
        Assert.Equal(3, status.GetProperty("issues").GetInt32());
        var page = WebUtility.HtmlDecode(await applicant.GetPageAsync($"/DataCollection/Inventory/{id}/0"));
        Assert.Contains("尚无产品基本信息", page); // nothing saved
        var reportLink = System.Text.RegularExpressions.Regex.Match(page, "/DataCollection/ImportReport/([0-9a-f-]{36})").Value;
        var report = WebUtility.HtmlDecode(await applicant.GetPageAsync(reportLink));
        Assert.Contains("工作表“原材料获取”第 6 行 B 列（用量/数值）：“四百”不是数字", report);
        Assert.Contains("工作表“生产制造”第 8 行 C 列（单位）：“千瓦”不是可识别的单位；最接近的是“千瓦时 (kWh)”", report);
        Assert.Contains("工作表“原材料获取”第 5 行 J 列（排放因子代码）：“no-such-factor”不在排放因子库中", report);

        var notXlsx = await applicant.PostMultipartAsync($"/DataCollection/Inventory/{id}/0?handler=Upload", $"/DataCollection/Inventory/{id}/0",
            [], "file", "清单.xlsx", Encoding.UTF8.GetBytes("name,amount\n薄膜,800\n"));
        Assert.Equal(HttpStatusCode.BadRequest, notXlsx.StatusCode);
        Assert.Contains("不是 .xlsx 工作簿", WebUtility.HtmlDecode(await notXlsx.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_hostile_workbook_is_refused_at_the_upload_with_the_limit_it_passed()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await ApplicationAsync(applicant);
        var page = $"/DataCollection/Inventory/{id}/0";
        async Task<string> Refused(byte[] workbook)
        {
            var response = await applicant.PostMultipartAsync($"{page}?handler=Upload", page, [], "file", "清单.xlsx", workbook);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }
        var template = InventoryWorkbookTests.Template();
        Assert.Contains("工作表“原材料获取”超过 100,000 行", await Refused(HostileWorkbook.ManyRows(template, 500_000)));
        Assert.Contains("含有文档类型定义（DTD），出于安全原因不予读取", await Refused(HostileWorkbook.WithDtd(template)));
        Assert.Contains("已填写的工作簿（.xlsx）为 31.0 MB，超过 30 MB 的上限", await Refused(new byte[31 * 1024 * 1024]));
        Assert.Empty((await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("modelVersions").EnumerateArray());
        Assert.DoesNotContain("/DataCollection/ImportReport/", await applicant.GetPageAsync(page)); // nothing stored, nothing queued
    }

    [Fact]
    public async Task A_renamed_sheet_or_a_moved_header_is_refused_whole_with_one_message_naming_the_layout()
    {
        var p = await FactorsAsync();
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await ApplicationAsync(applicant);
        using var renamed = new MemoryStream();
        renamed.Write(Workbook(p));
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(renamed, true))
        {
            document.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "生产制造").Name = "生产";
        }
        var status = await ImportAsync(applicant, id, renamed.ToArray());
        Assert.Equal(("Refused", "missing-sheet:生产制造"), (status.GetProperty("status").GetString(), status.GetProperty("failureReason").GetString()));
        var report = WebUtility.HtmlDecode(await applicant.GetPageAsync(ReportLink(await applicant.GetPageAsync($"/DataCollection/Inventory/{id}/0"))));
        Assert.Contains("缺少“生产制造”工作表（工作表不可改名或删除），整个工作簿未导入", report);

        var moved = await ImportAsync(applicant, id, Workbook(p, fill => fill.Set("原材料获取", "N4", "供应商")));
        Assert.Equal("Refused", moved.GetProperty("status").GetString());
        Assert.Equal(0, moved.GetProperty("issues").GetInt32()); // one message, not one per shifted cell
        report = WebUtility.HtmlDecode(await applicant.GetPageAsync($"/DataCollection/ImportReport/{moved.GetProperty("id").GetString()}"));
        Assert.Contains("工作表“原材料获取”的表头（第 4 行）与模板不符，整个工作簿未导入。第 4 行应依次为：A 数据类型、B 用量/数值、C 单位", report);
        Assert.Contains("尚无产品基本信息", WebUtility.HtmlDecode(await applicant.GetPageAsync($"/DataCollection/Inventory/{id}/0")));
    }

    private static string ReportLink(string page) => System.Text.RegularExpressions.Regex.Match(page, "/DataCollection/ImportReport/([0-9a-f-]{36})").Value;

    [Fact]
    public async Task Another_organisations_applicant_finds_nothing_and_staff_cannot_upload()
    {
        var p = await FactorsAsync();
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await ApplicationAsync(applicant);
        var status = await ImportAsync(applicant, id, Workbook(p));
        var (stranger, _, _) = await Scenario.NewApplicantAsync(host);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/DataCollection/Inventory/{id}/0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/applications/{id}/inventories/0/template")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/applications/{id}/inventories/0/model")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/inventory-imports/{status.GetProperty("id").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.Http.GetAsync($"/DataCollection/Inventory/{id}/5")).StatusCode);
        stranger.Dispose();

        using var manager = await SignedIn(Demo.Manager);
        var page = $"/DataCollection/Inventory/{id}/0";
        var upload = await manager.PostMultipartAsync($"{page}?handler=Upload", page, [], "file", "x.xlsx", Workbook(p));
        Assert.StartsWith("/Account/AccessDenied", upload.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_line_is_corrected_in_the_form_with_evidence_and_a_bad_value_changes_nothing()
    {
        var p = await FactorsAsync();
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await ApplicationAsync(applicant);
        await ImportAsync(applicant, id, Workbook(p));
        var inventory = await applicant.GetPageAsync($"/DataCollection/Inventory/{id}/0");
        var lineUrl = System.Text.RegularExpressions.Regex.Matches(inventory, "/DataCollection/Line/[0-9a-f-]{36}/0/[0-9a-f-]{36}")[1].Value; // 铝箔

        string Stamp(string html) => System.Text.RegularExpressions.Regex.Match(html, "name=\"Stamp\" value=\"([^\"]*)\"").Groups[1].Value;
        var stamp = Stamp(await applicant.GetPageAsync(lineUrl));
        var bad = await applicant.PostFormAsync(lineUrl, Line(p, "-400", stamp), lineUrl);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("用量/数值：-400 为负数", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));

        var stale = await applicant.PostFormAsync(lineUrl, Line(p, "430", Guid.NewGuid().ToString()), lineUrl);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode); // someone else changed it: refused
        var good = await applicant.PostFormAsync(lineUrl, Line(p, "420", stamp), lineUrl);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var evidence = await applicant.PostMultipartAsync($"{lineUrl}?handler=Evidence", lineUrl, [new("kind", "invoice")], "file", "发票.pdf", Pdf);
        Assert.Equal(HttpStatusCode.Redirect, evidence.StatusCode);
        var line = WebUtility.HtmlDecode(await applicant.GetPageAsync(lineUrl));
        Assert.Contains("发票.pdf", line);
        var wrongType = await applicant.PostMultipartAsync($"{lineUrl}?handler=Evidence", lineUrl, [new("kind", "invoice")], "file", "x.pdf", "not a pdf"u8.ToArray());
        Assert.Equal(HttpStatusCode.OK, wrongType.StatusCode);

        var checks = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}/inventories/0/checks");
        // 铝箔 corrected to 420 kg: 15 021 + 20 × 18.0 = 15 381 → 1.5381 per piece.
        Assert.Equal(1.5381, checks.GetProperty("totalKgCO2e").GetDouble(), 9);
    }

    [Fact]
    public async Task The_product_form_refuses_a_period_that_is_not_twelve_months_and_saves_a_valid_one()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await ApplicationAsync(applicant);
        var page = $"/DataCollection/Product/{id}/0";
        List<KeyValuePair<string, string>> Fields(string end) =>
        [
            new("Fields[name]", "电子元器件"), new("Fields[model]", "CBB65"), new("Fields[productMassKg]", "0.12"), new("Fields[periodStart]", "2025-01-01"),
            new("Fields[periodEnd]", end), new("Fields[linePieces]", "10000"), new("Fields[lineMassKg]", "1200"), new("Fields[plantPieces]", "40000"),
            new("Fields[plantMassKg]", "6000"), new("Fields[lineMetered]", "no"), new("Fields[declaredAmount]", "1"), new("Fields[declaredUnit]", "piece"),
            new("Fields[boundary]", "cradle-to-gate"), new("Fields[allocation]", "pieces"), new("Fields[filledBy]", "王工"), new("Stamp", ""),
        ];
        var refused = await applicant.PostFormAsync(page, Fields("2025-09-30"), page);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("数据统计期结束：2025-01-01 至 2025-09-30 既不是一个自然年，也不是 12 个月", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Contains("尚无产品基本信息", WebUtility.HtmlDecode(await applicant.GetPageAsync($"/DataCollection/Inventory/{id}/0")));

        var saved = await applicant.PostFormAsync(page, Fields("2025-12-31"), page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var inventory = WebUtility.HtmlDecode(await applicant.GetPageAsync($"/DataCollection/Inventory/{id}/0"));
        Assert.Contains("按数量", inventory);
        Assert.Contains("分配系数 0.25", inventory); // 10 000 / 40 000 pieces
    }

    [Fact]
    public async Task A_line_supplied_by_another_units_process_brings_that_units_inputs_into_the_model()
    {
        var p = await FactorsAsync();
        using var applicant = await SignedIn(Demo.Applicant);
        var created = await applicant.Http.PostAsJsonAsync("/api/v1/applications", new { schemeId = Cec });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        const string party = "苏州示例电子元件有限公司", code = "91320594MA1N2K3P4Y", site = "江苏省苏州市工业园区星湖街 100 号";
        await WorkflowScenarios<THost>.Ok(applicant, id, "save-form", new
        {
            applicantName = party, applicantCreditCode = code, applicantAddress = site, manufacturerName = party, manufacturerCreditCode = code,
            manufacturerAddress = site, factoryName = party, factoryCreditCode = code, factoryAddress = site,
            unitProduct = new[] { "electronic-components", "electronic-components" }, unitName = new[] { "交流电动机电容器", "聚丙烯薄膜" },
            unitModel = new[] { "CBB65 450V 30uF", "PP 薄膜 6 µm" },
            unitStandard = new[] { "GB/T 3667.1", "企业标准" }, unitSite = new[] { site, site },
        });

        // Unit 2, the factory's own film line, entered in the forms: 5 000 kg of film with 10 000 kWh of electricity.
        var product = $"/DataCollection/Product/{id}/1";
        Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostFormAsync(product,
        [
            new("Fields[name]", "薄膜"), new("Fields[model]", "PP 6 µm"), new("Fields[productMassKg]", "1"), new("Fields[periodStart]", "2025-01-01"),
            new("Fields[periodEnd]", "2025-12-31"), new("Fields[linePieces]", "0"), new("Fields[lineMassKg]", "5000"), new("Fields[plantPieces]", "0"),
            new("Fields[plantMassKg]", "5000"), new("Fields[lineMetered]", "yes"), new("Fields[declaredAmount]", "1"), new("Fields[declaredUnit]", "kg"),
            new("Fields[boundary]", "cradle-to-gate"), new("Fields[allocation]", "mass"), new("Fields[filledBy]", "王工"), new("Stamp", ""),
        ], product)).StatusCode);
        var line = $"/DataCollection/Line/{id}/1";
        Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostFormAsync(line,
        [
            new("Stage", "Production"), new("Fields[name]", "电力"), new("Fields[amount]", "10000"), new("Fields[unit]", "kWh"),
            new("Fields[dataKind]", "primary"), new("Fields[factor]", "cn-elec-lcf-2023-national-average"), new("Fields[plantLevel]", "no"),
            new("Fields[cutOff]", "no"), new("Stamp", ""),
        ], line)).StatusCode);

        // Unit 1 takes its film from unit 2 instead of the library's film factor.
        await ImportAsync(applicant, id, Workbook(p, fill => fill.Set("原材料获取", "J5", "process:unit-2")));
        var checks = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}/inventories/0/checks");
        // Film from unit 2: 10 000 kWh × 0.6205 / 5 000 kg = 1.241 kg CO2e/kg; 800 kg × 1.241 = 992.8.
        // Unit 1: 992.8 + truck 16 + aluminium 7 200 + electricity 6 205 = 14 413.8 / 10 000 pieces = 1.44138.
        Assert.Equal(1.44138, checks.GetProperty("totalKgCO2e").GetDouble(), 9);
        var model = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}/inventories/0/model");
        Assert.Contains(model.GetProperty("processes").EnumerateArray(), x => x.GetProperty("id").GetString() == "unit-2/production");
    }

    [Fact]
    public async Task The_model_built_from_the_inventory_is_submitted_as_the_applications_next_model_version()
    {
        var p = await FactorsAsync();
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await ApplicationAsync(applicant);
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        await WorkflowScenarios<THost>.CecToInspection(applicant, manager, inspector, id);

        await ImportAsync(applicant, id, Workbook(p));
        var page = $"/DataCollection/Inventory/{id}/0";
        var lineUrl = System.Text.RegularExpressions.Regex.Match(await applicant.GetPageAsync(page), "/DataCollection/Line/[0-9a-f-]{36}/0/[0-9a-f-]{36}").Value;
        await applicant.PostMultipartAsync($"{lineUrl}?handler=Evidence", lineUrl, [new("kind", "meter-reading")], "file", "电表.pdf", Pdf);
        var file = System.Text.RegularExpressions.Regex.Match(await applicant.GetPageAsync(lineUrl), "/api/v1/files/[0-9a-f-]{36}").Value;
        Assert.Equal(HttpStatusCode.OK, (await inspector.Http.GetAsync(file)).StatusCode); // on the team
        var (stranger, _, _) = await Scenario.NewApplicantAsync(host);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync(file)).StatusCode);
        stranger.Dispose();
        var submitted = await applicant.PostFormAsync($"{page}?handler=Submit", [], page);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var application = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        var version = Assert.Single(application.GetProperty("modelVersions").EnumerateArray());
        Assert.Equal(1.5021, version.GetProperty("totalKgCO2e").GetDouble(), 9); // the hand-checked figure above
        Assert.Contains("cn-elec-lcf-2023-national-average@1", await inspector.GetPageAsync($"/Applications/Model/{id}/1"));
    }

    private static List<KeyValuePair<string, string>> Line(string p, string amount, string stamp) =>
    [
        new("Stage", "RawMaterialAcquisition"), new("Fields[name]", "铝箔"), new("Fields[amount]", amount), new("Fields[unit]", "kg"),
        new("Fields[acquisition]", "purchased"), new("Fields[dataSource]", "采购台账"), new("Fields[dataKind]", "secondary"),
        new("Fields[factor]", $"{p}-alu"), new("Fields[plantLevel]", "no"), new("Fields[cutOff]", "no"),
        new("Stamp", stamp),
    ];
}

public sealed class DataCollectionOnSqlite(SqliteHost host) : DataCollectionScenarios<SqliteHost>(host);

public sealed class DataCollectionOnPostgreSql(PostgreSqlHost host) : DataCollectionScenarios<PostgreSqlHost>(host);
