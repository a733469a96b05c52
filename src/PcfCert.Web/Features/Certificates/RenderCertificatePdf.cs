using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Infrastructure.Records;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>
/// Prints a certificate version to PDF with its status at the moment of printing, the scheme's seal and signatory,
/// signs it with the body's key (PAdES) and records its SHA-256; an unchanged print is served as stored.
/// </summary>
public sealed class RenderCertificatePdf(ChromiumPdfPrinter printer, StringCatalog catalog, TimeProvider time, IConfiguration configuration,
    SchemeCatalog schemes, DocumentSigningKeys keys, PcfCertDbContext db)
{
    public const string Kind = "certificate";

    public ChromiumPdfPrinter Printer => printer;

    public string PublicBaseUrl(HttpRequest request) =>
        configuration["Registry:PublicBaseUrl"] is { Length: > 0 } configured ? configured : $"{request.Scheme}://{request.Host}{request.PathBase}";

    public async Task<byte[]> Handle(Certificate certificate, int? version, string publicBaseUrl, CancellationToken ct)
    {
        var chosen = version is { } v ? certificate.Versions.Single(x => x.Version == v) : certificate.Current;
        var today = CertificateDates.Today(time);
        // A version replaced by a change prints as superseded, whatever the certificate's status.
        var status = chosen.SupersededOn is null ? certificate.StatusOn(today) : CertificateStatus.Superseded;
        var scheme = schemes.Get(certificate.SchemeId);
        var html = CertificateDocument.Html(certificate.ContentsOf(chosen), status, today,
            CertificateDocument.RegistryUrl(publicBaseUrl, chosen.Number), catalog, CertificateSeal.For(configuration, scheme),
            scheme.CertificateContents.Select(c => c.Key).ToList());
        var source = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html)));
        var subject = $"v{chosen.Version}";
        var kept = await db.Set<GeneratedRecord>().AsNoTracking()
            .Where(r => r.CertificateId == certificate.Id && r.Kind == Kind && r.Subject == subject && r.SourceSha256 == source)
            .Join(db.Files, r => r.FileId, f => f.Id, (r, f) => f.Content).FirstOrDefaultAsync(ct);
        if (kept is not null)
        {
            return kept;
        }
        var pdf = await printer.PrintAsync(html, ct);
        using (var key = keys.For(scheme.Issuer.ShortName, scheme.Issuer.Name.Zh))
        {
            pdf = PdfSigner.Sign(pdf, key, scheme.Issuer.Name.Zh, time.GetUtcNow());
        }
        var stored = Applications.Actions.FileStore.Create(pdf, "application/pdf", $"{certificate.Number}-{subject}.pdf",
            certificate.HolderOrganisationId ?? Guid.Empty, "system", time.GetUtcNow());
        db.Files.Add(stored);
        db.Add(new GeneratedRecord
        {
            Id = Guid.NewGuid(), CertificateId = certificate.Id, Kind = Kind, Subject = subject, Language = StringCatalog.DefaultCulture, Format = "pdf",
            SourceSha256 = source, FileId = stored.Id, Sha256 = stored.Sha256, SignedBy = scheme.Issuer.Name.Zh, CreatedBy = "system", CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return pdf;
    }
}
