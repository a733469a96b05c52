using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using PcfCert.Web.Features.Lists;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Workspace;

/// <summary>The application list filters by text, scheme, status and assigned person, and exports what it found.</summary>
public abstract class SearchScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task Filters_narrow_the_list_and_the_export_holds_the_same_rows()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        using var manager = await SignedIn(Demo.Manager);
        using var inspector = await SignedIn(Demo.Inspector);
        var cec = await WorkflowScenarios<THost>.Draft(applicant, "cec-7065cvp-a0", "electronic-components");
        var pcec = await WorkflowScenarios<THost>.Draft(applicant, "zcxh-xz-15-2024-v4.0", "submersible-pump");
        await WorkflowScenarios<THost>.CecToInspection(applicant, manager, inspector, cec);
        var cecNumber = await NumberOf(applicant, cec);
        var pcecNumber = await NumberOf(applicant, pcec);

        var byNumber = await manager.GetPageAsync($"/Applications?Filter.Q={cecNumber}");
        Assert.Contains(cecNumber, byNumber);
        Assert.DoesNotContain(pcecNumber, byNumber);
        var byStatus = await manager.GetPageAsync("/Applications?Filter.Status=Draft&Filter.Scheme=zcxh-xz-15-2024-v4.0");
        Assert.Contains(pcecNumber, byStatus);
        Assert.DoesNotContain(cecNumber, byStatus);
        var byPerson = await manager.GetPageAsync("/Applications?Filter.Person=张检查员");
        Assert.Contains(cecNumber, byPerson);
        Assert.DoesNotContain(pcecNumber, byPerson);
        // Credit code of the demo applicant (WorkflowScenarios form) finds both; a code nobody has finds none.
        var byCode = await manager.GetPageAsync("/Applications?Filter.Q=91320594MA1N2K3P4Y");
        Assert.Contains(cecNumber, byCode);
        Assert.Contains(pcecNumber, byCode);
        Assert.Contains("data-testid=\"timebar\"", byCode); // the accepted CEC application has a running time limit

        var csv = await manager.Http.GetAsync($"/Applications?handler=Export&format=csv&Filter.Person=张检查员");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFF", text);
        Assert.Contains(cecNumber, text);
        Assert.DoesNotContain(pcecNumber, text);
        Assert.Contains("张检查员", text);

        var xlsx = await manager.Http.GetAsync($"/Applications?handler=Export&format=xlsx&Filter.Q={cecNumber}");
        using var book = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var cells = book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text).ToList();
        Assert.Contains(cecNumber, cells);
        Assert.Equal("申请编号", cells[0]);
    }

    [Fact]
    public void Csv_quotes_separators_and_neutralises_formulas()
    {
        var bytes = ListExport.Csv(["a", "b"], [["x,y", "=HYPERLINK(\"http://evil\")"]]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal("a,b\r\n\"x,y\",\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n", text);
    }

    private static async Task<string> NumberOf(TestClient client, Guid id) =>
        (await client.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}")).GetProperty("number").GetString()!;

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }
}

public sealed class SearchOnSqlite(SqliteHost host) : SearchScenarios<SqliteHost>(host);

public sealed class SearchOnPostgreSql(PostgreSqlHost host) : SearchScenarios<PostgreSqlHost>(host);
