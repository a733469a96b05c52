using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.DataCollection;

/// <summary>
/// Issue 18 on each provider: evidence that survives a re-import, the draft result before submission, errors handed
/// back in the workbook, clear limits, and factors an engineer can pick.
/// </summary>
public abstract class TrustedCollectionScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string Cec = "cec-7065cvp-a0";
    private static readonly byte[] Pdf = "%PDF-1.4\n% evidence\n"u8.ToArray();

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }

    /// <summary>Illustrative test factors (not published values): film 2.0 kg CO2e/kg, aluminium 18.0, truck 0.1 per t·km.</summary>
    private async Task<string> FactorsAsync()
    {
        using var manager = await SignedIn(Demo.Manager);
        var p = "tc" + Guid.NewGuid().ToString("N")[..8];
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
                .Line("生产制造", 8, "电力", 50000, "kWh", "外购", null, null, null, "电表读数", "初级", "cn-elec-lcf-2023-national-average", "是", "否", "全厂");
            change?.Invoke(fill);
        });
        return stream.ToArray();
    }

    private static async Task<JsonElement> ImportAsync(TestClient applicant, Guid id, byte[] workbook)
    {
        var page = $"/DataCollection/Inventory/{id}/0";
        var upload = await applicant.PostMultipartAsync($"{page}?handler=Upload", page, [], "file", "清单.xlsx", workbook);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        return await WaitAsync(applicant, upload.Headers.Location!.OriginalString.Split("import=")[1]);
    }

    private static async Task<JsonElement> WaitAsync(TestClient applicant, string importId)
    {
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

    private static string LineUrl(string inventoryPage, string name) =>
        Regex.Matches(inventoryPage, "<tr data-testid=\"inventory-line\">(.*?)</tr>", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).Where(row => row.Contains($"<td>{name}</td>", StringComparison.Ordinal))
            .Select(row => Regex.Match(row, "/DataCollection/Line/[0-9a-f-]{36}/0/[0-9a-f-]{36}").Value).Single();

    [Fact]
    public async Task A_reimport_keeps_evidence_by_stage_and_data_type_and_what_it_cannot_match_waits_for_confirmation()
    {
        var p = await FactorsAsync();
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await WorkflowScenarios<THost>.Draft(applicant, Cec, "electronic-components");
        var page = $"/DataCollection/Inventory/{id}/0";
        await ImportAsync(applicant, id, Workbook(p));
        var inventory = await applicant.GetPageAsync(page);
        var alu = LineUrl(inventory, "铝箔");
        var power = LineUrl(inventory, "电力");
        Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostMultipartAsync($"{alu}?handler=Evidence", alu, [new("kind", "invoice")], "file", "铝箔发票.pdf", Pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostMultipartAsync($"{power}?handler=Evidence", power, [new("kind", "meter-reading")], "file", "电表.pdf", Pdf)).StatusCode);

        // The same workbook again: every line finds its counterpart, the import goes through and the files stay.
        var same = await ImportAsync(applicant, id, Workbook(p));
        Assert.Equal("Accepted", same.GetProperty("status").GetString());
        inventory = WebUtility.HtmlDecode(await applicant.GetPageAsync(page));
        Assert.Contains("铝箔发票.pdf", await applicant.GetPageAsync(LineUrl(inventory, "铝箔")));
        Assert.Contains("电表.pdf", await applicant.GetPageAsync(LineUrl(inventory, "电力")));

        // A corrected workbook: 铝箔 becomes 420 kg (same stage and type: keeps its invoice); 电力 renamed 电力（全厂）: its
        // meter reading matches nothing, so nothing is replaced until the applicant confirms.
        var changed = Workbook(p, fill => fill.Set("原材料获取", "B6", 420).Set("生产制造", "A8", "电力（全厂）"));
        var waiting = await ImportAsync(applicant, id, changed);
        Assert.Equal(("AwaitingConfirmation", 1), (waiting.GetProperty("status").GetString(), waiting.GetProperty("issues").GetInt32()));
        inventory = WebUtility.HtmlDecode(await applicant.GetPageAsync(page));
        Assert.Contains("“电力”的证据文件（电表.pdf）在新工作簿中没有同阶段、同数据类型的行与之对应", inventory);
        Assert.Contains("1.5021 kg CO2e", inventory); // still the old inventory: 15 021 kg CO2e / 10 000 pieces
        var importId = waiting.GetProperty("id").GetString()!;

        var confirmed = await applicant.PostFormAsync($"{page}?handler=Confirm", [new("importId", importId)], page);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("Accepted", (await WaitAsync(applicant, importId)).GetProperty("status").GetString());
        inventory = WebUtility.HtmlDecode(await applicant.GetPageAsync(page));
        // 铝箔 420 kg: 15 021 + 20 × 18.0 = 15 381 → 1.5381 per piece.
        Assert.Contains("1.5381 kg CO2e", inventory);
        Assert.Contains("铝箔发票.pdf", await applicant.GetPageAsync(LineUrl(inventory, "铝箔")));
        Assert.DoesNotContain("电表.pdf", await applicant.GetPageAsync(LineUrl(inventory, "电力（全厂）")));
        // The report keeps what lost its line; a second confirmation is refused and changes nothing.
        Assert.Contains("电表.pdf", WebUtility.HtmlDecode(await applicant.GetPageAsync($"/DataCollection/ImportReport/{importId}")));
        var again = await applicant.PostFormAsync($"{page}?handler=Confirm", [new("importId", importId)], page);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("没有待确认的导入", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_refused_workbook_comes_back_with_its_faulty_cells_marked_and_every_error_in_a_file()
    {
        var p = await FactorsAsync();
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await WorkflowScenarios<THost>.Draft(applicant, Cec, "electronic-components");
        // 600 rows whose amount is not a number: more than the 500 the page shows.
        var status = await ImportAsync(applicant, id, Workbook(p, fill =>
        {
            for (var row = 20; row < 620; row++)
            {
                fill.Line("原材料获取", row, "薄膜", "八百", "kg", null, null, null, null, null, "初级", $"{p}-film");
            }
        }));
        Assert.Equal(("Refused", 600), (status.GetProperty("status").GetString(), status.GetProperty("issues").GetInt32()));
        var importId = status.GetProperty("id").GetString();
        var report = WebUtility.HtmlDecode(await applicant.GetPageAsync($"/DataCollection/ImportReport/{importId}"));
        Assert.Contains("页面只显示前 500 条，共 600 条", report);

        var csv = Encoding.UTF8.GetString(await applicant.Http.GetByteArrayAsync($"/api/v1/inventory-imports/{importId}/issues.csv")).TrimStart('\uFEFF');
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(601, lines.Length); // header + every error
        Assert.StartsWith("\"工作表\",\"行\",\"列\",\"字段\",\"问题\"", lines[0]);
        Assert.Contains("\"原材料获取\",619,\"B\",\"用量/数值\",\"工作表“原材料获取”第 619 行 B 列（用量/数值）：“八百”不是数字\"", csv);

        var marked = await applicant.Http.GetByteArrayAsync($"/api/v1/inventory-imports/{importId}/marked.xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(marked), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal("导入错误", sheets[0].Name!.Value); // opens on the list
        Cell? CellOf(string sheet, string reference) => ((WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == sheet).Id!.Value!))
            .Worksheet!.Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);
        string TextOf(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
        Assert.Equal(601, ((WorksheetPart)workbook.GetPartById(sheets[0].Id!.Value!)).Worksheet!.Descendants<Row>().Count());
        var faulty = CellOf("原材料获取", "B20")!;
        var fill = workbook.WorkbookStylesPart!.Stylesheet!.Fills!.Elements<Fill>()
            .ElementAt((int)workbook.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)faulty.StyleIndex!.Value).FillId!.Value);
        Assert.Equal("FFFFC7CE", fill.PatternFill!.ForegroundColor!.Rgb!.Value); // red
        Assert.Equal("B：工作表“原材料获取”第 20 行 B 列（用量/数值）：“八百”不是数字", TextOf(CellOf("原材料获取", "U20")!));
        Assert.Equal("八百", TextOf(faulty)); // the applicant's value stays, only marked
        // Staff can read it too; another organisation cannot.
        var (stranger, _, _) = await Infrastructure.Scenario.NewApplicantAsync(host);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/inventory-imports/{importId}/marked.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/inventory-imports/{importId}/issues.csv")).StatusCode);
        stranger.Dispose();
    }

    [Fact]
    public async Task The_draft_shows_the_footprint_by_stage_gas_and_line_with_its_quality_and_range_and_offers_no_submission_yet()
    {
        var p = await FactorsAsync();
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await WorkflowScenarios<THost>.Draft(applicant, Cec, "electronic-components");
        var before = DateTimeOffset.UtcNow;
        // Annex 2 (四): 1 200 kg shipped 300 km to destination 1 — outside a cradle-to-gate boundary.
        await ImportAsync(applicant, id, Workbook(p, fill => fill.Line("销售和运输", 5, "运输量 目的地 1", 1200, "kg", "自产", 300, "上海",
            "transport-hgv-diesel-average", "发货单", "初级", null, "否", "否")));
        var html = await applicant.GetPageAsync($"/DataCollection/Inventory/{id}/0");
        var page = WebUtility.HtmlDecode(html);

        Assert.Contains("data-testid=\"draft-result\"", html);
        Assert.Contains("data-testid=\"chart-draft-stages\"", html);
        Assert.Contains("data-testid=\"chart-draft-gases\"", html);
        Assert.Contains("data-testid=\"chart-draft-lines\"", html);
        // Hotspots per piece (10 000 pieces, total 1.5021): 铝箔 400 × 18.0 / 10 000 = 0.72 (47.9 %);
        // 电力 10 000 kWh × 0.6205 / 10 000 = 0.6205 (41.3 %); 薄膜 0.16 + truck 0.0016 = 0.1616 (10.8 %).
        var hotspots = Regex.Matches(page, "<tr data-testid=\"draft-hotspot\">(.*?)</tr>", RegexOptions.Singleline).Select(m => Regex.Replace(m.Groups[1].Value, "<[^>]+>", "|")).ToList();
        Assert.Equal(3, hotspots.Count);
        Assert.Equal("|铝箔||原材料获取||0.72||47.9 %|", hotspots[0]);
        Assert.Equal("|电力||生产制造||0.6205||41.3 %|", hotspots[1]);
        Assert.Equal("|薄膜||原材料获取||0.1616||10.8 %|", hotspots[2]);
        // Stages translated; distribution is outside a cradle-to-gate boundary and says so instead of a zero bar.
        Assert.Contains("系统边界之外（不计入）：销售和运输、使用、废弃处置。", page);
        Assert.Contains("<small data-testid=\"inventory-line-outside\">边界外，不计入</small>", page); // the (四) line is marked, not an ordinary line
        // The library's test factors carry neither a distribution nor a rating: named as inputs without uncertainty.
        Assert.Contains($"铝箔 ({p}-alu@1)", page);
        Assert.Contains("活动数据按填写值视为确定值", page);
        Assert.Contains("95% 区间", page);
        // In draft the submit button is not there; the page says when it will be.
        Assert.DoesNotContain("data-testid=\"inventory-submit\"", html);
        Assert.Contains("申请进入碳足迹核查（或现场检查）阶段后即可提交", page);
        // Times in China time (UTC+8).
        var shown = DateTime.ParseExact(Regex.Match(page, "data-testid=\"inventory-import-time\">(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d)").Groups[1].Value,
            "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Assert.InRange(shown, before.UtcDateTime.AddHours(8).AddMinutes(-1), DateTime.UtcNow.AddHours(8).AddMinutes(1));
        Assert.Contains("（北京时间）", page);
    }

    [Fact]
    public async Task Evidence_is_refused_as_empty_or_too_large_in_words_and_the_upload_inputs_carry_their_limits()
    {
        var p = await FactorsAsync();
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await WorkflowScenarios<THost>.Draft(applicant, Cec, "electronic-components");
        await ImportAsync(applicant, id, Workbook(p));
        var line = LineUrl(await applicant.GetPageAsync($"/DataCollection/Inventory/{id}/0"), "铝箔");
        async Task<string> Refused(string name, byte[] content)
        {
            var response = await applicant.PostMultipartAsync($"{line}?handler=Evidence", line, [new("kind", "invoice")], "file", name, content);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }
        Assert.Contains("证据为空文件", await Refused("空.pdf", []));
        Assert.Contains("证据为 21.0 MB，超过 20 MB 的上限", await Refused("大.pdf", new byte[21 * 1024 * 1024]));
        Assert.Contains("证据的内容不是允许的类型", await Refused("x.pdf", "not a pdf"u8.ToArray()));
        // The browser refuses the same before sending (upload-limit.js), with the limit in Chinese.
        var form = WebUtility.HtmlDecode(await applicant.GetPageAsync(line));
        Assert.Contains("data-max-bytes=\"20971520\"", form);
        Assert.Contains("所选文件超过 20 MB 的上限，未上传。", form);
        Assert.Contains("所选文件为空文件（0 字节），未上传。", form);
        Assert.Contains("所选文件超过 30 MB 的上限，未上传。", WebUtility.HtmlDecode(await applicant.GetPageAsync($"/DataCollection/Inventory/{id}/0")));
    }

    [Fact]
    public async Task The_library_seeds_road_freight_factors_with_source_and_licence_and_the_template_and_form_offer_them_by_chinese_name()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        // 2012 Defra/DECC Annex 7 Table 7e, all HGVs UK average: direct 0.12366 + indirect 0.02627 = 0.14993 kg CO2e per t·km.
        var factor = (await applicant.Http.GetFromJsonAsync<JsonElement>("/api/v1/factors/transport-hgv-diesel-average"))[0];
        Assert.Equal(0.14993, factor.GetProperty("kgCO2e").GetDouble(), 12);
        Assert.Equal("t*km", factor.GetProperty("unit").GetString());
        Assert.Contains("Table 7e", factor.GetProperty("source").GetString());
        Assert.Contains("Open Government Licence", factor.GetProperty("licenceNote").GetString());
        Assert.Equal("C2", factor.GetProperty("status").GetString());

        var id = await WorkflowScenarios<THost>.Draft(applicant, Cec, "electronic-components");
        var template = await applicant.Http.GetByteArrayAsync($"/api/v1/applications/{id}/inventories/0/template");
        using var document = SpreadsheetDocument.Open(new MemoryStream(template), false);
        var workbook = document.WorkbookPart!;
        string SheetText(string name) => ((WorksheetPart)workbook.GetPartById(workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!.Value!))
            .Worksheet!.InnerText;
        // The transport drop-down's list is never empty: the seeded freight factors are in it.
        Assert.Contains("transport-hgv-diesel-artic-33t", SheetText("选项"));
        Assert.Contains("运输量 目的地 1", SheetText("销售和运输")); // annex 2 (四) as printed
        Assert.Contains("储存过程能耗 热能", SheetText("销售和运输"));
        var factors = SheetText("排放因子");
        Assert.Contains("柴油货车公路运输（重型货车平均）", factors);
        Assert.Contains("cn-elec-lcf-2023-national-average", factors);
        var stage = ((WorksheetPart)workbook.GetPartById(workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == "原材料获取").Id!.Value!)).Worksheet!;
        Assert.Contains(stage.Descendants<DataValidation>(), v => v.SequenceOfReferences!.InnerText!.StartsWith("J5:", StringComparison.Ordinal) && v.ShowErrorMessage?.Value == false);

        // The line form's picker lists the factors by Chinese name; the transport one only t·km factors.
        var form = WebUtility.HtmlDecode(await applicant.GetPageAsync($"/DataCollection/Line/{id}/0"));
        Assert.Contains("<option value=\"transport-hgv-diesel-average\" label=\"柴油货车公路运输（重型货车平均） · t*km\">", form);
        var transportList = Regex.Match(form, "<datalist id=\"factor-list-transport\".*?</datalist>", RegexOptions.Singleline).Value;
        Assert.Contains("transport-hgv-diesel-rigid-17t", transportList);
        Assert.DoesNotContain("cn-elec-lcf-2023-national-average", transportList);
    }

    [Fact]
    public async Task An_applicant_adds_its_suppliers_factor_with_the_document_for_its_own_applications_and_the_body_reviews_it()
    {
        var p = await FactorsAsync();
        using var applicant = await SignedIn(Demo.Applicant);
        const string page = "/Factors/Supplier";
        List<KeyValuePair<string, string>> Fields(string value) =>
        [
            new("Input.NameZh", "聚丙烯薄膜（供应商甲）"), new("Input.NameEn", ""), new("Input.Category", "material"), new("Input.Unit", "kg"),
            new("Input.KgCO2e", value), new("Input.Kind", "epd"), new("Input.Source", "供应商甲 EPD S-P-01234，有效期至 2028-12-31"), new("Input.Year", "2024"),
        ];
        var noDocument = await applicant.PostMultipartAsync(page, page, Fields("2.5"), "document", "epd.pdf", []);
        Assert.Equal(HttpStatusCode.OK, noDocument.StatusCode);
        Assert.Contains("依据文件（EPD 或碳足迹报告）为空文件", WebUtility.HtmlDecode(await noDocument.Content.ReadAsStringAsync()));
        var negative = await applicant.PostMultipartAsync(page, page, Fields("-1"), "document", "epd.pdf", Pdf);
        Assert.Contains("因子值（kg CO2e/单位）：“-1”不是非负数值", WebUtility.HtmlDecode(await negative.Content.ReadAsStringAsync()));
        var added = await applicant.PostMultipartAsync(page, page, Fields("2.5"), "document", "epd.pdf", Pdf);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var code = added.Headers.Location!.OriginalString.Split("/Factors/Details/")[1];
        var mine = (await applicant.Http.GetFromJsonAsync<JsonElement>("/api/v1/factors?q=供应商甲")).EnumerateArray().Single();
        Assert.Equal((code, "supplier", 2.5), (mine.GetProperty("code").GetString(), mine.GetProperty("status").GetString(), mine.GetProperty("kgCO2e").GetDouble()));

        // Used in the applicant's own inventory: film 800 kg × 2.5 = 2 000 instead of 1 600 → 15 421 / 10 000 = 1.5421 per piece.
        var id = await WorkflowScenarios<THost>.Draft(applicant, Cec, "electronic-components");
        Assert.Equal("Accepted", (await ImportAsync(applicant, id, Workbook(p, fill => fill.Set("原材料获取", "J5", code)))).GetProperty("status").GetString());
        var checks = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}/inventories/0/checks");
        Assert.Equal(1.5421, checks.GetProperty("totalKgCO2e").GetDouble(), 9);
        Assert.Contains(code, WebUtility.HtmlDecode(await applicant.GetPageAsync($"/DataCollection/Line/{id}/0")));

        // Another organisation neither sees nor resolves it.
        var (stranger, _, _) = await Infrastructure.Scenario.NewApplicantAsync(host);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/factors/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/factors/{code}/versions/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/Factors/Details/{code}")).StatusCode);
        Assert.Empty((await stranger.Http.GetFromJsonAsync<JsonElement>("/api/v1/factors?q=供应商甲")).EnumerateArray());
        var theirs = await WorkflowScenarios<THost>.Draft(stranger, Cec, "electronic-components");
        var refused = await ImportAsync(stranger, theirs, Workbook(p, fill => fill.Set("原材料获取", "J5", code)));
        Assert.Equal(("Refused", 1), (refused.GetProperty("status").GetString(), refused.GetProperty("issues").GetInt32()));
        stranger.Dispose();

        // The applicant cannot review its own factor; the certification manager reviews it against the document: a new version.
        var details = $"/Factors/Details/{code}";
        var self = await applicant.PostFormAsync($"{details}?handler=Review", [new("Note", "ok")], details);
        Assert.StartsWith("/Account/AccessDenied", self.Headers.Location!.PathAndQuery);
        using var manager = await SignedIn(Demo.Manager);
        var html = await manager.GetPageAsync(details);
        Assert.Contains("data-testid=\"factor-document\"", html);
        var stamp = Regex.Match(html, "name=\"stamp\" value=\"([^\"]*)\"").Groups[1].Value;
        var empty = await manager.PostFormAsync($"{details}?handler=Review", [new("stamp", stamp), new("Note", "")], details);
        Assert.Contains("请填写审核意见", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
        var reviewed = await manager.PostFormAsync($"{details}?handler=Review", [new("stamp", stamp), new("Note", "与 EPD 第 4 页核对一致")], details);
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        var versions = (await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors/{code}")).EnumerateArray().ToList();
        Assert.Equal(["supplier", "reviewed"], versions.Select(v => v.GetProperty("status").GetString()));
        Assert.Contains("与 EPD 第 4 页核对一致", versions[1].GetProperty("changeNote").GetString());
        var twice = await manager.PostFormAsync($"{details}?handler=Review", [new("stamp", stamp), new("Note", "again")], details);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode); // the stamp is stale and the factor already reviewed
    }

    [Fact]
    public async Task A_primary_data_line_carries_the_CEC_table_2_record_in_the_workbook_and_the_form_and_a_first_layout_workbook_still_imports()
    {
        var p = await FactorsAsync();
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await WorkflowScenarios<THost>.Draft(applicant, Cec, "electronic-components");
        // CEC-7065CVP-A/0 5.4.3 a) table 2 for the metered electricity (columns N … T).
        await ImportAsync(applicant, id, Workbook(p, fill => fill
            .Set("生产制造", "N8", "全厂生产用电").Set("生产制造", "O8", "总配电室进线柜").Set("生产制造", "P8", "三相电能表 0.5S 级，2025-03 检定")
            .Set("生产制造", "Q8", "按 GB/T 2589 抄表计量").Set("生产制造", "R8", "每月抄表，台账保存 3 年").Set("生产制造", "S8", "电费单交叉核对")
            .Set("生产制造", "T8", "生产制造阶段电力消耗")));
        var inventory = await applicant.GetPageAsync($"/DataCollection/Inventory/{id}/0");
        var form = WebUtility.HtmlDecode(await applicant.GetPageAsync(LineUrl(inventory, "电力")));
        Assert.Contains("初级数据记录（CEC 认证规则表 2", form);
        Assert.Contains("value=\"总配电室进线柜\"", form);
        Assert.Contains("value=\"三相电能表 0.5S 级，2025-03 检定\"", form);
        // The export writes the record back; it re-imports to the same record.
        var exported = await applicant.Http.GetByteArrayAsync($"/api/v1/applications/{id}/inventories/0/export");
        using (var document = SpreadsheetDocument.Open(new MemoryStream(exported), false))
        {
            var part = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == "生产制造").Id!.Value!);
            Assert.Contains("电费单交叉核对", part.Worksheet!.InnerText);
            Assert.Contains("初级数据：监测仪表", part.Worksheet.InnerText);
        }
        Assert.Equal("Accepted", (await ImportAsync(applicant, id, exported)).GetProperty("status").GetString());

        // A workbook of the first template (headers A … M only) still imports.
        var first = Workbook(p, fill =>
        {
            foreach (var sheet in new[] { "原材料获取", "生产制造", "销售和运输" })
            {
                foreach (var column in "NOPQRST")
                {
                    fill.Set(sheet, $"{column}4", null);
                }
            }
        });
        Assert.Equal("Accepted", (await ImportAsync(applicant, id, first)).GetProperty("status").GetString());
    }
}

public sealed class TrustedCollectionOnSqlite(SqliteHost host) : TrustedCollectionScenarios<SqliteHost>(host);

public sealed class TrustedCollectionOnPostgreSql(PostgreSqlHost host) : TrustedCollectionScenarios<PostgreSqlHost>(host);
