using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Certificates;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>Prints a certificate version to PDF with its status at the moment of printing.</summary>
public sealed class RenderCertificatePdf(ChromiumPdfPrinter printer, StringCatalog catalog, TimeProvider time, IConfiguration configuration)
{
    public string PublicBaseUrl(HttpRequest request) =>
        configuration["Registry:PublicBaseUrl"] is { Length: > 0 } configured ? configured : $"{request.Scheme}://{request.Host}{request.PathBase}";

    public Task<byte[]> Handle(Certificate certificate, int? version, string publicBaseUrl, CancellationToken ct)
    {
        var chosen = version is { } v ? certificate.Versions.Single(x => x.Version == v) : certificate.Current;
        var today = CertificateDates.Today(time);
        // A version replaced by a change prints as superseded, whatever the certificate's status.
        var status = chosen.SupersededOn is null ? certificate.StatusOn(today) : CertificateStatus.Superseded;
        var html = CertificateDocument.Html(certificate.ContentsOf(chosen), status, today,
            CertificateDocument.RegistryUrl(publicBaseUrl, certificate.Number), catalog);
        return printer.PrintAsync(html, ct);
    }
}
