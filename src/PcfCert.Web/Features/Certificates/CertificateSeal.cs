using System.Net;
using System.Text;
using PcfCert.Certification.Schemes;

namespace PcfCert.Web.Features.Certificates;

/// <summary>
/// What signs a printed certificate, per scheme (configuration <c>Certificates:Seals:{schemeId}</c>): the body's seal
/// image (<c>ImagePath</c>: PNG, JPEG or SVG) and the signatory (<c>Signatory</c>, <c>SignatoryTitle</c>). Without an
/// image PcfCert draws a round seal with the body's registered name, so a test print shows where the seal goes.
/// </summary>
/// <param name="ImageDataUri">The seal as a data: URI.</param>
/// <param name="Signatory">The signatory's name; null prints an empty line to sign on.</param>
/// <param name="SignatoryTitle">The signatory's title, e.g. 授权签字人; null prints the default title.</param>
/// <param name="Configured">Whether the image came from configuration.</param>
public sealed record CertificateSeal(string ImageDataUri, string? Signatory, string? SignatoryTitle, bool Configured)
{
    public const string Section = "Certificates:Seals";

    public static CertificateSeal For(IConfiguration configuration, SchemeDefinition scheme)
    {
        var section = configuration.GetSection($"{Section}:{scheme.Id}");
        var path = section["ImagePath"];
        string? image = null;
        if (!string.IsNullOrWhiteSpace(path))
        {
            var bytes = File.ReadAllBytes(path);
            var type = Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".png" => "image/png",
                ".jpg" or ".jpeg" => "image/jpeg",
                ".svg" => "image/svg+xml",
                _ => throw new InvalidOperationException($"{Section}:{scheme.Id}:ImagePath must be a .png, .jpg or .svg file: {path}"),
            };
            image = $"data:{type};base64,{Convert.ToBase64String(bytes)}";
        }
        return new CertificateSeal(image ?? DrawnSeal(scheme.Issuer.Name.Zh), Blank(section["Signatory"]), Blank(section["SignatoryTitle"]), image is not null);
    }

    /// <summary>A round red seal: the name along the upper arc and a five-pointed star in the middle.</summary>
    public static string DrawnSeal(string name)
    {
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\">");
        svg.Append("<defs><path id=\"arc\" d=\"M 17 55 A 33 33 0 1 1 83 55\"/></defs>");
        svg.Append("<circle cx=\"50\" cy=\"50\" r=\"46\" fill=\"none\" stroke=\"#c8102e\" stroke-width=\"3.5\"/>");
        svg.Append("<text font-family=\"Noto Sans CJK SC,sans-serif\" font-size=\"10\" fill=\"#c8102e\" letter-spacing=\"0.5\"><textPath href=\"#arc\" startOffset=\"50%\" text-anchor=\"middle\">")
            .Append(WebUtility.HtmlEncode(name)).Append("</textPath></text>");
        svg.Append("<polygon fill=\"#c8102e\" points=\"50,38 53.5,48.2 64.3,48.4 55.7,54.9 58.8,65.2 50,59 41.2,65.2 44.3,54.9 35.7,48.4 46.5,48.2\"/>");
        svg.Append("</svg>");
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg.ToString()));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
