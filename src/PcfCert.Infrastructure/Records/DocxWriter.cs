using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PcfCert.Infrastructure.Records;

/// <summary>
/// Writes a <see cref="RecordDocument"/> as a Word document (Open XML SDK) so the team can write its narrative
/// sections in Word: the same headings, forms and tables as the PDF; the bar chart as a table of values.
/// </summary>
public static class DocxWriter
{
    public static byte[] Write(RecordDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            body.Append(Para(document.Issuer, size: 22, center: true));
            body.Append(Para(document.Title, bold: true, size: 36, center: true));
            body.Append(Para(document.Reference, size: 20, center: true));
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case HeadingBlock h:
                        body.Append(Para(h.Text, bold: true, size: 28));
                        break;
                    case ParagraphBlock p:
                        body.Append(Para(p.Text));
                        break;
                    case FieldsBlock f:
                        body.Append(Table(null, f.Fields.Select(x => (IReadOnlyList<string>)[x.Label, x.Value]).ToList()));
                        break;
                    case TableBlock t:
                        body.Append(Table(t.Header, t.Rows));
                        break;
                    case BarChartBlock c:
                        body.Append(Para(c.Caption, bold: true));
                        body.Append(Table(null, c.Bars.Select(b => (IReadOnlyList<string>)[b.Label, b.Text]).ToList()));
                        break;
                    case SignaturesBlock s:
                        body.Append(Table(null, s.Signers.Select(x => (IReadOnlyList<string>)[x.Label, x.Value, "________________"]).ToList()));
                        body.Append(Para($"{s.DateLabel}: {s.Date}"));
                        break;
                }
            }
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
            main.Document = new Document(body);
            var lang = document.Language;
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Noto Sans CJK SC", HighAnsi = "Noto Sans CJK SC", EastAsia = "Noto Sans CJK SC" },
                new Languages { Val = lang, EastAsia = "zh-CN" }))));
        }
        return stream.ToArray();
    }

    private static Paragraph Para(string text, bool bold = false, int size = 21, bool center = false)
    {
        var format = new RunProperties();
        if (bold)
        {
            format.Append(new Bold());
        }
        format.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var run = new Run(format);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        var properties = new ParagraphProperties();
        if (center)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }
        return new Paragraph(properties, run);
    }

    private static Table Table(IReadOnlyList<string>? header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        if (header is not null)
        {
            table.Append(Row(header, bold: true));
        }
        foreach (var row in rows)
        {
            table.Append(Row(row, bold: false));
        }
        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool bold) =>
        new(cells.Select(c => new TableCell(Para(c, bold))).ToArray<OpenXmlElement>());
}
