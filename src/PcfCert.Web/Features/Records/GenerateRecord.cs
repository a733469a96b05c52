using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Infrastructure.Records;
using PcfCert.Web.Features.Applications.Actions;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Records;

/// <summary>
/// Generates one record of a certification file from the stored data — PDF printed by Chromium and signed with the
/// body's key, or .docx — stores it with its SHA-256 and returns it. A record whose source has not changed since it
/// was last generated is returned as stored, so its signature and hash stay the same.
/// </summary>
public sealed class GenerateRecord(PcfCertDbContext db, ChromiumPdfPrinter printer, DocumentSigningKeys keys, StringCatalog catalog, TimeProvider time)
{
    public const string Pdf = "pdf";
    public const string Docx = "docx";

    public Task<(GeneratedRecord Record, byte[] Content)> Handle(CertificationFile file, IRecordKind kind, string subject, string language, string format,
        string userId, CancellationToken ct)
    {
        var document = kind.Build(file, subject, new RecordText(catalog, language));
        var html = RecordHtml.Render(document);
        var key = new RecordKey(file.Application.Id, null, kind.Key, subject, language, format);
        return format == Docx
            ? StoreAsync(key, file, html, () => Task.FromResult(DocxWriter.Write(document)), userId, ct)
            : StoreAsync(key, file, html, async () => Sign(file, await printer.PrintAsync(html, ct)), userId, ct);
    }

    /// <summary>Signs a PDF with the scheme's body key (PAdES B-B).</summary>
    public byte[] Sign(CertificationFile file, byte[] pdf) => Sign(file.Scheme.Issuer.ShortName, file.Scheme.Issuer.Name.Zh, pdf);

    public byte[] Sign(string body, string bodyName, byte[] pdf)
    {
        using var certificate = keys.For(body, bodyName);
        return PdfSigner.Sign(pdf, certificate, bodyName, time.GetUtcNow());
    }

    /// <summary>Returns the stored record of <paramref name="key"/> with this source, or makes, stores and returns a new one.</summary>
    public async Task<(GeneratedRecord Record, byte[] Content)> StoreAsync(RecordKey key, CertificationFile file, string source, Func<Task<byte[]>> make,
        string userId, CancellationToken ct)
    {
        var sourceSha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
        var existing = await db.Set<GeneratedRecord>().AsNoTracking()
            .Where(r => r.ApplicationId == key.ApplicationId && r.CertificateId == key.CertificateId && r.Kind == key.Kind && r.Subject == key.Subject
                        && r.Language == key.Language && r.Format == key.Format && r.Origin == GeneratedRecord.Generated && r.SourceSha256 == sourceSha)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (existing is not null && await db.Files.AsNoTracking().Where(f => f.Id == existing.FileId).Select(f => f.Content).SingleOrDefaultAsync(ct) is { } kept)
        {
            return (existing, kept);
        }
        var bytes = await make();
        var type = key.Format == Docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf";
        var stored = FileStore.Create(bytes, type, FileName(file, key), file.Application.OrganisationId, userId, time.GetUtcNow());
        var record = new GeneratedRecord
        {
            Id = Guid.NewGuid(), ApplicationId = key.ApplicationId, CertificateId = key.CertificateId, Kind = key.Kind, Subject = key.Subject,
            Language = key.Language, Format = key.Format, Origin = GeneratedRecord.Generated, SourceSha256 = sourceSha, FileId = stored.Id,
            Sha256 = stored.Sha256, SignedBy = key.Format == Pdf ? file.Scheme.Issuer.Name.Zh : null, CreatedBy = userId, CreatedAt = time.GetUtcNow(),
        };
        db.Files.Add(stored);
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return (record, bytes);
    }

    public static string FileName(CertificationFile file, RecordKey key) =>
        $"{file.Application.Number}-{key.Kind}{(key.Subject.Length > 0 ? "-" + key.Subject[..Math.Min(8, key.Subject.Length)] : "")}.{key.Language}.{key.Format}";
}

/// <summary>Which record: the file, the kind and subject, the language and the format.</summary>
public sealed record RecordKey(Guid ApplicationId, Guid? CertificateId, string Kind, string Subject, string Language, string Format);
