using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Tests.Schemes;

public sealed class ChecklistTests
{
    [Theory]
    [InlineData("cec-7065cvp-a0", "附件3", 13)]
    [InlineData("zcxh-xz-15-2024-v4.0", "附件1", 14)]
    public void Factory_assurance_checklist_clause_count(string id, string annex, int clauses)
    {
        var checklist = RealSchemes.Catalog.Get(id).FactoryAssuranceChecklist;
        Assert.Equal(annex, checklist.Annex);
        Assert.Equal(clauses, checklist.Clauses.Count);
        Assert.Equal(Enumerable.Range(1, clauses).Select(i => i.ToString()), checklist.Clauses.Select(c => c.Id));
    }

    [Theory]
    [InlineData("1", "责任和资源", 2)]
    [InlineData("2", "文件和记录", 5)]
    [InlineData("3", "产品碳足迹重要影响因素的识别、评价和控制", 3)]
    [InlineData("4", "采购过程控制", 2)]
    [InlineData("5", "生产过程控制", 3)]
    [InlineData("6", "交付及储存过程控制", 5)]
    [InlineData("7", "使用过程控制", 2)]
    [InlineData("8", "生命末期过程控制", 3)]
    [InlineData("9", "检验、监测仪器设备控制", 3)]
    [InlineData("10", "产品碳足迹量化结果不符合的控制", 2)]
    [InlineData("11", "内部审核", 0)]
    [InlineData("12", "认证产品的变更及一致性控制", 0)]
    [InlineData("13", "产品碳足迹认证证书和标识", 5)]
    public void Cec_annex3_clause(string id, string title, int items) => AssertClause(RealSchemes.Cec, id, title, items, "附件3");

    [Theory]
    [InlineData("1", "责任和资源", 2)]
    [InlineData("2", "文件和记录", 4)]
    [InlineData("3", "产品碳足迹重要影响因素", 3)]
    [InlineData("4", "设计/开发过程", 4)]
    [InlineData("5", "采购过程", 2)]
    [InlineData("6", "生产过程", 3)]
    [InlineData("7", "交付及储存过程", 5)]
    [InlineData("8", "使用过程", 2)]
    [InlineData("9", "生命末期过程", 3)]
    [InlineData("10", "检验、监测仪器设备", 3)]
    [InlineData("11", "不符合控制", 2)]
    [InlineData("12", "内部审核", 0)]
    [InlineData("13", "认证产品的变更及一致性", 0)]
    [InlineData("14", "产品碳足迹认证证书和标志", 5)]
    public void Pcec_annex1_clause(string id, string title, int items) => AssertClause(RealSchemes.Pcec, id, title, items, "附件1");

    [Theory]
    [InlineData("cec-7065cvp-a0", "1.1", 4)]
    [InlineData("cec-7065cvp-a0", "1.2", 5)]
    [InlineData("cec-7065cvp-a0", "4.1", 3)]
    [InlineData("cec-7065cvp-a0", "4.2", 4)]
    [InlineData("cec-7065cvp-a0", "4.2.1", 3)]
    [InlineData("cec-7065cvp-a0", "6.4", 4)]
    [InlineData("cec-7065cvp-a0", "8.2", 9)]
    [InlineData("cec-7065cvp-a0", "9.1", 2)]
    [InlineData("cec-7065cvp-a0", "9.3", 3)]
    [InlineData("cec-7065cvp-a0", "10.1", 2)]
    [InlineData("zcxh-xz-15-2024-v4.0", "1.1", 4)]
    [InlineData("zcxh-xz-15-2024-v4.0", "1.2", 5)]
    [InlineData("zcxh-xz-15-2024-v4.0", "5.1", 3)]
    [InlineData("zcxh-xz-15-2024-v4.0", "5.2", 4)]
    [InlineData("zcxh-xz-15-2024-v4.0", "5.2.1", 3)]
    [InlineData("zcxh-xz-15-2024-v4.0", "7.3", 4)]
    [InlineData("zcxh-xz-15-2024-v4.0", "9.2", 9)]
    [InlineData("zcxh-xz-15-2024-v4.0", "10.1", 2)]
    [InlineData("zcxh-xz-15-2024-v4.0", "10.3", 3)]
    [InlineData("zcxh-xz-15-2024-v4.0", "11.1", 2)]
    public void Checklist_sub_item_count(string id, string itemId, int subItems)
    {
        var item = Flatten(RealSchemes.Catalog.Get(id).FactoryAssuranceChecklist).Single(i => i.Id == itemId);
        Assert.Equal(subItems, item.Items.Count);
    }

    [Fact]
    public void Cec_annex3_2_3_text_is_quoted_with_the_24_month_retention()
    {
        var item = Flatten(RealSchemes.Cec.FactoryAssuranceChecklist).Single(i => i.Id == "2.3");
        Assert.EndsWith("且至少不低于 24 个月。", item.Text);
    }

    [Fact]
    public void Cec_annex3_1_1_closing_sentence_follows_the_points()
    {
        var item = Flatten(RealSchemes.Cec.FactoryAssuranceChecklist).Single(i => i.Id == "1.1");
        Assert.Equal("职责", item.Title!.Zh);
        Assert.Equal("认证负责人应具有充分的能力胜任本职工作。", item.ClosingText);
        Assert.Equal(["1.1(1)", "1.1(2)", "1.1(3)", "1.1(4)"], item.Items.Select(i => i.Id));
    }

    [Fact]
    public void Page_breaks_in_the_seed_are_joined()
    {
        var item = Flatten(RealSchemes.Cec.FactoryAssuranceChecklist).Single(i => i.Id == "1.2(2)");
        Assert.Equal("工厂应配备必要的能源消耗、资源消耗、碳足迹量化等方面的检验、检测和监测设备；", item.Text);
    }

    [Fact]
    public void Pcec_annex1_14_lists_five_products_that_may_not_use_the_certificate()
    {
        var clause = RealSchemes.Pcec.FactoryAssuranceChecklist.Clauses.Single(c => c.Id == "14");
        Assert.Equal("(1)", clause.Items[0].Id[^3..]);
        Assert.Equal("未获认证的产品；", clause.Items[0].Text);
        Assert.Equal("产品碳足迹量化及产品一致性不符合的产品。", clause.Items[4].Text);
    }

    private static void AssertClause(SchemeDefinition scheme, string id, string title, int items, string annex)
    {
        var clause = scheme.FactoryAssuranceChecklist.Clauses.Single(c => c.Id == id);
        Assert.Equal(title, clause.Title.Zh);
        Assert.False(string.IsNullOrWhiteSpace(clause.Title.En));
        Assert.Equal(items, clause.Items.Count);
        Assert.Equal($"{annex} 第{id}条", clause.Clause);
        Assert.True(items > 0 || clause.Text is not null);
    }

    private static IEnumerable<ChecklistItem> Flatten(FactoryAssuranceChecklist checklist) =>
        checklist.Clauses.SelectMany(c => Flatten(c.Items));

    private static IEnumerable<ChecklistItem> Flatten(IEnumerable<ChecklistItem> items) =>
        items.SelectMany(i => Flatten(i.Items).Prepend(i));
}
