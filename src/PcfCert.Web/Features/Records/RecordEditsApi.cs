using System.Security.Cryptography;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Infrastructure.Records;
using PcfCert.Web.Features.Applications.Actions;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Records;

/// <summary>
/// Word for those who edit: the team uploads its edited .docx of the verification report or the inspection report; it is
/// kept as the final version beside the generated one (both stay; the latest upload is the final).
/// </summary>
public static class RecordEditsApi
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/{kind}/edited", async (Guid id, string kind, HttpContext http, IAntiforgery antiforgery, PcfCertDbContext db, SchemeCatalog schemes,
            CurrentUser me, StringCatalog catalog, TimeProvider time, CancellationToken ct) =>
        {
            if (await CertificationFile.LoadAsync(db, schemes, id, ct) is not { } file || !RecordAccess.CanView(me, file.Application)
                || !RecordKinds.Editable.Contains(kind) || RecordKinds.Find(kind)!.Subjects(file).Count == 0)
            {
                return Results.NotFound();
            }
            if (!RecordAccess.CanEdit(me, file.Application))
            {
                return Results.Forbid();
            }
            await antiforgery.ValidateRequestAsync(http);
            var form = await http.Request.ReadFormAsync(ct);
            var t = new RecordText(catalog, RecordText.LanguageOf(System.Globalization.CultureInfo.CurrentUICulture));
            var upload = form.Files.GetFile("file");
            if (await FileStore.ReadCheckedAsync(upload) is not { } content || !IsDocx(content.Bytes))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [t["Records.Error.NotDocx"]] });
            }
            var now = time.GetUtcNow();
            var stored = FileStore.Create(content.Bytes, DocxType, upload!.FileName, file.Application.OrganisationId, me.Id!, now);
            var record = new GeneratedRecord
            {
                Id = Guid.NewGuid(), ApplicationId = id, Kind = kind, Subject = string.Empty, Language = form["language"].FirstOrDefault() is "en" ? "en" : "zh-CN",
                Format = "docx", Origin = GeneratedRecord.Edited, SourceSha256 = stored.Sha256, FileId = stored.Id, Sha256 = stored.Sha256,
                CreatedBy = me.Id!, CreatedAt = now,
            };
            db.Files.Add(stored);
            db.Add(record);
            await db.SaveChangesAsync(ct);
            return Results.Created(RecordsApi.Url(id, kind, "", "docx").Replace($"{kind}.docx", $"{kind}/edited.docx", StringComparison.Ordinal),
                new { record.Id, record.Sha256, record.FileId, stored.FileName });
        }).DisableAntiforgery().WithSummary("The team uploads its edited Word version (multipart: file, language); kept as the final version beside the generated one.");

        group.MapGet("/{kind}/edited.docx", async (Guid id, string kind, PcfCertDbContext db, CurrentUser me, CancellationToken ct) =>
        {
            var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
            if (application is null || RecordKinds.Find(kind) is not { } k || !RecordAccess.CanRead(me, application, k))
            {
                return Results.NotFound();
            }
            var edited = (await db.Set<GeneratedRecord>().AsNoTracking().Where(r => r.ApplicationId == id && r.Kind == kind && r.Origin == GeneratedRecord.Edited)
                .ToListAsync(ct)).MaxBy(r => r.CreatedAt);
            var file = edited is null ? null : await db.Files.AsNoTracking().SingleAsync(f => f.Id == edited.FileId, ct);
            return file is null ? Results.NotFound() : Results.File(file.Content, DocxType, file.FileName);
        }).WithSummary("The final (latest edited) Word version; 404 while none was uploaded.");
    }

    /// <summary>A .docx is a ZIP package with a word/document.xml part.</summary>
    private static bool IsDocx(byte[] bytes)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
