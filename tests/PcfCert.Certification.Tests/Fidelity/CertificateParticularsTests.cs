using PcfCert.Certification.Certificates;
using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Fidelity;

/// <summary>Issue 17 item 9: the certificate's particulars come from their sources (CEC 7.1 a, annex 1 三; PCEC 9.1 b, g).</summary>
public sealed class CertificateParticularsTests
{
    [Fact]
    public void Cec_7_1_a_the_product_name_is_the_one_entered_for_the_unit_not_the_category()
    {
        var b = B.Cec();
        var draft = b.Draft();
        var unit = b.Unit() with { ProductName = " " };
        var error = Assert.Throws<WorkflowException>(() => draft.UpdateForm(b.Scheme, draft.Applicant, draft.Manufacturer, draft.Factory, null, [unit], B.Profile));
        Assert.Equal("units[0].productName", error.Problems[0].Path);

        var app = b.AwaitingDecision();
        app.Decide(b.Scheme, B.DecisionMaker, true, null, B.Start.AddDays(21));
        var p = Particulars(b, app);
        Assert.Equal("电子元器件", b.Scheme.Products.Single().Name.Zh);        // the scope's category …
        Assert.Equal(b.Unit().ProductName, p.ProductName);                     // … is not what is printed
    }

    [Fact]
    public void Cec_annex_1_3_the_factorys_nature_industry_and_size_are_asked_and_kept_for_the_factory_while_pcec_7_1_does_not_ask()
    {
        var cec = B.Cec();
        var app = cec.WithAllDocuments();
        app.UpdateForm(cec.Scheme, app.Applicant, app.Manufacturer, app.Factory, null, app.Units, null);
        var error = Assert.Throws<WorkflowException>(() => app.Submit(cec.Scheme, B.ApplicantUser, B.Start, cec.Declared()));
        Assert.Equal((WorkflowError.MissingField, "factoryNature"), (error.Error, error.Problems[0].Path));
        app.UpdateForm(cec.Scheme, app.Applicant, app.Manufacturer, app.Factory, null, app.Units, B.Profile with { Industry = null });
        Assert.Equal("factoryIndustry", Assert.Throws<WorkflowException>(() => app.Submit(cec.Scheme, B.ApplicantUser, B.Start, cec.Declared())).Problems[0].Path);
        app.UpdateForm(cec.Scheme, app.Applicant, app.Manufacturer, app.Factory, null, app.Units, B.Profile);
        app.Submit(cec.Scheme, B.ApplicantUser, B.Start, cec.Declared());
        Assert.Equal(B.Profile, app.FactoryProfile);

        var pcec = B.Pcec();
        var other = pcec.WithAllDocuments();
        other.UpdateForm(pcec.Scheme, other.Applicant, other.Manufacturer, other.Factory, null, other.Units, null);
        other.Submit(pcec.Scheme, B.ApplicantUser, B.Start, pcec.Declared());
        Assert.Equal(ApplicationStatus.Submitted, other.Status);
    }

    [Fact]
    public void Pcec_9_1_b_and_g_the_basis_lists_the_rule_and_the_products_cts_standard_and_the_issuer_is_the_schemes_body()
    {
        var b = B.Pcec();
        var app = b.AwaitingDecision();
        app.Decide(b.Scheme, B.DecisionMaker, true, null, B.Start.AddDays(21));
        var p = Particulars(b, app);
        var product = b.Scheme.Products.First();                               // 清水剂, annex 5, CTS PCEC-08:2025
        Assert.Equal($"ZCXH/XZ-15-2024《{b.Scheme.Title.Zh}》；GB/T 24067-2024；{product.Standard.Code}", p.Basis);
        Assert.StartsWith("CTS PCEC-", product.Standard.Code);
        Assert.Equal("中创新海（天津）认证服务有限公司", p.Issuer);
    }

    private static CertificateParticulars Particulars(B b, CertificationApplication app) =>
        app.CertificateFor(b.Scheme, new CertificateRequest(0, new DateOnly(2025, 3, 25), new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31),
            SystemBoundary.CradleToGate), new DateOnly(2025, 3, 25)).Particulars;
}
