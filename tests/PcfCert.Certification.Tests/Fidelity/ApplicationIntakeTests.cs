using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Fidelity;

/// <summary>
/// Issue 17 item 11: the applicant's declarations (CEC 5.1.1, PCEC 7.1, 7.2 (3)), documents required in the cases the form
/// shows (CEC 5.1.1 b/d, PCEC 7.1 (3)), and the body's review, credit check and undertaking before acceptance (PCEC 7.2).
/// </summary>
public sealed class ApplicationIntakeTests
{
    [Fact]
    public void Cec_5_1_1_and_pcec_7_1_submission_needs_the_declaration_that_the_documents_are_true_and_pcec_7_2_3_the_rules_accepted()
    {
        var cec = B.Cec();
        var draft = cec.WithAllDocuments();
        var error = Assert.Throws<WorkflowException>(() => draft.Submit(cec.Scheme, B.ApplicantUser, B.Start, []));
        Assert.Equal((WorkflowError.DeclarationMissing, "declarations"), (error.Error, error.Problems[0].Path));
        Assert.Equal(ApplicationStatus.Draft, draft.Status);
        draft.Submit(cec.Scheme, B.ApplicantUser, B.Start, ["documents-true"]);
        Assert.Equal([new ApplicantDeclaration("documents-true", B.ApplicantUser, B.Start)], draft.Declarations);

        var pcec = B.Pcec();
        var other = pcec.WithAllDocuments();
        var missing = Assert.Throws<WorkflowException>(() => other.Submit(pcec.Scheme, B.ApplicantUser, B.Start, ["documents-true"]));
        Assert.Equal("已全部获知认证要求并愿意遵守", ((LocalizedText)missing.Problems[0].Arguments[0]).Zh);
    }

    [Fact]
    public void Cec_5_1_1_b_and_pcec_7_1_3_the_entrustment_proof_is_required_when_the_form_names_three_different_parties()
    {
        foreach (var b in new[] { B.Cec(), B.Pcec() })
        {
            var app = b.WithAllDocuments();
            Assert.DoesNotContain(app.MissingDocuments(b.Scheme), d => d.Key == "commission-proof");
            var factory = new PartyDetails("苏州示例工厂有限公司", "91320505MA1XXXXX0X", "江苏省苏州市");
            app.UpdateForm(b.Scheme, app.Applicant, app.Manufacturer, factory, null, app.Units, B.Profile);
            Assert.True(app.Shows(DocumentCase.PartiesDiffer));
            var error = Assert.Throws<WorkflowException>(() => app.Submit(b.Scheme, B.ApplicantUser, B.Start, b.Declared()));
            Assert.Equal((WorkflowError.MissingDocument, "documents.commission-proof"), (error.Error, error.Path));
        }
    }

    [Fact]
    public void Cec_5_1_1_d_the_site_list_is_required_when_the_units_name_several_production_sites()
    {
        var b = B.Cec().WithUnit("CBB65 450V 30uF", "江苏省苏州市星湖街 100 号").WithUnit("CBB65 450V 30uF", "安徽省合肥市习友路 1 号");
        var app = b.Draft();
        Assert.Contains(app.MissingDocuments(b.Scheme), d => d.Key == "production-sites-list");
        var single = B.Cec().Draft();
        Assert.DoesNotContain(single.MissingDocuments(B.Cec().Scheme), d => d.Key == "production-sites-list");
    }

    [Fact]
    public void Pcec_7_2_acceptance_records_each_review_item_the_credit_system_check_and_the_confidentiality_undertaking()
    {
        var b = B.Pcec();
        var app = b.Submitted();                                                // submitted 2025-03-03
        var empty = new AcceptanceReviewInput([], new Dictionary<string, string>(), null, null, [], []);
        var error = Assert.Throws<WorkflowException>(() => app.Accept(b.Scheme, new DateOnly(2025, 3, 4), empty, B.Manager, B.Start.AddDays(1)));
        // Every problem at once: four review items, two refusal grounds without a check, one undertaking.
        Assert.Equal(
            ["ReviewItemMissing", "ReviewItemMissing", "ReviewItemMissing", "ReviewItemMissing", "CreditCheckMissing", "CreditCheckMissing", "UndertakingMissing"],
            error.Problems.Select(p => p.Code));
        Assert.Equal(ApplicationStatus.Submitted, app.Status);

        var early = b.Reviewed() with { CreditCheckedOn = new DateOnly(2025, 3, 2) };   // before the application was submitted
        Assert.Equal("creditCheckedOn", Assert.Throws<WorkflowException>(() => app.Accept(b.Scheme, new DateOnly(2025, 3, 4), early, B.Manager, B.Start.AddDays(1))).Problems[0].Path);
        var found = b.Reviewed() with { GroundsFound = ["serious-violation-list"] };
        Assert.Equal(WorkflowError.ApplicantBarred, Assert.Throws<WorkflowException>(() => app.Accept(b.Scheme, new DateOnly(2025, 3, 4), found, B.Manager, B.Start.AddDays(1))).Error);

        app.Accept(b.Scheme, new DateOnly(2025, 3, 4), b.Reviewed(), B.Manager, B.Start.AddDays(1));
        var review = app.AcceptanceReview!;
        Assert.Equal(["capability", "documents-sufficient", "body-competence", "requirements-understood"], review.Items.Select(i => i.Key));
        Assert.Equal(new DateOnly(2025, 3, 4), review.CreditCheck!.CheckedOn);
        Assert.Equal(["ordered-to-suspend-business", "serious-violation-list"], review.CreditCheck.GroundsChecked);
        Assert.Equal(["confidentiality"], review.Undertakings);
    }

    [Fact]
    public void Cec_has_no_refusal_grounds_so_no_credit_check_but_its_conformity_check_5_1_2_and_confidentiality_5_2_1_are_recorded()
    {
        var b = B.Cec();
        var app = b.Submitted();
        var noCredit = b.Reviewed() with { CreditCheckedOn = null, CreditCheckReference = null };
        app.Accept(b.Scheme, new DateOnly(2025, 3, 4), noCredit, B.Manager, B.Start.AddDays(1));
        Assert.Null(app.AcceptanceReview!.CreditCheck);
        Assert.Equal(["conformity-check-on-receipt"], app.AcceptanceReview.Items.Select(i => i.Key));
    }
}
