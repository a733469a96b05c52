using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Tests.Certificates;
using PcfCert.Certification.Tests.Schemes;

namespace PcfCert.Certification.Tests.Fidelity;

/// <summary>Issue 17 item 10: the certificate-change flags (CEC 7.3, PCEC 9.3), each flipped in a test scheme.</summary>
public sealed class CertificateChangeFlagTests
{
    private static readonly DateOnly IssuedOn = new(2026, 3, 15);
    private static readonly DateOnly ChangedOn = new(2026, 6, 10);

    private static (Certificate Certificate, CertificateVersion Version) Changed(SchemeDefinition scheme, CertificateNumber? newNumber)
    {
        var rules = SchemeCatalogCertificateRules.FromScheme(scheme, "T-PCF");
        var c = Certificate.Issue(Guid.NewGuid(), new CertificateNumber(rules.NumberPrefix, 2026, 1), rules, CertificateBuilder.Particulars(),
            IssuedOn, CertificateBuilder.At, new IssueReferences());
        var request = ChangeRequest.File(Guid.NewGuid(), c, ChangeKind.ProductNameOrModel, "型号更名", new CertificateAmendment(Model: "CBB65A 450V 30μF"), new DateOnly(2026, 6, 1));
        var version = request.Approve(c, rules, rules.ChangeKeepsNumber ? null : newNumber, "同意", ChangedOn, CertificateBuilder.At);
        return (c, version);
    }

    [Fact]
    public void Cec_7_3_keeps_number_true_keeps_the_number_and_flipped_to_false_issues_the_changed_certificate_under_the_next_number()
    {
        // CEC 7.3 "新证书的编号、批准有效日期保持不变".
        var (kept, keptVersion) = Changed(RealSchemes.Cec, null);
        Assert.Equal("T-PCF-2026-00001", kept.Number);
        Assert.Equal(["T-PCF-2026-00001", "T-PCF-2026-00001"], kept.Versions.Select(v => v.Number));
        Assert.Equal("T-PCF-2026-00001", kept.Contents.Number);
        Assert.Null(kept.ReplacedNumber("T-PCF-2026-00001"));
        Assert.Equal(2, keptVersion.Version);

        // The same rule with keepsNumber false: the new version carries the number the counter gave (here 7), the old
        // version keeps 1 and is found by it, pointing to its successor through the certificate.
        var flipped = TestSchemes.Cec(d => d["certificateChange"]!["keepsNumber"] = false);
        var (renumbered, version) = Changed(flipped, new CertificateNumber("T-PCF", 2026, 7));
        Assert.Equal("T-PCF-2026-00007", renumbered.Number);
        Assert.Equal((2026, 7), (renumbered.NumberYear, renumbered.NumberSequence));
        Assert.Equal("T-PCF-2026-00007", version.Number);
        Assert.Equal("T-PCF-2026-00007", renumbered.Contents.Number);
        Assert.Equal("T-PCF-2026-00001", renumbered.ContentsOf(renumbered.Versions[0]).Number);
        Assert.Equal(1, renumbered.ReplacedNumber("T-PCF-2026-00001")!.Version);
        Assert.Equal(ChangedOn, renumbered.ReplacedNumber("T-PCF-2026-00001")!.SupersededOn);
        // Validity is kept either way (keepsValidity true in both).
        Assert.Equal((IssuedOn, new DateOnly(2029, 3, 15)), (renumbered.Contents.IssuedOn, renumbered.Contents.ValidUntil));

        // A number where the scheme keeps it, or none where it gives a new one, is a programming error.
        var rules = SchemeCatalogCertificateRules.FromScheme(flipped, "T-PCF");
        var c = Certificate.Issue(Guid.NewGuid(), new CertificateNumber("T-PCF", 2026, 2), rules, CertificateBuilder.Particulars(), IssuedOn,
            CertificateBuilder.At, new IssueReferences());
        Assert.Throws<ArgumentException>(() => c.IssueChangedVersion(Guid.NewGuid(), new CertificateAmendment(), rules, null, ChangedOn, CertificateBuilder.At));
        Assert.Single(c.Versions);
    }

    [Fact]
    public void Pcec_9_3_keeps_validity_true_keeps_the_dates_and_flipped_to_false_gives_the_changed_certificate_a_fresh_validity()
    {
        // PCEC 9.3 "新证书的有效日期保持不变": 2026-03-15 + 24 months (9.2) = 2028-03-15, kept by the changed certificate;
        // the number is not kept (keepsNumber false), so the change takes number 2.
        var (kept, _) = Changed(RealSchemes.Pcec, new CertificateNumber("T-PCF", 2026, 2));
        Assert.Equal("T-PCF-2026-00002", kept.Number);
        Assert.Equal((IssuedOn, new DateOnly(2028, 3, 15)), (kept.Contents.IssuedOn, kept.Contents.ValidUntil));
        Assert.Equal(new DateOnly(2028, 3, 15), kept.ValidUntil);
        Assert.Equal(ChangedOn, kept.Contents.ChangedOn);

        // Flipped: the changed certificate is valid 24 months from the change date, 2026-06-10 to 2028-06-10; the first
        // version keeps its own dates and the certificate's validity (expiry, renewal) follows the version in force.
        var flipped = TestSchemes.Pcec(d => d["certificateChange"]!["keepsValidity"] = false);
        var (renewed, version) = Changed(flipped, new CertificateNumber("T-PCF", 2026, 2));
        Assert.Equal((ChangedOn, new DateOnly(2028, 6, 10)), (version.ValidFrom, version.ValidUntil));
        Assert.Equal((ChangedOn, new DateOnly(2028, 6, 10)), (renewed.Contents.IssuedOn, renewed.Contents.ValidUntil));
        Assert.Equal((IssuedOn, new DateOnly(2028, 3, 15)), (renewed.Versions[0].ValidFrom, renewed.Versions[0].ValidUntil));
        Assert.Equal(new DateOnly(2028, 6, 10), renewed.ValidUntil);
        Assert.Equal(IssuedOn, renewed.IssuedOn);
        Assert.Equal(CertificateStatus.Valid, renewed.StatusOn(new DateOnly(2028, 5, 1))); // past the old end, within the new one
    }
}
