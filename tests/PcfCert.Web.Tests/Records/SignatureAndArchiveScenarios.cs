using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text;
using System.Text.Json;
using PcfCert.Infrastructure.Records;
using PcfCert.Web.Tests.Infrastructure;
using static PcfCert.Web.Tests.Records.RecordFileScenario;

namespace PcfCert.Web.Tests.Records;

/// <summary>Every generated PDF is signed (PAdES / CMS, checked with SignedCms) and its SHA-256 recorded; the archive's manifest holds.</summary>
public abstract class SignatureAndArchiveScenarios<TFixture>(TFixture f) where TFixture : RecordFiles
{
    [Fact]
    public async Task Every_pdf_of_both_files_carries_a_valid_detached_cms_signature_of_the_body_over_its_byte_range_and_its_hash_is_recorded()
    {
        using var manager = await SignedIn(f.Host, Demo.Manager);
        foreach (var (file, number, body) in new[] { (f.Cec, f.Files.CecNumber, "中环联合（北京）认证中心有限公司"), (f.Pcec, f.Files.PcecNumber, "中创新海（天津）认证服务有限公司") })
        {
            // Every generated PDF: documents, certificate prints, the audit trail — not the applicant's own uploads.
            var pdfs = file.Where(e => e.Key.EndsWith(".pdf", StringComparison.Ordinal) && !e.Key.StartsWith("uploads/", StringComparison.Ordinal)).ToList();
            Assert.True(pdfs.Count >= (file == f.Cec ? 14 : 7), $"only {pdfs.Count} PDFs");
            foreach (var (path, pdf) in pdfs)
            {
                var (covered, cms) = ByteRange(pdf, path);
                var signed = new SignedCms(new ContentInfo(covered), detached: true);
                signed.Decode(cms);
                signed.CheckSignature(verifySignatureOnly: true); // throws when the content or the signature was altered
                Assert.True(signed.SignerInfos.Count == 1, $"{path}: one signer");
                var signer = signed.SignerInfos[0];
                Assert.Equal("2.16.840.1.101.3.4.2.1", signer.DigestAlgorithm.Value); // SHA-256
                Assert.Contains(body, signer.Certificate!.Subject);
                Assert.Contains(signer.SignedAttributes.Cast<CryptographicAttributeObject>(), a => a.Oid.Value == "1.2.840.113549.1.9.16.2.47"); // ESS signing-certificate-v2
                // The signed message digest is the SHA-256 of the byte range.
                var digest = signer.SignedAttributes.Cast<CryptographicAttributeObject>().Single(a => a.Oid.Value == "1.2.840.113549.1.9.4").Values[0];
                var messageDigest = new Pkcs9MessageDigest();
                messageDigest.CopyFrom(digest);
                Assert.Equal(SHA256.HashData(covered), messageDigest.MessageDigest);

                // One altered byte in the covered part breaks the signature.
                var tampered = (byte[])covered.Clone();
                tampered[covered.Length / 3] ^= 0x01;
                var broken = new SignedCms(new ContentInfo(tampered), detached: true);
                broken.Decode(cms);
                Assert.ThrowsAny<CryptographicException>(() => broken.CheckSignature(verifySignatureOnly: true));
                if (path.StartsWith("documents/", StringComparison.Ordinal) || path.StartsWith("audit/", StringComparison.Ordinal))
                {
                    // The recorded hash names the record, so a printed copy can be checked later.
                    var record = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/records/{Convert.ToHexStringLower(SHA256.HashData(pdf))}");
                    Assert.Equal(number, record.GetProperty("applicationNumber").GetString());
                }
            }
        }
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/api/v1/records/{new string('0', 64)}")).StatusCode);
    }

    /// <summary>
    /// Reads the last signature's /ByteRange [a b c d] as ISO 32000-1 12.8.1 defines it, independently of PcfCert's signer:
    /// the covered bytes are [a, a + b) and [c, c + d), which must be the whole file but the /Contents hex string between.
    /// </summary>
    private static (byte[] Covered, byte[] Cms) ByteRange(byte[] pdf, string path)
    {
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Contains("/SubFilter /ETSI.CAdES.detached", text);
        var match = System.Text.RegularExpressions.Regex.Matches(text, @"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")[^1];
        var r = match.Groups.Values.Skip(1).Select(g => int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.True(r[0] == 0 && r[2] + r[3] == pdf.Length, $"{path}: the byte range [{string.Join(' ', r)}] does not cover the file's start and end");
        Assert.True(pdf[r[1]] == (byte)'<' && pdf[r[2] - 1] == (byte)'>', $"{path}: the gap is not the /Contents hex string");
        var covered = pdf.AsSpan(r[0], r[1]).ToArray().Concat(pdf.AsSpan(r[2], r[3]).ToArray()).ToArray();
        // The hex string is padded with zeros after the DER value: keep the value's own length.
        var padded = Convert.FromHexString(text[(r[1] + 1)..(r[2] - 1)]);
        System.Formats.Asn1.AsnDecoder.ReadEncodedValue(padded, System.Formats.Asn1.AsnEncodingRules.DER, out _, out _, out var length);
        return (covered, padded[..length]);
    }

    [Fact]
    public async Task A_document_whose_data_did_not_change_is_served_as_stored_with_the_same_hash()
    {
        using var manager = await SignedIn(f.Host, Demo.Manager);
        var again = await manager.Http.GetByteArrayAsync($"/api/v1/applications/{f.Files.CecId}/records/inspection-report.pdf");
        Assert.Equal(f.Cec["documents/inspection-report.pdf"], again);
    }

    [Fact]
    public void The_archive_holds_every_document_upload_model_version_and_the_audit_trail_and_its_manifest_hashes_recompute()
    {
        var manifest = JsonDocument.Parse(f.Cec[RecordArchive.Manifest]).RootElement;
        var entries = manifest.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(f.Cec.Count - 2, entries.Count); // every entry but the manifest and SHA256SUMS themselves
        foreach (var entry in entries)
        {
            var content = f.Cec[entry.GetProperty("path").GetString()!];
            Assert.Equal(entry.GetProperty("size").GetInt64(), content.LongLength);
            Assert.Equal(entry.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(content)));
        }
        var sums = Encoding.UTF8.GetString(f.Cec[RecordArchive.Sums]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(sums, line => Assert.Equal(line[..64], Convert.ToHexStringLower(SHA256.HashData(f.Cec[line[66..]]))));

        foreach (var kind in new[] { "acceptance-notice", "inspection-plan", "document-review", "inspection-report", "nonconformity-report", "verification-report", "evaluation-report", "decision" })
        {
            Assert.True(f.Cec.ContainsKey($"documents/{kind}.pdf"), kind);
        }
        Assert.True(f.Cec.ContainsKey("documents/verification-report.docx"));
        Assert.True(f.Cec.ContainsKey($"certificates/{f.Files.CertificateNumber}-v1.pdf"));
        Assert.True(f.Cec.ContainsKey($"certificates/{f.Files.CertificateNumber}-v2.pdf")); // the approved change
        Assert.True(f.Cec.ContainsKey("models/v1.model.json") && f.Cec.ContainsKey("models/v1.result.json"));
        Assert.Contains(f.Cec.Keys, k => k.StartsWith("uploads/application/", StringComparison.Ordinal));
        var trail = JsonDocument.Parse(f.Cec["audit/audit-trail.json"]).RootElement;
        Assert.True(trail.GetArrayLength() > 10);
        Assert.Contains("审核追踪记录", RecordPdf.Text(f.Cec["audit/audit-trail.pdf"]));
        // The PCEC file has no certificate, and no document review (PCEC has no such step).
        Assert.DoesNotContain(f.Pcec.Keys, k => k.StartsWith("certificates/", StringComparison.Ordinal));
        Assert.True(f.Pcec.ContainsKey("documents/termination-notice.pdf"));
    }
}

[Collection(SqliteRecordsCollection.Name)]
public sealed class SignatureAndArchiveOnSqlite(SqliteRecordFiles f) : SignatureAndArchiveScenarios<SqliteRecordFiles>(f);

[Collection(PostgreSqlRecordsCollection.Name)]
public sealed class SignatureAndArchiveOnPostgreSql(PostgreSqlRecordFiles f) : SignatureAndArchiveScenarios<PostgreSqlRecordFiles>(f);
