using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Audit;
using PcfCert.Infrastructure.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Infrastructure.Records;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Records;

/// <summary>
/// The certification file as one ZIP: every document (signed PDF, generated and edited .docx), every certificate version,
/// every uploaded file, every model version with its result, the audit trail as JSON and as a signed readable PDF, and
/// the SHA-256 manifest.
/// </summary>
public sealed class BuildArchive(PcfCertDbContext db, GenerateRecord generate, RenderCertificatePdf certificates, ChromiumPdfPrinter printer,
    StringCatalog catalog, TimeProvider time)
{
    private const string Language = StringCatalog.DefaultCulture;

    public async Task<byte[]> Handle(CertificationFile file, string publicBaseUrl, string userId, CancellationToken ct)
    {
        var a = file.Application;
        var entries = new List<ArchiveEntry>();
        foreach (var kind in RecordKinds.All)
        {
            foreach (var subject in kind.Subjects(file))
            {
                var name = kind.Key + (subject.Length > 0 ? "-" + subject[..Math.Min(8, subject.Length)] : "");
                entries.Add(new($"documents/{name}.pdf", (await generate.Handle(file, kind, subject, Language, GenerateRecord.Pdf, userId, ct)).Content));
                if (RecordKinds.Editable.Contains(kind.Key))
                {
                    entries.Add(new($"documents/{name}.docx", (await generate.Handle(file, kind, subject, Language, GenerateRecord.Docx, userId, ct)).Content));
                }
            }
        }
        var edited = await db.Set<GeneratedRecord>().AsNoTracking().Where(r => r.ApplicationId == a.Id && r.Origin == GeneratedRecord.Edited).ToListAsync(ct);
        foreach (var (record, i) in edited.OrderBy(r => r.CreatedAt).Select((r, i) => (r, i + 1)))
        {
            entries.Add(new($"documents/edited/{record.Kind}-{i}.docx", await Content(record.FileId, ct)));
        }
        foreach (var certificate in file.Certificates)
        {
            foreach (var version in certificate.Versions)
            {
                var pdf = await certificates.Handle(certificate, version.Version, publicBaseUrl, ct);
                entries.Add(new($"certificates/{certificate.Number}-v{version.Version}.pdf", pdf));
            }
        }
        foreach (var (id, folder) in Uploads(file))
        {
            var stored = await db.Files.AsNoTracking().SingleAsync(f => f.Id == id, ct);
            entries.Add(new($"uploads/{folder}/{id.ToString()[..8]}-{stored.FileName}", stored.Content));
        }
        foreach (var model in file.Models)
        {
            entries.Add(new($"models/v{model.Version}.model.json", System.Text.Encoding.UTF8.GetBytes(model.ModelJson)));
            entries.Add(new($"models/v{model.Version}.result.json", System.Text.Encoding.UTF8.GetBytes(model.ResultJson)));
        }
        var trail = await AuditTrail(file, ct);
        entries.Add(new("audit/audit-trail.json", JsonSerializer.SerializeToUtf8Bytes(trail, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true })));
        var audit = Documents.AuditTrailDocument.Build(file, trail, new RecordText(catalog, Language));
        var html = RecordHtml.Render(audit);
        var key = new RecordKey(a.Id, null, "audit-trail", string.Empty, Language, GenerateRecord.Pdf);
        entries.Add(new("audit/audit-trail.pdf", (await generate.StoreAsync(key, file, html, async () => generate.Sign(file, await PrintAsync(html, ct)), userId, ct)).Content));
        return RecordArchive.Write(a.Number, entries, time.GetUtcNow());
    }

    private Task<byte[]> PrintAsync(string html, CancellationToken ct) =>
        printer.PrintAsync(html, ct);

    private async Task<byte[]> Content(Guid fileId, CancellationToken ct) =>
        await db.Files.AsNoTracking().Where(f => f.Id == fileId).Select(f => f.Content).SingleAsync(ct);

    /// <summary>Every file uploaded to the project: application documents, checklist evidence, rectification evidence.</summary>
    private static IEnumerable<(Guid Id, string Folder)> Uploads(CertificationFile file)
    {
        var a = file.Application;
        return a.Documents.Select(d => (d.FileId, "application"))
            .Concat(a.Checklist.SelectMany(r => r.Attachments.Select(f => (f, $"checklist-{r.ClauseId}"))))
            .Concat(a.Nonconformities.SelectMany(n => n.Submissions.SelectMany(s => s.FileIds.Select(f => (f, $"rectification-NC{n.Number}")))))
            .DistinctBy(x => x.Item1);
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditTrail(CertificationFile file, CancellationToken ct)
    {
        var keys = file.Certificates.Select(c => c.Id.ToString()).Append(file.Application.Id.ToString())
            .Concat(file.Surveillances.Select(s => s.Id.ToString())).Concat(file.Changes.Select(c => c.Id.ToString())).ToList();
        return (await db.AuditTrail.AsNoTracking().Where(e => keys.Contains(e.EntityId)).ToListAsync(ct)).OrderBy(e => e.Id).ToList();
    }
}
