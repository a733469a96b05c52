using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace PcfCert.Infrastructure.Records;

/// <summary>
/// Signs a PDF (PAdES baseline B, ISO 32000-1 12.8 / ETSI EN 319 142-1): an incremental update appends a signature
/// field and a signature dictionary whose <c>/Contents</c> is a detached CMS SignedData (SHA-256, RSA, with the
/// ESS signing-certificate-v2 attribute) over the <c>/ByteRange</c> — every byte of the file except the
/// <c>/Contents</c> value. Works on PDFs with a classic cross-reference table, as Chromium writes them.
/// </summary>
public static partial class PdfSigner
{
    private const int ContentsBytes = 8192;
    private const string ByteRangePlaceholder = "/ByteRange [0 0000000000 0000000000 0000000000]";

    public static byte[] Sign(byte[] pdf, X509Certificate2 certificate, string signerName, DateTimeOffset at)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = text[text.LastIndexOf("trailer", StringComparison.Ordinal)..];
        var size = int.Parse(SizeRegex().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var root = int.Parse(RootRegex().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var info = InfoRegex().Match(trailer);
        var previous = int.Parse(StartXrefRegex().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var catalog = ObjectBody(text, root);
        if (catalog.Contains("/AcroForm", StringComparison.Ordinal))
        {
            throw new NotSupportedException("The PDF already has a form; PcfCert signs the documents it prints itself.");
        }
        var firstPage = FirstPage(text);
        int sig = size, field = size + 1;

        var update = new StringBuilder("\n");
        var offsets = new SortedDictionary<int, int>();
        void Add(int number, string body)
        {
            offsets[number] = pdf.Length + update.Length;
            update.Append(number).Append(" 0 obj\n").Append(body).Append("\nendobj\n");
        }
        Add(root, catalog[..catalog.LastIndexOf(">>", StringComparison.Ordinal)] + $"/AcroForm <</Fields [{field} 0 R] /SigFlags 3>>\n>>");
        Add(field, $"<</Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /V {sig} 0 R /F 132 /Rect [0 0 0 0] /P {firstPage} 0 R>>");
        Add(sig, "<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached " + ByteRangePlaceholder +
                 $" /Contents <{new string('0', ContentsBytes * 2)}> /M (D:{at.UtcDateTime:yyyyMMddHHmmss}Z) /Name {PdfString(signerName)}>>");
        var xref = pdf.Length + update.Length;
        update.Append("xref\n");
        foreach (var (number, offset) in offsets)
        {
            update.Append(number).Append(" 1\n").Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }
        update.Append($"trailer\n<</Size {size + 2} /Root {root} 0 R{(info.Success ? $" /Info {info.Groups[1].Value} 0 R" : "")} /Prev {previous}>>\nstartxref\n{xref}\n%%EOF\n");

        var signed = new byte[pdf.Length + update.Length];
        pdf.CopyTo(signed, 0);
        Encoding.Latin1.GetBytes(update.ToString()).CopyTo(signed, pdf.Length);
        var all = Encoding.Latin1.GetString(signed);
        var rangeAt = all.LastIndexOf(ByteRangePlaceholder, StringComparison.Ordinal);
        var contentsStart = all.IndexOf("/Contents <", rangeAt, StringComparison.Ordinal) + "/Contents ".Length;
        var contentsEnd = contentsStart + ContentsBytes * 2 + 2;
        var range = $"/ByteRange [0 {contentsStart:D10} {contentsEnd:D10} {signed.Length - contentsEnd:D10}]";
        Encoding.Latin1.GetBytes(range).CopyTo(signed, rangeAt);

        var covered = new byte[contentsStart + signed.Length - contentsEnd];
        Array.Copy(signed, 0, covered, 0, contentsStart);
        Array.Copy(signed, contentsEnd, covered, contentsStart, signed.Length - contentsEnd);
        var cms = Cms(covered, certificate, at);
        if (cms.Length > ContentsBytes)
        {
            throw new InvalidOperationException($"The CMS signature ({cms.Length} bytes) does not fit the {ContentsBytes}-byte placeholder.");
        }
        Encoding.ASCII.GetBytes(Convert.ToHexString(cms)).CopyTo(signed, contentsStart + 1);
        return signed;
    }

    /// <summary>The signed byte ranges and the CMS of the last signature of a PDF, for verification.</summary>
    public static (byte[] Covered, byte[] Cms) Extract(byte[] signed)
    {
        var text = Encoding.Latin1.GetString(signed);
        var m = ByteRangeRegex().Matches(text)[^1];
        var r = Enumerable.Range(1, 4).Select(i => int.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture)).ToArray();
        var covered = new byte[r[1] + r[3]];
        Array.Copy(signed, r[0], covered, 0, r[1]);
        Array.Copy(signed, r[2], covered, r[1], r[3]);
        var hex = text.Substring(r[1] + 1, r[2] - r[1] - 2).TrimEnd('0');
        var cms = Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
        return (covered, cms);
    }

    private static byte[] Cms(byte[] content, X509Certificate2 certificate, DateTimeOffset at)
    {
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate) { DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1") };
        signer.SignedAttributes.Add(new Pkcs9SigningTime(at.UtcDateTime));
        signer.SignedAttributes.Add(new AsnEncodedData("1.2.840.113549.1.9.16.2.47", SigningCertificateV2(certificate)));
        signer.IncludeOption = X509IncludeOption.EndCertOnly;
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        cms.ComputeSignature(signer);
        return cms.Encode();
    }

    /// <summary>RFC 5035 SigningCertificateV2 with one ESSCertIDv2 (hash algorithm SHA-256, the default, so omitted).</summary>
    private static byte[] SigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
        }
        return writer.Encode();
    }

    private static string ObjectBody(string text, int number)
    {
        var start = ObjectStart(text, number);
        var end = text.IndexOf("endobj", start, StringComparison.Ordinal);
        return text[start..end].Trim();
    }

    private static int ObjectStart(string text, int number)
    {
        var match = new Regex($@"(?<![0-9]){number} 0 obj\s*").Match(text);
        return match.Success ? match.Index + match.Length : throw new InvalidOperationException($"Object {number} not found.");
    }

    private static int FirstPage(string text)
    {
        var match = PageRegex().Match(text);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException("No page.");
    }

    private static string PdfString(string value) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizeRegex();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex RootRegex();

    [GeneratedRegex(@"/Info\s+(\d+)\s+0\s+R")]
    private static partial Regex InfoRegex();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefRegex();

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRangeRegex();

    [GeneratedRegex(@"(\d+) 0 obj\s*<<\s*/Type\s*/Page(?![s\w])")]
    private static partial Regex PageRegex();
}
