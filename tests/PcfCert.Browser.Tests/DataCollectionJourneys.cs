using Microsoft.Playwright;
using PcfCert.Web.Tests.DataCollection;
using static Microsoft.Playwright.Assertions;

namespace PcfCert.Browser.Tests;

/// <summary>A factory's engineer turns the annex 2 template into a checked footprint model in the browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DataCollectionJourneys(BrowserFixture browser)
{
    [Fact]
    public Task Template_downloaded_filled_uploaded_with_progress_corrected_in_the_form_checked_and_charted_in_draft() =>
        browser.RunAsync(nameof(Template_downloaded_filled_uploaded_with_progress_corrected_in_the_form_checked_and_charted_in_draft), async open =>
        {
            // The manager adds a material factor to the library (illustrative value, not a published one).
            var manager = await open("manager@demo.pcfcert.cn");
            var film = "film-" + Guid.NewGuid().ToString("N")[..8];
            await manager.GotoAsync("/Factors/Import");
            await manager.GetByTestId("factor-import-file").SetInputFilesAsync(new FilePayload
            {
                Name = "factors.csv", MimeType = "text/csv",
                Buffer = System.Text.Encoding.UTF8.GetBytes($"code,name_zh,name_en,category,unit,kgco2e,source\n{film},聚丙烯薄膜,polypropylene film,material,kg,2.0,illustrative\n"),
            });
            await manager.GetByTestId("factor-import-submit").ClickAsync();
            await Expect(manager.GetByTestId("factor-import-result")).ToContainTextAsync("新增 1 个");

            var applicant = await open("applicant@demo.pcfcert.cn");
            await applicant.GotoAsync("/Applications");
            await applicant.GetByTestId("new-scheme").SelectOptionAsync("cec-7065cvp-a0");
            await applicant.GetByTestId("new-application").ClickAsync();
            await applicant.GetByTestId("unit-product-0").SelectOptionAsync("electronic-components");
            await applicant.GetByTestId("unit-model-0").FillAsync("CBB65 450V 30uF");
            await applicant.GetByTestId("unit-standard-0").FillAsync("GB/T 3667.1");
            await applicant.GetByTestId("unit-site-0").FillAsync("江苏省苏州市工业园区星湖街 100 号");
            await Intake.FormExtras(applicant, "交流电动机电容器");
            await applicant.GetByTestId("save-form").ClickAsync();
            await applicant.GetByTestId("data-collection-unit").ClickAsync();
            await Expect(applicant.GetByTestId("inventory-template")).ToBeVisibleAsync();

            var download = await applicant.RunAndWaitForDownloadAsync(() => applicant.GetByTestId("inventory-template").ClickAsync());
            var path = Path.Combine(Path.GetTempPath(), $"pcfcert-template-{Guid.NewGuid():N}.xlsx");
            await download.SaveAsAsync(path);
            try
            {
                await using (var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
                using (var fill = new WorkbookFiller(stream))
                {
                    fill.CapacitorProduct2025()
                        .Line("原材料获取", 5, "薄膜", 1212, "kg", "外购", null, null, null, "采购发票", "初级", film, "否", "否")
                        .Line("生产制造", 6, "燃料", 300, "kg", "外购", null, null, null, "加油记录", "初级", "cn-fuel-diesel", "否", "否", "柴油")
                        .Line("生产制造", 7, "水", 100, "m3", "外购", null, null, null, "水费单", "次级", null, "否", "否")
                        .Line("生产制造", 8, "电力", 50000, "kWh", "外购", null, null, null, "电表读数", "初级", "cn-elec-lcf-2023-national-average", "是", "否", "全厂");
                }
                await applicant.GetByTestId("inventory-file").SetInputFilesAsync(path);
                await applicant.GetByTestId("inventory-upload").ClickAsync();
            }
            finally
            {
                File.Delete(path);
            }
            // The page follows the import and shows the result when it is done.
            await Expect(applicant.GetByTestId("inventory-import-status").First).ToHaveTextAsync("已导入", new() { Timeout = 30_000 });
            await Expect(applicant.GetByTestId("inventory-line")).ToHaveCountAsync(4);
            await Expect(applicant.GetByTestId("check-without-factor")).ToContainTextAsync("水");
            await Expect(applicant.GetByTestId("inventory-submit")).ToHaveCountAsync(0); // a draft cannot be submitted: no button
            await Expect(applicant.GetByTestId("inventory-allocation")).ToContainTextAsync("0.2"); // 1 200 kg / 6 000 kg

            // The water line gets its evidence, then is removed in the form: water carries no emission in this model.
            await applicant.GetByTestId("inventory-line").Filter(new() { HasText = "水" }).GetByTestId("inventory-line-open").ClickAsync();
            await applicant.GetByTestId("evidence-file").SetInputFilesAsync(new FilePayload { Name = "水费单.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%\n"u8.ToArray() });
            await applicant.GetByTestId("evidence-upload").ClickAsync();
            await Expect(applicant.GetByTestId("line-evidence")).ToContainTextAsync("水费单.pdf");
            await applicant.GetByTestId("line-amount").FillAsync("-5");
            await applicant.GetByTestId("line-save").ClickAsync();
            await Expect(applicant.Locator(".errors")).ToContainTextAsync("用量/数值：-5 为负数");
            await applicant.GetByTestId("line-delete").ClickAsync();

            // film 1 212 kg × 2.0 = 2 424; diesel 300 kg × 3.0959 = 928.77; electricity 50 000 kWh × 0.2 × 0.6205 = 6 205;
            // 9 557.77 kg CO2e / 10 000 pieces = 0.955777 kg CO2e per piece.
            await Expect(applicant.GetByTestId("inventory-total")).ToContainTextAsync("0.955777 kg CO2e");
            await Expect(applicant.GetByTestId("check-without-factor")).ToContainTextAsync("无");
            await Expect(applicant.GetByTestId("check-mass-balance")).ToContainTextAsync("通过"); // 0.1212 kg ≥ 0.12 kg
            await Expect(applicant.Locator(".errors")).ToHaveCountAsync(0);

            // Issue 18 item 5: the charted result while still in draft. Per piece: electricity 0.6205 (64.9 %), film
            // 0.2424 (25.4 %), diesel 0.092877 (9.7 %) of 0.955777; stages in Chinese; distribution outside the boundary.
            await Expect(applicant.GetByTestId("draft-total")).ToContainTextAsync("0.955777 kg CO2e");
            await Expect(applicant.GetByTestId("chart-draft-stages")).ToContainTextAsync("原材料获取");
            await Expect(applicant.GetByTestId("chart-draft-stages").Locator("svg")).ToBeVisibleAsync();
            await Expect(applicant.GetByTestId("chart-draft-gases")).ToContainTextAsync("CO2");
            await Expect(applicant.GetByTestId("chart-draft-lines").Locator("rect[data-testid=bar]")).ToHaveCountAsync(3);
            await Expect(applicant.GetByTestId("draft-hotspot")).ToHaveCountAsync(3);
            await Expect(applicant.GetByTestId("draft-hotspot").First).ToContainTextAsync("64.9 %");
            await Expect(applicant.GetByTestId("draft-outside-boundary")).ToContainTextAsync("销售和运输");
            await Expect(applicant.GetByTestId("draft-uncertainty")).ToContainTextAsync("95% 区间");

            // Issue 16 item 5: the contribution tree. The production stage (root) is open and holds the raw-material stage:
            // own 0.6205 + 0.092877 = 0.713377 of 0.955777 = 74.64 %; raw materials 0.2424 / 0.955777 = 25.36 % cumulative.
            var tree = applicant.GetByTestId("contribution-tree");
            await Expect(tree).ToContainTextAsync("贡献树");
            var rawMaterials = tree.Locator("[data-testid=tree-node][data-process=raw-material-acquisition]");
            await Expect(rawMaterials).ToBeVisibleAsync();
            await Expect(rawMaterials.GetByTestId("tree-cumulative-share")).ToHaveTextAsync("25.36 %");
            await Expect(rawMaterials).ToContainTextAsync("原材料获取");
            await Expect(tree.GetByTestId("tree-own-share").First).ToHaveTextAsync("74.64 %");
            // A branch is a <details>: closing and opening it needs no script.
            var root = tree.GetByTestId("tree-branch-production").Locator("summary").First;
            await root.ClickAsync();
            await Expect(rawMaterials).ToBeHiddenAsync();
            await root.ClickAsync();
            await Expect(rawMaterials).ToBeVisibleAsync();
            await Expect(applicant.GetByTestId("inventory-not-submittable")).ToContainTextAsync("阶段后即可提交");
            await Expect(applicant.GetByTestId("inventory-submit")).ToHaveCountAsync(0);

            // The certification body reads the same inventory and the import report.
            await manager.GotoAsync(applicant.Url);
            await Expect(manager.GetByTestId("inventory-total")).ToContainTextAsync("0.955777");
            await manager.GetByTestId("inventory-import-report").First.ClickAsync();
            await Expect(manager.GetByTestId("report-matches")).ToContainTextAsync(film + "@1");
            Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
            await applicant.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "data-collection-inventory.png"), FullPage = true });
        });
}
