using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Tests.Schemes;

public sealed class ApplicationDocumentTests
{
    [Theory]
    [InlineData("application-form", "5.1.1 a)", DocumentRequirement.Required)]
    [InlineData("business-licences", "5.1.1 b)", DocumentRequirement.Required)]
    [InlineData("production-licence", "5.1.1 b)", DocumentRequirement.WhenApplicable)]
    [InlineData("commission-proof", "5.1.1 b)", DocumentRequirement.WhenApplicable)]
    [InlineData("distributor-importer-contract", "5.1.1 b)", DocumentRequirement.WhenApplicable)]
    [InlineData("life-cycle-activity-data", "5.1.1 c)", DocumentRequirement.Required)]
    [InlineData("material-list", "5.1.1 c)", DocumentRequirement.Required)]
    [InlineData("energy-sources", "5.1.1 c)", DocumentRequirement.Required)]
    [InlineData("decarbonisation-plan", "5.1.1 c)", DocumentRequirement.Required)]
    [InlineData("factory-assurance-manual", "5.1.1 c)", DocumentRequirement.Required)]
    [InlineData("process-flow-chart", "5.1.1 d)", DocumentRequirement.Required)]
    [InlineData("equipment-list", "5.1.1 d)", DocumentRequirement.Required)]
    [InlineData("production-sites-list", "5.1.1 d)", DocumentRequirement.WhenApplicable)]
    [InlineData("application-form-appendices", "5.1.1 d)", DocumentRequirement.Required)]
    public void Cec_5_1_1_document(string key, string clause, DocumentRequirement requirement)
    {
        var document = RealSchemes.Cec.ApplicationDocuments.Single(d => d.Key == key);
        Assert.Equal(clause, document.Clause);
        Assert.Equal(requirement, document.Requirement);
        Assert.Equal(requirement == DocumentRequirement.WhenApplicable, document.Condition is not null);
    }

    [Fact]
    public void Cec_5_1_1_has_14_documents_in_groups_a_to_d()
    {
        Assert.Equal(14, RealSchemes.Cec.ApplicationDocuments.Count);
        Assert.Equal(["5.1.1 a)", "5.1.1 b)", "5.1.1 c)", "5.1.1 d)"], RealSchemes.Cec.ApplicationDocuments.Select(d => d.Clause).Distinct());
    }

    [Theory]
    [InlineData("application-form", "7.1 (1)", DocumentRequirement.Required)]
    [InlineData("business-licences", "7.1 (2)", DocumentRequirement.Required)]
    [InlineData("commission-proof", "7.1 (3)", DocumentRequirement.WhenApplicable)]
    [InlineData("distributor-importer-contract", "7.1 (3)", DocumentRequirement.WhenApplicable)]
    [InlineData("oem-odm-ip-relationship", "7.1 (4)", DocumentRequirement.WhenApplicable)]
    [InlineData("organisation-chart", "7.1 (5)", DocumentRequirement.Required)]
    [InlineData("process-flow", "7.1 (6)", DocumentRequirement.Required)]
    [InlineData("other", "7.1 (7)", DocumentRequirement.WhenApplicable)]
    public void Pcec_7_1_document(string key, string clause, DocumentRequirement requirement)
    {
        var document = RealSchemes.Pcec.ApplicationDocuments.Single(d => d.Key == key);
        Assert.Equal(clause, document.Clause);
        Assert.Equal(requirement, document.Requirement);
    }

    [Theory]
    [InlineData("附件3", "submersible-pump", "(6) 潜油泵产品的工艺流程；")]
    [InlineData("附件4", "submersible-motor", "(6) 电机产品的工艺流程；")]
    [InlineData("附件5", "demulsifier", "(6) 石油工业和水处理工业用助剂产品的工艺流程；")]
    [InlineData("附件6", "explosion-proof-led-light", "(6) 防爆LED照明灯产品的工艺流程；")]
    [InlineData("附件7", "hydraulic-jar", "(6) 石油天然气钻完井工具产品的工艺流程；")]
    public void Pcec_annex_3_to_7_documents_replace_the_general_list(string annex, string productKey, string processFlowSource)
    {
        var documents = RealSchemes.Pcec.ApplicationDocumentsFor(productKey);
        var variant = RealSchemes.Pcec.ApplicationDocumentVariants.Single(v => v.Annex == annex);
        Assert.Same(variant.Documents, documents);
        Assert.Equal(processFlowSource, documents.Single(d => d.Key == "process-flow").Source);
        Assert.DoesNotContain(documents, d => d.Key == "other"); // the annexes stop at (6)
        Assert.Equal(7, documents.Count);
    }

    [Fact]
    public void Pcec_annex_variants_cover_all_28_products_once()
    {
        var keys = RealSchemes.Pcec.ApplicationDocumentVariants.SelectMany(v => v.ProductKeys).ToList();
        Assert.Equal(28, keys.Count);
        Assert.Equal(RealSchemes.Pcec.Products.Select(p => p.Key).Order(), keys.Order());
    }
}
