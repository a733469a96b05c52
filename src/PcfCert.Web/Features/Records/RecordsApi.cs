using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Infrastructure.Records;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Records;

/// <summary>The certification file of an application: its documents as signed PDF or .docx, edited Word versions, the archive.</summary>
public static class RecordsApi
{
    public sealed record DocumentDto(string Kind, string Subject, string Title, string Pdf, string? Docx);

    public sealed record StoredDto(Guid Id, string Kind, string Subject, string Language, string Format, string Origin, string Sha256, Guid FileId, DateTimeOffset CreatedAt);

    public sealed record ListDto(IReadOnlyList<DocumentDto> Documents, IReadOnlyList<StoredDto> Stored, DateOnly? DeletableFrom);

    public static void MapRecordsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/applications/{id:guid}/records").WithTags("Records");

        group.MapGet("/", async (Guid id, PcfCertDbContext db, SchemeCatalog schemes, CurrentUser me, StringCatalog catalog, TimeProvider time, CancellationToken ct) =>
        {
            if (await CertificationFile.LoadAsync(db, schemes, id, ct) is not { } file || !RecordAccess.CanView(me, file.Application))
            {
                return Results.NotFound();
            }
            var t = new RecordText(catalog, RecordText.LanguageOf(CultureInfo.CurrentUICulture));
            var documents = RecordKinds.All.Where(k => RecordAccess.CanRead(me, file.Application, k))
                .SelectMany(k => k.Subjects(file).Select(s => new DocumentDto(k.Key, s, k.Build(file, s, t).Title, Url(id, k.Key, s, "pdf"),
                    RecordKinds.Editable.Contains(k.Key) ? Url(id, k.Key, s, "docx") : null))).ToList();
            var readable = documents.Select(d => d.Kind).ToHashSet();
            var stored = (await db.Set<GeneratedRecord>().AsNoTracking().Where(r => r.ApplicationId == id).ToListAsync(ct))
                .Where(r => readable.Contains(r.Kind) || !me.IsApplicant).OrderBy(r => r.CreatedAt)
                .Select(r => new StoredDto(r.Id, r.Kind, r.Subject, r.Language, r.Format, r.Origin, r.Sha256, r.FileId, r.CreatedAt)).ToList();
            return Results.Ok(new ListDto(documents, stored, RetentionPolicy.DeletableFrom(file.Scheme, RecordRetention.EndOf(file, Certification.Calendar.ChinaToday.From(time)))));
        }).WithSummary("The documents of the certification file the caller may read, the stored (signed) versions and when the file may be deleted.");

        group.MapGet("/{kind}.{format:regex(^(pdf|docx)$)}", async (Guid id, string kind, string format, string? subject, string? lang, PcfCertDbContext db,
            SchemeCatalog schemes, CurrentUser me, GenerateRecord generate, CancellationToken ct) =>
        {
            if (await CertificationFile.LoadAsync(db, schemes, id, ct) is not { } file || RecordKinds.Find(kind) is not { } k
                || !RecordAccess.CanRead(me, file.Application, k) || !k.Subjects(file).Contains(subject ?? string.Empty)
                || (format == GenerateRecord.Docx && !RecordKinds.Editable.Contains(kind)))
            {
                return Results.NotFound();
            }
            var language = lang is "en" or "zh-CN" ? lang : RecordText.LanguageOf(CultureInfo.CurrentUICulture);
            try
            {
                var (record, content) = await generate.Handle(file, k, subject ?? string.Empty, language, format, me.Id!, ct);
                var type = format == GenerateRecord.Pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                return Results.File(content, type, GenerateRecord.FileName(file, new RecordKey(id, null, kind, record.Subject, language, format)));
            }
            catch (PdfUnavailableException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF rendering unavailable");
            }
        }).WithSummary("One document generated from the data, in the caller's language (or lang=zh-CN|en): PDF signed by the body (PAdES), or .docx.");

        RecordEditsApi.Map(group);
        RecordArchiveApi.Map(group, api);
        api.MapMarkApi();
    }

    public static string Url(Guid id, string kind, string subject, string format) =>
        $"/api/v1/applications/{id}/records/{kind}.{format}" + (subject.Length > 0 ? $"?subject={Uri.EscapeDataString(subject)}" : "");
}
