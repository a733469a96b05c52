namespace PcfCert.Certification.Tests.Schemes;

public sealed class TeamRulesTests
{
    [Theory]
    [InlineData("team-leader", 1)]
    [InlineData("ghg-verifier", 1)]
    [InlineData("product-certification-inspector", 1)]
    [InlineData("technical-expert", 0)]
    public void Cec_5_2_1_team_role(string key, int minCount)
    {
        var role = RealSchemes.Cec.TeamRules.Composition.Single(r => r.Key == key);
        Assert.Equal(minCount, role.MinCount);
        Assert.Equal("5.2.1", role.Clause);
    }

    [Fact]
    public void Cec_5_2_1_voluntary_or_green_product_registration_satisfies_the_inspector_role()
    {
        var role = RealSchemes.Cec.TeamRules.Composition.Single(r => r.Key == "product-certification-inspector");
        Assert.Equal(["voluntary-product-certification-registration", "green-product-certification-registration"], role.Qualifications);
    }

    [Fact]
    public void Cec_5_2_1_impartiality_and_confidentiality_apply_to_every_member()
    {
        Assert.Equal(["qualified-personnel", "sector-competence", "impartiality", "confidentiality"], RealSchemes.Cec.TeamRules.GeneralRequirements.Select(r => r.Key));
    }

    [Fact]
    public void Cec_5_2_2_table_1_has_six_personnel_types()
    {
        var types = RealSchemes.Cec.TeamRules.PersonnelTypes;
        Assert.Equal(["认证方案（制度）制定人员", "认证管理人员", "检查员", "认证复核与决定人员", "认证人员能力评价人员", "技术专家"], types.Select(t => t.Name.Zh));
        Assert.Equal("至少应具备自愿性产品认证或温室气体核查员资质，或具备 2 个以上碳足迹核查项目经历。", types.Single(t => t.Key == "inspector").Qualification);
        Assert.Equal("应不低于检查员的专业资格要求。", types.Single(t => t.Key == "reviewer-and-decision-maker").Qualification);
        Assert.All(types, t => Assert.False(string.IsNullOrWhiteSpace(t.Competence)));
    }

    [Fact]
    public void Cec_5_5_person_days_at_least_2_counted_per_site()
    {
        var rule = RealSchemes.Cec.TeamRules.PersonDays;
        Assert.Equal(2m, rule.Minimum);
        Assert.True(rule.CountedPerSite);
        Assert.True(rule.InPrinciple);
        Assert.Equal("5.5", rule.Clause);
    }

    [Fact]
    public void Pcec_7_3_1_person_days_at_least_2_per_inspection_not_per_site()
    {
        var rule = RealSchemes.Pcec.TeamRules.PersonDays;
        Assert.Equal(2m, rule.Minimum);
        Assert.False(rule.CountedPerSite);
        Assert.Equal("7.3.1", rule.Clause);
    }

    [Fact]
    public void Pcec_7_3_1_experts_optional_and_no_personnel_table()
    {
        Assert.Equal(0, Assert.Single(RealSchemes.Pcec.TeamRules.Composition).MinCount);
        Assert.Empty(RealSchemes.Pcec.TeamRules.PersonnelTypes);
    }

    [Fact]
    public void Pcec_7_6_reviewer_must_not_have_taken_part_in_the_evaluation()
    {
        Assert.True(RealSchemes.Pcec.Decision.ReviewerMustBeIndependent);
        Assert.False(RealSchemes.Cec.Decision.ReviewerMustBeIndependent);
    }
}
