using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.DataCollection;

/// <summary>
/// CEC-7065CVP-A/0 annex 2 as printed, on each provider (issue 18 item 8, issue 17 item 13): each stage sheet's 综合信息
/// (填表日期, 填表人, 数据收集对象) is read, checked, stored, shown and exported; the distribution stage is shown outside a
/// cradle-to-gate boundary.
/// </summary>
public abstract class AnnexTwoSheetScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }

    // Lines without a factor: the header block is what is checked here, not the footprint.
    private static byte[] Workbook(Action<WorkbookFiller>? change = null)
    {
        using var stream = InventoryWorkbookTests.FilledWorkbook(fill =>
        {
            fill.Set("原材料获取", "J5", null).Set("原材料获取", "G5", null).Set("原材料获取", "J6", null).Set("生产制造", "J8", null)
                .Line("销售和运输", 5, "运输量 目的地 1", 1200, "kg", "外购", 300, "上海", null, "发货单", "初级", null, "否", "否")
                .Set("销售和运输", "F2", "2026-01-20").Set("销售和运输", "H2", "周工");
            change?.Invoke(fill);
        });
        return stream.ToArray();
    }

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
    public async Task CEC_annex_2_fill_in_date_person_and_collection_object_are_stored_shown_and_exported_and_distribution_is_outside_the_boundary()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await WorkflowScenarios<THost>.Draft(applicant, "cec-7065cvp-a0", "electronic-components");
        var status = await ImportAsync(applicant, id, Workbook());
        Assert.Equal("Accepted", status.GetProperty("status").GetString());

        var page = WebUtility.HtmlDecode(await applicant.GetPageAsync($"/DataCollection/Inventory/{id}/0"));
        Assert.Contains("各阶段数据收集表综合信息", page);
        Assert.Contains("<td data-testid=\"sheet-filled-on\">2026-01-15</td><td data-testid=\"sheet-filled-by\">李工</td>", page);
        Assert.Contains("<td data-testid=\"sheet-filled-on\">2026-01-20</td><td data-testid=\"sheet-filled-by\">周工</td>", page);
        Assert.Contains("<td data-testid=\"sheet-collection-object\">薄膜电容器原材料的生产</td>", page);
        // Cradle to gate (the template's boundary): 销售和运输 is said to be outside it, on its sheet and on its line.
        Assert.Contains("系统边界为从摇篮到大门，本阶段在边界外，不计入碳足迹", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "data-testid=\"inventory-sheet-outside\""));
        Assert.Contains("data-testid=\"inventory-line-outside\"", page);

        // Written back to the exported workbook where the template has them.
        var exported = await applicant.Http.GetByteArrayAsync($"/api/v1/applications/{id}/inventories/0/export");
        var sheets = InventoryWorkbookReader.Read(new MemoryStream(exported)).Sheets;
        Assert.Equal([("2026-01-15", "李工"), ("2026-01-15", "李工"), ("2026-01-20", "周工")], sheets.Select(s => (s.FilledOn!.Value, s.FilledBy!.Value)));
        Assert.Equal("薄膜电容器的销售和运输", sheets[2].CollectionObject!.Value);
        Assert.Equal("Accepted", (await ImportAsync(applicant, id, exported)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_sheet_without_its_fill_in_date_or_person_is_refused_with_the_sheet_and_cell_named_and_marked()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await WorkflowScenarios<THost>.Draft(applicant, "cec-7065cvp-a0", "electronic-components");
        var status = await ImportAsync(applicant, id, Workbook(fill => fill.Set("生产制造", "F2", "去年").Set("原材料获取", "H2", null)));
        Assert.Equal(("Refused", 2), (status.GetProperty("status").GetString(), status.GetProperty("issues").GetInt32()));
        var page = WebUtility.HtmlDecode(await applicant.GetPageAsync($"/DataCollection/Inventory/{id}/0"));
        Assert.Contains("尚无产品基本信息", page); // nothing saved
        var reportLink = System.Text.RegularExpressions.Regex.Match(page, "/DataCollection/ImportReport/([0-9a-f-]{36})").Value;
        var report = WebUtility.HtmlDecode(await applicant.GetPageAsync(reportLink));
        Assert.Contains("工作表“原材料获取”第 2 行 H 列（填表人）：必填，但为空", report);
        Assert.Contains("工作表“生产制造”第 2 行 F 列（填表日期）：“去年”不是日期（YYYY-MM-DD）", report);
    }
}

public sealed class AnnexTwoSheetOnSqlite(SqliteHost host) : AnnexTwoSheetScenarios<SqliteHost>(host);

public sealed class AnnexTwoSheetOnPostgreSql(PostgreSqlHost host) : AnnexTwoSheetScenarios<PostgreSqlHost>(host);
