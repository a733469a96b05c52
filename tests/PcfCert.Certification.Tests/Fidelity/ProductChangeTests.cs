using PcfCert.Certification.Certificates;
using PcfCert.Certification.Tests.Certificates;
using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Fidelity;

/// <summary>
/// Issue 17 item 13: CEC annex 1 五 "产品信息变化情况（监督/增项/再认证时填写）" — asked in the extension and re-certification
/// application and at surveillance, required there, and kept.
/// </summary>
public sealed class ProductChangeTests
{
    private static readonly PartyDetails Party = new("苏州示例电子元件有限公司", "91320594MA1N2K3P4Y", "江苏省苏州市");

    [Fact]
    public void Cec_annex_1_5_a_recertification_names_the_existing_certificates_and_what_changed_before_it_is_submitted()
    {
        var b = B.Cec();
        var app = b.WithAllDocuments();
        var units = app.Units;
        app.UpdateForm(b.Scheme, Party, Party, Party, null, units, app.FactoryProfile,
            new ProductChangeInformation(ApplicationPurpose.Recertification, [], null, null));
        Assert.Equal(ApplicationPurpose.Recertification, app.Purpose);
        var refused = Assert.Throws<WorkflowException>(() => app.Submit(b.Scheme, B.ApplicantUser, B.Start, b.Declared()));
        Assert.Equal(["productChanges.existingCertificates", "productChanges.siteOrProcessChanged"],
            refused.Problems.Where(p => p.Path.StartsWith("productChanges", StringComparison.Ordinal)).Select(p => p.Path));
        Assert.Equal(ApplicationStatus.Draft, app.Status);

        // Changed without saying what: refused at the description.
        app.UpdateForm(b.Scheme, Party, Party, Party, null, units, app.FactoryProfile,
            new ProductChangeInformation(ApplicationPurpose.Recertification, [" cec-pcf-2023-00007 ", "CEC-PCF-2023-00008", ""], true, " "));
        Assert.Equal(["productChanges.changes"],
            Assert.Throws<WorkflowException>(() => app.Submit(b.Scheme, B.ApplicantUser, B.Start, b.Declared())).Problems.Select(p => p.Path));

        app.UpdateForm(b.Scheme, Party, Party, Party, null, units, app.FactoryProfile,
            new ProductChangeInformation(ApplicationPurpose.Recertification, ["CEC-PCF-2023-00007", "CEC-PCF-2023-00008"], true, "生产地址迁至相城区 9 号"));
        app.Submit(b.Scheme, B.ApplicantUser, B.Start, b.Declared());
        Assert.Equal(ApplicationStatus.Submitted, app.Status);
        var kept = app.ProductChanges!;
        Assert.Equal(["CEC-PCF-2023-00007", "CEC-PCF-2023-00008"], kept.ExistingCertificates); // trimmed, upper-cased
        // "本次申请认证产品单元 1 个，较既有证书扩大/缩小 个": 1 unit against 2 certificates is one fewer.
        Assert.Single(app.Units);
        Assert.Equal(-1, kept.Difference(app.Units.Count));
    }

    [Fact]
    public void Cec_annex_1_5_an_initial_application_is_not_asked_and_an_application_cannot_claim_to_be_a_surveillance()
    {
        var b = B.Cec();
        var app = b.WithAllDocuments();
        app.UpdateForm(b.Scheme, Party, Party, Party, null, app.Units, app.FactoryProfile,
            new ProductChangeInformation(ApplicationPurpose.Initial, ["X"], null, null));
        Assert.Null(app.ProductChanges);
        Assert.Equal(WorkflowError.InvalidValue, Assert.Throws<WorkflowException>(() => app.UpdateForm(b.Scheme, Party, Party, Party, null, app.Units,
            app.FactoryProfile, new ProductChangeInformation(ApplicationPurpose.Surveillance, ["X"], false, null))).Error);
        app.Submit(b.Scheme, B.ApplicantUser, B.Start, b.Declared());
        Assert.Equal(ApplicationPurpose.Initial, app.Purpose);
    }

    [Fact]
    public void Cec_annex_1_5_a_surveillance_concludes_only_with_the_product_changes_stated_and_pcec_does_not_ask_them()
    {
        var rules = CitedCertificateRules.Cec;
        var scheme = SurveillanceBuilder.SchemeOf(rules);
        var c = CertificateBuilder.Issued(rules, inspectionEnded: new DateOnly(2026, 1, 20));
        var s = Surveillance.OpenPlanned(Guid.NewGuid(), c, new DateOnly(2026, 7, 20), []);
        s.AssignTeam(scheme, B.ValidTeam(), 2m, SurveillanceBuilder.Plan(new DateOnly(2026, 7, 20)), SurveillanceBuilder.Context(rules), null);
        s.StartInspection();
        var failing = new SurveillanceConclusion(new DateOnly(2026, 7, 21), "SV-F", new InspectionConclusion("", "", "", "关键工艺变更未申报"));
        var refused = Assert.Throws<SurveillanceInspectionException>(() => s.Conclude(false, failing, scheme, rules, null, new SurveillanceBaseline(2.0, null)));
        Assert.Contains(refused.Problems, p => p.Path == "productChanges.siteOrProcessChanged");

        // Changed but not described: refused; then stated and kept, the certificate under surveillance as the existing one.
        var missing = Assert.Throws<SurveillanceInspectionException>(() => s.RecordProductChanges(scheme, c.Number, true, null));
        Assert.Equal(["productChanges.changes"], missing.Problems.Select(p => p.Path));
        s.RecordProductChanges(scheme, c.Number, true, "新增一条绕卷生产线");
        Assert.Equal((ApplicationPurpose.Surveillance, c.Number, true, "新增一条绕卷生产线", 0),
            (s.ProductChanges!.Purpose, s.ProductChanges.ExistingCertificates.Single(), s.ProductChanges.SiteOrProcessChanged, s.ProductChanges.Changes, s.ProductChanges.Difference(1)));
        s.Conclude(false, failing, scheme, rules, null, new SurveillanceBaseline(2.0, null));
        Assert.Equal(SurveillanceStatus.Completed, s.Status);
        Assert.Equal(CertificateError.IllegalSurveillanceMove,
            Assert.Throws<CertificateDomainException>(() => s.RecordProductChanges(scheme, c.Number, false, null)).Error);

        // PCEC's form has no such section: nothing is asked, and a surveillance concludes without it.
        var pcec = SurveillanceBuilder.Inspecting(CitedCertificateRules.Pcec, new DateOnly(2026, 7, 21));
        Assert.Null(SurveillanceBuilder.SchemeOf(CitedCertificateRules.Pcec).ApplicationReview.ProductChanges);
        Assert.Throws<CertificateDomainException>(() => pcec.RecordProductChanges(SurveillanceBuilder.SchemeOf(CitedCertificateRules.Pcec), "P-1", false, null));
    }
}
