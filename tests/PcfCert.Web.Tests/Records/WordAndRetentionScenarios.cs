using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Records;
using PcfCert.Web.Localization;
using PcfCert.Web.Tests.Infrastructure;
using static PcfCert.Web.Tests.Records.RecordFileScenario;

namespace PcfCert.Web.Tests.Records;

/// <summary>The reports in Word with the team's edited version kept beside them; retention and deletion of a file.</summary>
public abstract class WordAndRetentionScenarios<TFixture>(TFixture f) where TFixture : RecordFiles
{
    [Fact]
    public async Task The_reports_come_as_docx_and_the_teams_edited_version_is_kept_as_final_beside_the_generated_one()
    {
        var generated = f.Pcec["documents/verification-report.docx"];
        using (var word = WordprocessingDocument.Open(new MemoryStream(generated), false))
        {
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            foreach (var section in RecordPdf.Names(RecordPdf.Scheme(Pcec).GetProperty("verificationReportSections")))
            {
                Assert.Contains(section, text);
            }
            Assert.Contains("张检查员", text);
        }
        using (var word = WordprocessingDocument.Open(new MemoryStream(f.Cec["documents/inspection-report.docx"]), false))
        {
            // The on-site inspection report in Word: CEC 5.6 a–d and every annex 3 clause, as in the PDF.
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            var cec = RecordPdf.Scheme(Cec);
            foreach (var item in RecordPdf.Names(cec.GetProperty("inspectionConclusionContents")))
            {
                Assert.Contains(item, text);
            }
            foreach (var clause in cec.GetProperty("factoryAssuranceChecklist").GetProperty("clauses").EnumerateArray())
            {
                Assert.Contains(clause.GetProperty("title").GetProperty("zh").GetString()!, text);
            }
            Assert.Contains(NcDescription, text);
        }

        // The team writes its narrative in Word and uploads it; the generated version stays.
        var edited = AddParagraph(generated, "检查组补充说明：潜油泵电机能耗数据已逐月核对。");
        using var inspector = await SignedIn(f.Host, Demo.Inspector);
        var page = $"/Applications/Details/{f.Files.PcecId}";
        var url = $"/api/v1/applications/{f.Files.PcecId}/records/verification-report/edited";
        var upload = await inspector.PostMultipartAsync(url, page, [new("language", "zh-CN")], "file", "核查报告-终稿.docx", edited);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(edited, await inspector.Http.GetByteArrayAsync(url + ".docx"));
        var list = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{f.Files.PcecId}/records");
        var docx = list.GetProperty("stored").EnumerateArray().Where(r => r.GetProperty("kind").GetString() == "verification-report" && r.GetProperty("format").GetString() == "docx").ToList();
        Assert.Contains(docx, r => r.GetProperty("origin").GetString() == "generated");
        Assert.Contains(docx, r => r.GetProperty("origin").GetString() == "edited");

        // Not a Word file: refused in Chinese naming the field. The applicant may not upload.
        var pdf = await inspector.PostMultipartAsync(url, page, [], "file", "report.docx", "%PDF-1.4\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        var problem = await pdf.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请上传 Word 文档（.docx）。", problem.GetProperty("errors").GetProperty("file")[0].GetString());
        using var applicant = await SignedIn(f.Host, Demo.Applicant);
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.PostMultipartAsync(url, page, [], "file", "x.docx", edited)).StatusCode);
    }

    [Fact]
    public async Task A_file_is_kept_for_the_schemes_retention_period_after_it_ends_listed_by_the_operator_command_and_only_then_deleted()
    {
        using var manager = await SignedIn(f.Host, Demo.Manager);
        // The CEC certificate is suspended, still in force: its file is open and cannot be deleted.
        var open = await manager.Http.DeleteAsync($"/api/v1/applications/{f.Files.CecId}/records");
        Assert.Equal(HttpStatusCode.Conflict, open.StatusCode);
        Assert.Contains("认证档案尚未结束", await open.Content.ReadAsStringAsync());

        // The refused CEC project ended on its decision day D: kept 24 months (CEC annex 3 2.3), deletable from D + 24 months + 1 day.
        var refused = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{f.Files.RefusedCecId}");
        var decided = DateOnly.Parse(refused.GetProperty("decision").GetProperty("on").GetString()!, CultureInfo.InvariantCulture);
        var cecFrom = decided.AddMonths(24).AddDays(1);
        var early = await manager.Http.DeleteAsync($"/api/v1/applications/{f.Files.RefusedCecId}/records");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains($"{cecFrom:yyyy-MM-dd} 起方可删除", await early.Content.ReadAsStringAsync());
        var list = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{f.Files.RefusedCecId}/records");
        Assert.Equal(cecFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), list.GetProperty("deletableFrom").GetString());

        // The operator command: on D + 24 months + 1 the refused CEC file is listed; PCEC's 36 months (annex 1 2.3) are not over.
        var output = new StringWriter();
        Assert.Equal(0, await RecordsCommand.RunAsync(f.Host.Services, output, ["records", "deletable", "--on", cecFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
        var lines = output.ToString();
        Assert.Contains(refused.GetProperty("number").GetString()!, lines);
        Assert.DoesNotContain(f.Files.PcecNumber, lines);
        Assert.DoesNotContain(f.Files.CecNumber, lines);
        var before = new StringWriter();
        await RecordsCommand.RunAsync(f.Host.Services, before, ["records", "deletable", "--on", cecFrom.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        Assert.DoesNotContain(refused.GetProperty("number").GetString()!, before.ToString());
        Assert.Equal(2, await RecordsCommand.RunAsync(f.Host.Services, new StringWriter(), ["records", "deletable", "--on", "tomorrow"]));

        // PCEC annex 1 2.3: 3 years. The refused PCEC project ended on its decision day P: listed from P + 36 months + 1, not the day before,
        // and refused until then.
        var pcec = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{f.Files.PcecId}");
        var pcecFrom = DateOnly.Parse(pcec.GetProperty("decision").GetProperty("on").GetString()!, CultureInfo.InvariantCulture).AddMonths(36).AddDays(1);
        var pcecEarly = await manager.Http.DeleteAsync($"/api/v1/applications/{f.Files.PcecId}/records");
        Assert.Equal(HttpStatusCode.Conflict, pcecEarly.StatusCode);
        Assert.Contains($"{pcecFrom:yyyy-MM-dd} 起方可删除", await pcecEarly.Content.ReadAsStringAsync());
        var onPcec = new StringWriter();
        await RecordsCommand.RunAsync(f.Host.Services, onPcec, ["records", "deletable", "--on", pcecFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        Assert.Contains(f.Files.PcecNumber, onPcec.ToString());
        Assert.Contains(refused.GetProperty("number").GetString()!, onPcec.ToString());
        Assert.DoesNotContain(f.Files.CecNumber, onPcec.ToString()); // its certificate is still in force
        var beforePcec = new StringWriter();
        await RecordsCommand.RunAsync(f.Host.Services, beforePcec, ["records", "deletable", "--on", pcecFrom.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        Assert.DoesNotContain(f.Files.PcecNumber, beforePcec.ToString());

        // On that day the deletion goes through: the generated records and the uploads are gone.
        var upload = refused.GetProperty("documents")[0].GetProperty("fileId").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.GetAsync($"/api/v1/files/{upload}")).StatusCode);
        using (var scope = f.Host.Services.CreateScope())
        {
            var s = scope.ServiceProvider;
            var clock = new FakeTimeProvider(new DateTimeOffset(cecFrom.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)));
            var delete = new DeleteRecords(s.GetRequiredService<PcfCertDbContext>(), s.GetRequiredService<SchemeCatalog>(), s.GetRequiredService<StringCatalog>(),
                s.GetRequiredService<PcfCert.Infrastructure.Audit.IAuditUser>(), clock);
            var deleted = await delete.Handle(f.Files.RefusedCecId, CancellationToken.None);
            Assert.True(deleted.IsOk, deleted.Message);
            Assert.True(deleted.Value!.Files >= refused.GetProperty("documents").GetArrayLength());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/api/v1/files/{upload}")).StatusCode);
        using var inspector = await SignedIn(f.Host, Demo.Inspector);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.Http.DeleteAsync($"/api/v1/applications/{f.Files.PcecId}/records")).StatusCode);
    }

    private static byte[] AddParagraph(byte[] docx, string text)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        using (var word = WordprocessingDocument.Open(stream, true))
        {
            word.MainDocumentPart!.Document.Body!.InsertAt(new Paragraph(new Run(new Text(text))), 0);
        }
        return stream.ToArray();
    }
}

[Collection(SqliteRecordsCollection.Name)]
public sealed class WordAndRetentionOnSqlite(SqliteRecordFiles f) : WordAndRetentionScenarios<SqliteRecordFiles>(f);

[Collection(PostgreSqlRecordsCollection.Name)]
public sealed class WordAndRetentionOnPostgreSql(PostgreSqlRecordFiles f) : WordAndRetentionScenarios<PostgreSqlRecordFiles>(f);
