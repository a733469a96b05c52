using PcfCert.Certification.Access;
using PcfCert.Certification.Personnel;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Personnel;

/// <summary>
/// CEC 5.2.2 table 1: six personnel types; the inspector's "至少应具备自愿性产品认证或温室气体核查员资质，或具备 2 个以上碳足迹核查
/// 项目经历"; reviewers and decision makers "应不低于检查员的专业资格要求"; technical experts "不宜低于" (advisory).
/// </summary>
public sealed class PersonnelQualificationTests
{
    private static readonly SchemeDefinition Cec = Tests.Schemes.RealSchemes.Cec;
    private static readonly DateOnly Today = new(2025, 3, 13);

    private static RegisteredPerson Person(string role, params string[] qualifications) =>
        RegisteredPerson.Register(Guid.NewGuid(), "人员", "u-" + role, [role],
            qualifications.Select(q => new Qualification(q, "REG-" + q, new DateOnly(2027, 12, 31))).ToList(), B.AllProductAreas);

    [Fact]
    public void Cec_5_2_2_table_1_gives_six_personnel_types_each_acted_by_a_pcfcert_role()
    {
        var types = Cec.TeamRules.PersonnelTypes;
        Assert.Equal(6, types.Count);
        Assert.Equal(Roles.CertificationBodyStaff.Order(), types.SelectMany(t => t.Roles ?? []).Order());
        Assert.Equal("inspector", PersonnelQualification.TypeForRole(Cec, Roles.TechnicalReviewer) is { } r ? PersonnelQualification.Effective(Cec, r).Key : null);
        Assert.Same(PersonnelQualification.TypeForRole(Cec, Roles.TechnicalReviewer), PersonnelQualification.TypeForRole(Cec, Roles.DecisionMaker));
        Assert.Empty(Tests.Schemes.RealSchemes.Pcec.TeamRules.PersonnelTypes); // PCEC states no such table
    }

    [Theory]
    [InlineData("voluntary-product-certification-registration", 0, true)]
    [InlineData("ghg-verifier-registration", 0, true)]
    [InlineData("competent-inspector", 0, false)] // the body's own designation is not a registration
    [InlineData("competent-inspector", 1, false)]
    [InlineData("competent-inspector", 2, true)] // "2 个以上" counts 2
    public void Cec_table_1_an_inspector_needs_a_registration_or_two_verification_projects(string qualification, int projects, bool met)
    {
        var inspector = PersonnelQualification.TypeForRole(Cec, Roles.Inspector)!;
        Assert.Equal(met, PersonnelQualification.Meets(Cec, inspector, Person(Roles.Inspector, qualification), projects, Today));
    }

    [Fact]
    public void Cec_table_1_a_registration_expired_the_day_before_does_not_count()
    {
        var inspector = PersonnelQualification.TypeForRole(Cec, Roles.Inspector)!;
        var expired = RegisteredPerson.Register(Guid.NewGuid(), "人员", "u-x", [Roles.Inspector],
            [new Qualification("ghg-verifier-registration", "GHG-1", Today.AddDays(-1))], []);
        Assert.False(PersonnelQualification.Meets(Cec, inspector, expired, 0, Today));
        Assert.True(PersonnelQualification.Meets(Cec, inspector, expired, 0, Today.AddDays(-1)));
    }

    [Fact]
    public void Cec_table_1_a_reviewer_not_registered_as_one_or_below_an_inspectors_qualification_may_not_act()
    {
        var actor = new Actor("u-TechnicalReviewer", "复核人员");
        var notRegistered = Assert.Throws<WorkflowException>(() => PersonnelQualification.RequireToAct(Cec, Roles.TechnicalReviewer, actor, null, 5, Today));
        Assert.Equal(WorkflowError.NotRegisteredPersonnel, notRegistered.Error);
        var asInspectorOnly = Assert.Throws<WorkflowException>(() =>
            PersonnelQualification.RequireToAct(Cec, Roles.TechnicalReviewer, actor, Person(Roles.Inspector, "ghg-verifier-registration"), 0, Today));
        Assert.Equal(WorkflowError.NotRegisteredPersonnel, asInspectorOnly.Error);

        var unqualified = Assert.Throws<WorkflowException>(() =>
            PersonnelQualification.RequireToAct(Cec, Roles.TechnicalReviewer, actor, Person(Roles.TechnicalReviewer, "competent-inspector"), 1, Today));
        Assert.Equal(WorkflowError.PersonnelQualificationMissing, unqualified.Error);
        Assert.Equal("应不低于检查员的专业资格要求。", Cec.TeamRules.PersonnelTypes.Single(t => t.Key == "reviewer-and-decision-maker").Qualification);
        Assert.Equal("至少应具备自愿性产品认证或温室气体核查员资质，或具备 2 个以上碳足迹核查项目经历。", unqualified.Arguments[2]); // the inspector's, as the floor
        Assert.Equal(1, unqualified.Arguments[3]);

        PersonnelQualification.RequireToAct(Cec, Roles.TechnicalReviewer, actor, Person(Roles.TechnicalReviewer, "ghg-verifier-registration"), 0, Today);
        PersonnelQualification.RequireToAct(Cec, Roles.DecisionMaker, actor, Person(Roles.DecisionMaker), 2, Today);
    }

    [Fact]
    public void Pcec_7_6_needs_the_reviewer_registered_but_sets_no_table_of_qualifications()
    {
        var pcec = Tests.Schemes.RealSchemes.Pcec;
        var actor = new Actor("u-r", "复核人员");
        Assert.Equal(WorkflowError.NotRegisteredPersonnel,
            Assert.Throws<WorkflowException>(() => PersonnelQualification.RequireToAct(pcec, Roles.TechnicalReviewer, actor, null, 0, Today)).Error);
        PersonnelQualification.RequireToAct(pcec, Roles.TechnicalReviewer, actor, Person(Roles.TechnicalReviewer), 0, Today);
    }

    [Fact]
    public void Cec_table_1_the_experts_should_not_be_lower_is_advisory()
    {
        var expert = PersonnelQualification.TypeForRole(Cec, Roles.TechnicalExpert)!;
        Assert.True(expert.Advisory);
        Assert.Equal("不宜低于检查员的专业资格要求。", expert.Qualification);
        PersonnelQualification.RequireToAct(Cec, Roles.TechnicalExpert, new Actor("u-e", "专家"), Person(Roles.TechnicalExpert), 0, Today);
    }

    [Fact]
    public void Cec_5_2_2_a_competence_evaluator_does_not_evaluate_themself()
    {
        var evaluator = Person(Roles.CompetenceEvaluator);
        var self = new CompetenceEvaluation(Guid.NewGuid(), Roles.CompetenceEvaluator, true, "培训记录", [], Today, evaluator.UserId!, "评价人员");
        Assert.Equal(WorkflowError.SelfEvaluation, Assert.Throws<WorkflowException>(() => evaluator.RecordEvaluation(self)).Error);
        Assert.Empty(evaluator.Evaluations);
        var other = Person(Roles.Inspector, "ghg-verifier-registration");
        other.RecordEvaluation(self);
        Assert.Same(self, other.LatestEvaluation(Roles.CompetenceEvaluator));
    }
}
