using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Tests.Schemes;

public sealed class ProcedureAndScopeTests
{
    [Fact]
    public void Cec_identity_from_the_cover_page()
    {
        var cec = RealSchemes.Cec;
        Assert.Equal("CEC-7065CVP-A/0", cec.Code);
        Assert.Equal("CEC", cec.Issuer.ShortName);
        Assert.Equal(new DateOnly(2024, 4, 30), cec.PublishedOn);
        Assert.Equal(new DateOnly(2024, 4, 30), cec.EffectiveOn);
    }

    [Fact]
    public void Pcec_identity_from_the_cover_page()
    {
        var pcec = RealSchemes.Pcec;
        Assert.Equal("ZCXH/XZ-15-2024", pcec.Code);
        Assert.Equal("V4.0", pcec.Version);
        Assert.Equal("PCEC", pcec.Issuer.ShortName);
        Assert.Equal(new DateOnly(2025, 10, 14), pcec.PublishedOn);
        Assert.Equal(new DateOnly(2025, 10, 14), pcec.EffectiveOn);
    }

    [Fact]
    public void Cec_2_basis_standards()
    {
        Assert.Equal(["CEC 091-2024", "ISO 14067:2018", "PAS 2050:2011"], RealSchemes.Cec.BasisStandards.Select(s => s.Code));
    }

    [Fact]
    public void Pcec_5_basis_standard_is_gb_t_24067_2024()
    {
        Assert.Equal("GB/T 24067-2024", Assert.Single(RealSchemes.Pcec.BasisStandards).Code);
    }

    [Fact]
    public void Cec_3_mode_is_document_review_inspection_surveillance()
    {
        Assert.Equal(["document-review", "on-site-inspection", "surveillance"], RealSchemes.Cec.CertificationMode.Components);
    }

    [Fact]
    public void Pcec_3_mode_is_inspection_verification_surveillance()
    {
        Assert.Equal(["on-site-inspection", "pcf-verification", "surveillance"], RealSchemes.Pcec.CertificationMode.Components);
    }

    [Fact]
    public void Cec_3_and_5_procedure_has_document_review_and_no_separate_verification()
    {
        Assert.Equal(
            ["application", "planning", "document-review", "on-site-inspection", "technical-review-and-decision", "surveillance"],
            RealSchemes.Cec.ProcedureSteps.Select(s => s.Key));
        Assert.Null(RealSchemes.Cec.FindStep(ProcedureStepKeys.PcfVerification));
    }

    [Fact]
    public void Pcec_7_procedure_has_application_review_and_a_separate_verification_step()
    {
        // 认证申请→申请评审→方案策划→现场检查→产品碳足迹核查→认证复核与决定→获证后监督→再认证
        Assert.Equal(
            ["application", "application-review", "planning", "on-site-inspection", "pcf-verification", "technical-review-and-decision", "surveillance", "recertification"],
            RealSchemes.Pcec.ProcedureSteps.Select(s => s.Key));
        Assert.Equal("产品碳足迹核查", RealSchemes.Pcec.FindStep(ProcedureStepKeys.PcfVerification)!.Name.Zh);
    }

    [Fact]
    public void Cec_1_scope_is_electronic_components_under_cec_091()
    {
        var product = Assert.Single(RealSchemes.Cec.Products);
        Assert.Equal("电子元器件", product.Name.Zh);
        Assert.Equal("CEC 091-2024", product.Standard.Code);
    }

    [Fact]
    public void Pcec_1_scope_has_four_product_field_codes()
    {
        Assert.Equal(["PV06", "PV11", "PV13", "PV16"], RealSchemes.Pcec.ProductScope.Categories.Select(c => c.Code));
        Assert.Equal([11, 15, 1, 1], RealSchemes.Pcec.ProductScope.Categories.Select(c => c.Products.Count));
    }

    [Fact]
    public void Pcec_1_table_lists_28_products()
    {
        // The issue and DESIGN.md say 30; the seed's table and annexes 3–7 name 28 (CTS PCEC-08 … -35).
        Assert.Equal(28, RealSchemes.Pcec.Products.Count());
        Assert.Equal(28, RealSchemes.Pcec.Products.Select(p => p.Standard.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("清水剂", "PV06", "附件5", "CTS PCEC-08:2025")]
    [InlineData("防垢剂", "PV06", "附件5", "CTS PCEC-09:2025")]
    [InlineData("防蜡剂", "PV06", "附件5", "CTS PCEC-10:2025")]
    [InlineData("浮选剂", "PV06", "附件5", "CTS PCEC-11:2025")]
    [InlineData("高温破乳剂", "PV06", "附件5", "CTS PCEC-12:2025")]
    [InlineData("缓蚀剂", "PV06", "附件5", "CTS PCEC-13:2025")]
    [InlineData("降凝剂", "PV06", "附件5", "CTS PCEC-14:2025")]
    [InlineData("破乳剂", "PV06", "附件5", "CTS PCEC-15:2025")]
    [InlineData("杀菌剂", "PV06", "附件5", "CTS PCEC-16:2025")]
    [InlineData("脱硫剂", "PV06", "附件5", "CTS PCEC-17:2025")]
    [InlineData("消泡剂", "PV06", "附件5", "CTS PCEC-18:2025")]
    [InlineData("潜油泵", "PV11", "附件3", "CTS PCEC-20:2025")]
    [InlineData("常规井下安全阀", "PV11", "附件7", "CTS PCEC-22:2025")]
    [InlineData("常规取心工具", "PV11", "附件7", "CTS PCEC-23:2025")]
    [InlineData("大通径隔离封隔器", "PV11", "附件7", "CTS PCEC-24:2025")]
    [InlineData("多功能过滤器", "PV11", "附件7", "CTS PCEC-25:2025")]
    [InlineData("防遇阻顶部封隔器", "PV11", "附件7", "CTS PCEC-26:2025")]
    [InlineData("减震器", "PV11", "附件7", "CTS PCEC-27:2025")]
    [InlineData("快速接头", "PV11", "附件7", "CTS PCEC-28:2025")]
    [InlineData("领眼磨鞋", "PV11", "附件7", "CTS PCEC-29:2025")]
    [InlineData("磨鞋", "PV11", "附件7", "CTS PCEC-30:2025")]
    [InlineData("水力振荡器", "PV11", "附件7", "CTS PCEC-31:2025")]
    [InlineData("铣鞋", "PV11", "附件7", "CTS PCEC-32:2025")]
    [InlineData("液压扩眼器", "PV11", "附件7", "CTS PCEC-33:2025")]
    [InlineData("液压震击器", "PV11", "附件7", "CTS PCEC-34:2025")]
    [InlineData("有缆智能工作筒", "PV11", "附件7", "CTS PCEC-35:2025")]
    [InlineData("潜油电机", "PV13", "附件4", "CTS PCEC-19:2025")]
    [InlineData("防爆LED照明灯", "PV16", "附件6", "CTS PCEC-21:2025")]
    public void Pcec_1_product_with_its_field_annex_and_standard(string name, string code, string annex, string standard)
    {
        var category = RealSchemes.Pcec.ProductScope.Categories.Single(c => c.Products.Any(p => p.Name.Zh == name));
        var product = category.Products.Single(p => p.Name.Zh == name);
        Assert.Equal(code, category.Code);
        Assert.Equal(annex, product.Annex);
        Assert.Equal(standard, product.Standard.Code);
        Assert.NotNull(product.Classification);
    }

    [Fact]
    public void Cec_4_units_split_by_functional_unit_and_production_site()
    {
        Assert.Equal(["functional-unit", "product", "model", "production-site"], RealSchemes.Cec.UnitDivision.Dimensions);
        Assert.Contains(RealSchemes.Cec.UnitDivision.Rules, r => r.Source == "以电子元器件产品 1 个功能单位为 1 个认证单元。");
    }

    [Fact]
    public void Pcec_4_and_annexes_different_models_or_typical_names_are_different_units()
    {
        Assert.Contains("typical-product-name", RealSchemes.Pcec.UnitDivision.Dimensions);
        Assert.Contains(RealSchemes.Pcec.UnitDivision.Rules, r => r.Source == "不同规格型号，不同典型产品名称的产品不能作为一个认证单元。");
        Assert.Contains(RealSchemes.Pcec.UnitDivision.Rules, r => r.Clause == "4 注" && r.Source!.Contains("生产场地不同时，应作为不同的认证单元"));
    }
}
