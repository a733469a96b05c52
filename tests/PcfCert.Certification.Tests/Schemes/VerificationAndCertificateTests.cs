namespace PcfCert.Certification.Tests.Schemes;

public sealed class VerificationAndCertificateTests
{
    [Fact]
    public void Cec_5_4_2_three_product_consistency_items()
    {
        Assert.Equal(["5.4.2 a)", "5.4.2 b)", "5.4.2 c)"], RealSchemes.Cec.ProductConsistencyCheck.Select(i => i.Clause));
    }

    [Fact]
    public void Pcec_7_4_1_three_product_consistency_items()
    {
        Assert.Equal(["7.4.1 (2) 1)", "7.4.1 (2) 2)", "7.4.1 (2) 3)"], RealSchemes.Pcec.ProductConsistencyCheck.Select(i => i.Clause));
    }

    [Fact]
    public void Pcec_7_5_1_verifies_six_aspects_one_by_one()
    {
        var keys = RealSchemes.Pcec.Verification.Items.Where(i => i.Clause.StartsWith("7.5.1", StringComparison.Ordinal)).Select(i => i.Key);
        Assert.Equal(["functional-unit", "system-boundary", "data-collection", "allocation", "cut-off", "data-quality"], keys);
    }

    [Fact]
    public void Pcec_7_5_3_nine_data_quality_dimensions()
    {
        Assert.Equal(
            ["时间代表性", "地理代表性", "技术代表性", "完整性", "准确性", "一致性", "重现性", "数据来源", "不确定性"],
            RealSchemes.Pcec.Verification.DataQualityDimensions.Select(d => d.Name.Zh));
        Assert.Equal("7.5.3 (9)", RealSchemes.Pcec.Verification.DataQualityDimensions[8].Clause);
    }

    [Fact]
    public void Cec_5_4_3_1_three_quantification_methods_and_table_2_primary_data_fields()
    {
        Assert.Equal(["emission-factor", "mass-balance", "measurement"], RealSchemes.Cec.Verification.QuantificationMethods.Select(m => m.Key));
        Assert.Equal(10, RealSchemes.Cec.Verification.PrimaryDataFields.Count);
        Assert.Contains(RealSchemes.Cec.Verification.Items, i => i.Key == "cut-off" && i.Clause == "5.4.3.2 c)");
    }

    [Fact]
    public void Cec_5_6_inspection_conclusion_has_contents_a_to_d()
    {
        Assert.Equal(["5.6 a)", "5.6 b)", "5.6 c)", "5.6 d)"], RealSchemes.Cec.InspectionConclusionContents.Select(i => i.Clause));
        Assert.Empty(RealSchemes.Pcec.InspectionConclusionContents);
    }

    [Fact]
    public void Pcec_annex2_verification_report_has_13_sections()
    {
        var sections = RealSchemes.Pcec.VerificationReportSections;
        Assert.Equal(13, sections.Count);
        Assert.Equal("一、基本信息", sections[0].Name.Zh);
        Assert.Equal("十三、声明", sections[12].Name.Zh);
        Assert.Contains(RealSchemes.Pcec.VerificationReportFields, f => f.Name.Zh == "功能单位/声明单位");
        Assert.Empty(RealSchemes.Cec.VerificationReportSections);
    }

    [Fact]
    public void Cec_7_1_certificate_contents_a_to_g()
    {
        Assert.Equal(["7.1 a)", "7.1 b)", "7.1 c)", "7.1 d)", "7.1 e)", "7.1 f)", "7.1 g)"], RealSchemes.Cec.CertificateContents.Select(i => i.Clause));
        Assert.Equal("碳足迹量化值", RealSchemes.Cec.CertificateContents[5].Name.Zh);
    }

    [Fact]
    public void Pcec_9_1_certificate_contents_a_to_i()
    {
        Assert.Equal(
            ["9.1 a)", "9.1 b)", "9.1 c)", "9.1 d)", "9.1 e)", "9.1 f)", "9.1 g)", "9.1 h)", "9.1 i)"],
            RealSchemes.Pcec.CertificateContents.Select(i => i.Clause));
        Assert.Equal("证书编号", RealSchemes.Pcec.CertificateContents[7].Name.Zh);
    }

    [Fact]
    public void Cec_6_surveillance_checks_footprint_decrease_and_target()
    {
        Assert.Equal(["6.2 a)", "6.2 b)"], RealSchemes.Cec.Surveillance.FocusItems.Select(i => i.Clause));
        Assert.Equal(3, RealSchemes.Cec.Surveillance.ExtraSurveillanceTriggers.Count);
        Assert.True(RealSchemes.Cec.Surveillance.UnannouncedAllowed);
    }

    [Fact]
    public void Pcec_8_1_surveillance_repeats_assurance_consistency_and_verification()
    {
        Assert.Equal(["factory-assurance", "product-consistency", "pcf-verification"], RealSchemes.Pcec.Surveillance.Contents.Select(i => i.Key));
        Assert.Equal(3, RealSchemes.Pcec.Surveillance.ExtraSurveillanceTriggers.Count);
    }

    [Fact]
    public void Marks_placement_order_is_product_package_documents_in_both()
    {
        string[] order = ["product-body", "smallest-package", "accompanying-documents"];
        Assert.Equal(order, RealSchemes.Cec.MarkRules.PlacementOrder.Select(p => p.Key));
        Assert.Equal(order, RealSchemes.Pcec.MarkRules.PlacementOrder.Select(p => p.Key));
        Assert.Contains(RealSchemes.Cec.MarkRules.Requirements, r => r.Source == "不允许使用变形标志。");
    }
}
