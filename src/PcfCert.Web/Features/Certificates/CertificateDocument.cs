using System.Globalization;
using System.Net;
using System.Text;
using PcfCert.Certification.Certificates;
using PcfCert.Web.Localization;
using QRCoder;

namespace PcfCert.Web.Features.Certificates;

/// <summary>
/// The printable certificate as one HTML page (A4): Chinese labels with an English second line, the contents of
/// one version, the status at printing and a QR code whose payload is the public registry URL (also printed).
/// </summary>
public static class CertificateDocument
{
    public static string RegistryUrl(string publicBaseUrl, string number) =>
        $"{publicBaseUrl.TrimEnd('/')}/Registry/Certificates/{Uri.EscapeDataString(number)}";

    public static string QrPngDataUri(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(8);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <param name="contentKeys">The scheme's certificate contents (CEC 7.1, PCEC 9.1): lines only some rules list (认证模式,
    /// 认证单元) are printed only when listed; null prints every line.</param>
    public static string Html(CertificateContents contents, CertificateStatus statusAtPrinting, DateOnly printedOn, string registryUrl, StringCatalog catalog,
        CertificateSeal? seal = null, IReadOnlyCollection<string>? contentKeys = null)
    {
        bool Lists(string key) => contentKeys is null || contentKeys.Contains(key);
        var l = new Bilingual(catalog);
        var p = contents.Particulars;
        var rows = new List<((string Zh, string En) Label, string Value)>
        {
            (l["Pdf.Number"], contents.Number),
            (l["Pdf.Applicant"], Party(p.Applicant)),
            (l["Pdf.Manufacturer"], Party(p.Manufacturer)),
            (l["Pdf.Factory"], Party(p.Factory)),
            (l["Pdf.Product"], $"{p.ProductName} / {p.Model}"),
        };
        if (Lists(CertificateContentKeys.UnitAndFunctionalUnit))
        {
            rows.Add((l["Pdf.Unit"], p.CertificationUnit));
        }
        rows.AddRange(
        [
            (l["Pdf.FunctionalUnit"], p.FunctionalUnit),
            (l["Pdf.Footprint"], $"{p.FootprintValue.ToString(CultureInfo.InvariantCulture)} {p.FootprintUnit}"),
            (l["Pdf.TimeBoundary"], $"{Day(p.ReportingPeriodFrom)} — {Day(p.ReportingPeriodTo)}"),
            (l["Pdf.SystemBoundary"], Join(l["SystemBoundary." + p.SystemBoundary])),
            (l["Pdf.Basis"], p.Basis),
        ]);
        if (Lists(CertificateContentKeys.CertificationMode))
        {
            rows.Add((l["Pdf.Mode"], p.Mode));
        }
        rows.Add((l["Pdf.IssuedOn"], Day(contents.IssuedOn)));
        rows.Add((l["Pdf.ValidUntil"], Day(contents.ValidUntil)));
        if (contents.ChangedOn is { } changed)
        {
            rows.Add((l["Pdf.ChangedOn"], $"{Day(changed)} (v{contents.Version})"));
        }
        if (!string.IsNullOrWhiteSpace(p.Remarks))
        {
            rows.Add((l["Pdf.Remarks"], p.Remarks));
        }
        rows.Add((l["Pdf.Issuer"], p.Issuer));

        var status = l["CertificateStatus." + statusAtPrinting];
        var title = l["Pdf.Title"];
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(contents.Number)).Append("</title><style>")
            .Append("@page{size:A4;margin:14mm}body{font-family:'Noto Sans CJK SC','Noto Serif CJK SC',sans-serif;color:#1d2a33;margin:0}")
            .Append("h1{text-align:center;font-size:22pt;margin:0 0 1mm}h2{text-align:center;font-size:11pt;font-weight:400;margin:0 0 5mm;color:#5b6b76}")
            .Append("table{width:100%;border-collapse:collapse;font-size:9.5pt}th{width:34%;text-align:left;vertical-align:top;padding:1.2mm 2mm;border-bottom:1px solid #d5dde2}")
            .Append("th small{display:block;font-weight:400;font-size:7.5pt;color:#5b6b76}td{padding:1.2mm 2mm;border-bottom:1px solid #d5dde2}")
            .Append(".status{margin:4mm 0;padding:2.5mm;border:2px solid #1f6f4a;text-align:center;font-size:12pt;break-inside:avoid}.status.bad{border-color:#a3261b;color:#a3261b}")
            .Append(".foot{display:flex;justify-content:space-between;align-items:center;margin-top:3mm;break-inside:avoid}")
            .Append(".qr{display:flex;gap:4mm;align-items:center;font-size:8.5pt;max-width:60%}.qr img{width:26mm;height:26mm}")
            .Append(".seal{display:flex;gap:3mm;align-items:center;font-size:9pt}.seal img{width:34mm;height:34mm}.seal i{display:inline-block;width:28mm;border-bottom:1px solid #1d2a33}")
            .Append("</style></head><body>");
        html.Append("<h1>").Append(E(title.Zh)).Append("</h1><h2>").Append(E(title.En)).Append("</h2><table>");
        foreach (var (label, value) in rows)
        {
            html.Append("<tr><th>").Append(E(label.Zh)).Append("<small>").Append(E(label.En)).Append("</small></th><td>").Append(E(value)).Append("</td></tr>");
        }
        html.Append("</table>");
        var statusLabel = l["Pdf.StatusAtPrinting"];
        html.Append("<div class=\"status").Append(statusAtPrinting == CertificateStatus.Valid ? string.Empty : " bad").Append("\">")
            .Append(E(statusLabel.Zh)).Append(' ').Append(E(Day(printedOn))).Append("：<strong>").Append(E(status.Zh)).Append("</strong> / ")
            .Append(E(statusLabel.En)).Append(' ').Append(E(Day(printedOn))).Append(": <strong>").Append(E(status.En)).Append("</strong></div>");
        var verify = l["Pdf.Verify"];
        html.Append("<div class=\"foot\"><div class=\"qr\"><img alt=\"QR\" src=\"").Append(QrPngDataUri(registryUrl)).Append("\"><div>")
            .Append(E(verify.Zh)).Append("<br>").Append(E(verify.En)).Append("<br><span>").Append(E(registryUrl)).Append("</span></div></div>");
        if (seal is not null)
        {
            var signatory = seal.SignatoryTitle is { } own ? (own, own) : l["Pdf.Signatory"];
            html.Append("<div class=\"seal\"><div>").Append(E(signatory.Item1)).Append("<br><small>").Append(E(signatory.Item2)).Append("</small><br>")
                .Append(seal.Signatory is { } name ? "<strong>" + E(name) + "</strong>" : "<i></i>").Append("<br>").Append(E(Day(contents.ChangedOn ?? contents.IssuedOn)))
                .Append("</div><img alt=\"seal\" src=\"").Append(seal.ImageDataUri).Append("\"></div>");
        }
        html.Append("</div>");
        html.Append("</body></html>");
        return html.ToString();
    }

    private static string Party(Party party) => $"{party.Name}，{party.Address}";

    private static string Join((string Zh, string En) text) => $"{text.Zh} ({text.En})";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A catalog key in both languages: Chinese first, English as the second line.</summary>
    private sealed class Bilingual(StringCatalog catalog)
    {
        private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
        private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

        public (string Zh, string En) this[string key] => (catalog.Find(key, Zh) ?? key, catalog.Find(key, En) ?? key);
    }
}
