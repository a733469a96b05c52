using System.Globalization;
using System.Net;
using System.Text;
using PcfCert.Infrastructure.Records;

namespace PcfCert.Web.Features.Records;

/// <summary>A record as one HTML document for Chromium to print on A4 (Noto CJK fonts, tables that break across pages).</summary>
public static class RecordHtml
{
    private const string Style =
        "@page{size:A4;margin:16mm 14mm}body{font-family:'Noto Sans CJK SC','Noto Serif CJK SC',sans-serif;color:#1d2a33;font-size:9.5pt;margin:0}" +
        ".issuer{text-align:center;font-size:10pt;color:#5b6b76}h1{text-align:center;font-size:18pt;margin:1mm 0}.ref{text-align:center;font-size:8.5pt;color:#5b6b76;margin-bottom:5mm}" +
        "h2{font-size:11.5pt;margin:5mm 0 2mm;border-bottom:1.5px solid #1f6f4a;padding-bottom:1mm;break-after:avoid}p{margin:1.5mm 0;line-height:1.5}" +
        "table{width:100%;border-collapse:collapse;margin:2mm 0}td,th{border:1px solid #b9c5cc;padding:1.2mm 1.8mm;vertical-align:top;text-align:left;word-break:break-all}" +
        "th{background:#eef3f5;font-weight:600}table.fields th{width:30%}tr{break-inside:avoid}" +
        ".chart{margin:2mm 0}.bar{display:flex;align-items:center;gap:2mm;margin:1mm 0}.bar span.l{width:32%}.bar span.b{height:4mm;background:#1f6f4a}.bar span.v{white-space:nowrap}" +
        ".sign{margin-top:6mm;display:flex;flex-wrap:wrap;gap:4mm 10mm;break-inside:avoid}.sign div{min-width:55mm}.sign i{display:inline-block;width:30mm;border-bottom:1px solid #1d2a33}";

    public static string Render(RecordDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(E(document.Language)).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(document.Title)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<div class=\"issuer\">").Append(E(document.Issuer)).Append("</div><h1>").Append(E(document.Title)).Append("</h1><div class=\"ref\">")
            .Append(E(document.Reference)).Append("</div>");
        foreach (var block in document.Blocks)
        {
            Append(html, block);
        }
        return html.Append("</body></html>").ToString();
    }

    private static void Append(StringBuilder html, RecordBlock block)
    {
        switch (block)
        {
            case HeadingBlock h:
                html.Append("<h2>").Append(E(h.Text)).Append("</h2>");
                break;
            case ParagraphBlock p:
                html.Append("<p>").Append(E(p.Text).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
                break;
            case FieldsBlock f:
                html.Append("<table class=\"fields\">");
                foreach (var field in f.Fields)
                {
                    html.Append("<tr><th>").Append(E(field.Label)).Append("</th><td>").Append(E(field.Value)).Append("</td></tr>");
                }
                html.Append("</table>");
                break;
            case TableBlock t:
                html.Append("<table><thead><tr>");
                foreach (var head in t.Header)
                {
                    html.Append("<th>").Append(E(head)).Append("</th>");
                }
                html.Append("</tr></thead><tbody>");
                foreach (var row in t.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row)
                    {
                        html.Append("<td>").Append(E(cell)).Append("</td>");
                    }
                    html.Append("</tr>");
                }
                html.Append("</tbody></table>");
                break;
            case BarChartBlock c:
                var max = c.Bars.Select(b => Math.Abs(b.Value)).DefaultIfEmpty(0).Max();
                html.Append("<div class=\"chart\"><p><strong>").Append(E(c.Caption)).Append("</strong></p>");
                foreach (var bar in c.Bars)
                {
                    var width = max == 0 ? 0 : Math.Abs(bar.Value) / max * 90;
                    html.Append("<div class=\"bar\"><span class=\"l\">").Append(E(bar.Label)).Append("</span><span class=\"b\" style=\"width:")
                        .Append(width.ToString("0.##", CultureInfo.InvariantCulture)).Append("mm\"></span><span class=\"v\">").Append(E(bar.Text)).Append("</span></div>");
                }
                html.Append("</div>");
                break;
            case SignaturesBlock s:
                html.Append("<div class=\"sign\">");
                foreach (var signer in s.Signers)
                {
                    html.Append("<div>").Append(E(signer.Label)).Append("：").Append(E(signer.Value)).Append(" <i></i></div>");
                }
                html.Append("<div>").Append(E(s.DateLabel)).Append("：").Append(E(s.Date)).Append("</div></div>");
                break;
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
