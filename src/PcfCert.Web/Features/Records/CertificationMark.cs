using System.Globalization;
using System.Net;
using System.Text;
using PcfCert.Certification.Schemes;
using QRCoder;

namespace PcfCert.Web.Features.Records;

/// <summary>
/// The certification mark (认证标志, CEC 8, PCEC 11) of one certificate as SVG: the body's mark — its short name, the
/// words 产品碳足迹认证 / PRODUCT CARBON FOOTPRINT and a footprint glyph — with the certificate number and a QR code
/// of its registry entry. One fixed drawing of <see cref="Width"/> × <see cref="Height"/> units, so every rendering
/// (SVG at any size, PNG) keeps the same proportions: the rules forbid a deformed mark.
/// </summary>
public static class CertificationMark
{
    /// <summary>Drawing units; the printed size in millimetres is the same numbers scaled (default 30 mm × 40 mm).</summary>
    public const int Width = 60;

    public const int Height = 80;

    /// <summary>Width ÷ height, kept by every rendering.</summary>
    public const double AspectRatio = (double)Width / Height;

    /// <summary>The smallest width to print, in mm: the scheme's (PCEC 11.2: more than 8 mm), else none set by the rule.</summary>
    public static decimal? MinimumWidthMm(SchemeDefinition scheme) => scheme.Parameters.MarkMinSizeMm.Value;

    public static string Svg(SchemeDefinition scheme, string number, string registryUrl, string minimumSizeNote)
    {
        var green = "#1f6f4a";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width / 2}mm\" height=\"{Height / 2}mm\" preserveAspectRatio=\"xMidYMid meet\">");
        svg.Append("<title>").Append(E($"{scheme.Issuer.ShortName} 产品碳足迹认证标志 {number}")).Append("</title>");
        svg.Append("<desc>").Append(E(minimumSizeNote)).Append("</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"1\" y=\"1\" width=\"{Width - 2}\" height=\"{Height - 2}\" rx=\"4\" fill=\"#fff\" stroke=\"{green}\" stroke-width=\"1.6\"/>");
        // The footprint glyph: a sole and five toes.
        svg.Append($"<g fill=\"{green}\"><ellipse cx=\"21\" cy=\"16\" rx=\"5.2\" ry=\"8\"/><circle cx=\"17.5\" cy=\"6\" r=\"1.5\"/><circle cx=\"20.8\" cy=\"5.2\" r=\"1.4\"/>")
            .Append("<circle cx=\"23.8\" cy=\"5.8\" r=\"1.3\"/><circle cx=\"26.2\" cy=\"7.3\" r=\"1.1\"/><circle cx=\"15.3\" cy=\"7.8\" r=\"1.2\"/></g>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"40\" y=\"17\" text-anchor=\"middle\" font-family=\"Noto Sans CJK SC,sans-serif\" font-weight=\"700\" font-size=\"8\" fill=\"{green}\">{E(scheme.Issuer.ShortName)}</text>");
        svg.Append($"<text x=\"30\" y=\"30\" text-anchor=\"middle\" font-family=\"Noto Sans CJK SC,sans-serif\" font-size=\"6\" fill=\"{green}\">产品碳足迹认证</text>");
        svg.Append($"<text x=\"30\" y=\"35\" text-anchor=\"middle\" font-family=\"Noto Sans CJK SC,sans-serif\" font-size=\"2.7\" fill=\"{green}\">PRODUCT CARBON FOOTPRINT</text>");
        AppendQr(svg, registryUrl, x: 13, y: 38, size: 34);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"30\" y=\"{Height - 4}\" text-anchor=\"middle\" font-family=\"Noto Sans Mono CJK SC,monospace\" font-size=\"3.4\" fill=\"#1d2a33\">{E(number)}</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The QR code as one path of unit squares inside a <paramref name="size"/> square (quiet zone included).</summary>
    private static void AppendQr(StringBuilder svg, string payload, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var n = matrix.Count;
        var path = new StringBuilder();
        for (var row = 0; row < n; row++)
        {
            for (var col = 0; col < n; col++)
            {
                if (matrix[row][col])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{col} {row}h1v1h-1z");
                }
            }
        }
        var scale = size / n;
        svg.Append(CultureInfo.InvariantCulture, $"<g transform=\"translate({x} {y}) scale({scale:0.#####})\"><path fill=\"#000\" shape-rendering=\"crispEdges\" d=\"{path}\"/></g>");
    }

    /// <summary>The SVG on a page exactly its size in CSS pixels, for Chromium to rasterize at <paramref name="pixelWidth"/>.</summary>
    public static string RasterPage(string svg, int pixelWidth) =>
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>html,body{margin:0;padding:0;overflow:hidden;background:#fff}svg{display:block;width:" +
        pixelWidth.ToString(CultureInfo.InvariantCulture) + "px;height:" + PixelHeight(pixelWidth).ToString(CultureInfo.InvariantCulture) + "px}</style></head><body>" + svg + "</body></html>";

    public static int PixelHeight(int pixelWidth) => pixelWidth * Height / Width;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
