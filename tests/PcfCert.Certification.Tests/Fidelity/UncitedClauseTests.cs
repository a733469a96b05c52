using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Fidelity;

/// <summary>Issue 17, traceability: clauses no scheme file cites, each exercised where the software enforces it.</summary>
public sealed class UncitedClauseTests
{
    [Fact]
    public void Cec_5_3_3_b_basically_conforming_needs_the_items_to_supply_on_site_and_5_3_1_the_inspection_starts_only_after_the_review()
    {
        var b = B.Cec();
        var app = b.Planned();
        // CEC 5.3.1: the document review decides whether the initial inspection can be held; it cannot start before.
        Assert.Equal(WorkflowError.IllegalTransition, Assert.Throws<WorkflowException>(() => app.StartInspection(b.Scheme, B.Leader, B.Start.AddDays(9))).Error);
        // CEC 5.3.3 b) "可在初始现场检查时提交整改证据": the conclusion names what is to be supplied.
        var missing = Assert.Throws<WorkflowException>(() => app.CompleteDocumentReview(b.Scheme, DocumentReviewConclusion.ReadyWithItemsToSupply, " ", B.Leader, B.Start.AddDays(8)));
        Assert.Equal(WorkflowError.MissingField, missing.Error);
        Assert.Equal(ApplicationStatus.Planned, app.Status);
        app.CompleteDocumentReview(b.Scheme, DocumentReviewConclusion.ReadyWithItemsToSupply, "能源台账 2025 年 3 月记录", B.Leader, B.Start.AddDays(8));
        Assert.Equal("能源台账 2025 年 3 月记录", app.ItemsToSupplyOnSite);
        app.StartInspection(b.Scheme, B.Leader, B.Start.AddDays(9));
        Assert.Equal(ApplicationStatus.Inspecting, app.Status);
    }

    [Fact]
    public void Pcec_7_3_2_the_inspection_plan_states_purpose_basis_scope_and_dates_with_the_team()
    {
        var b = B.Pcec();
        var app = b.Accepted();
        var empty = new InspectionPlan(" ", "", "全部认证单元", new DateOnly(2025, 3, 14), new DateOnly(2025, 3, 13));
        var refused = Assert.Throws<WorkflowException>(() => app.AssignTeam(b.Scheme, B.ValidTeam(), 2m, empty, B.Manager, B.Start.AddDays(2)));
        Assert.Equal(["plan.purpose", "plan.basis", "plan.to"], refused.Problems.Select(p => p.Path).Where(p => p.StartsWith("plan.", StringComparison.Ordinal)));
        Assert.Equal(ApplicationStatus.Accepted, app.Status);
        app.AssignTeam(b.Scheme, B.ValidTeam(), 2m, B.Plan(), B.Manager, B.Start.AddDays(2));
        Assert.Equal(("初次认证现场检查", "认证实施规则", "全部认证单元"), (app.Plan!.Purpose, app.Plan.Basis, app.Plan.Scope));
        Assert.NotEmpty(app.Team);
    }
}

/// <summary>Issue 17, traceability: PCEC annexes 3–7 第3条 (annex 7 第7条) — each product's own document list is what the submission needs.</summary>
public sealed class AnnexDocumentTests
{
    [Theory]
    [InlineData("附件3")]
    [InlineData("附件4")]
    [InlineData("附件5")]
    [InlineData("附件6")]
    [InlineData("附件7")]
    public void Pcec_annexes_3_to_7_a_submission_needs_the_annexs_documents_naming_each_missing_one_and_the_entrustment_proof_when_parties_differ(string annex)
    {
        var b = B.Pcec();
        var variant = b.Scheme.ApplicationDocumentVariants.Single(v => v.Annex == annex);
        var product = b.Scheme.Products.Single(p => p.Key == variant.ProductKeys[0]);
        var app = b.Draft();
        app.UpdateForm(b.Scheme, app.Applicant, app.Manufacturer, app.Factory, null,
            [new CertificationUnit(product.Key, product.Name.Zh, "M-100", "CTS PCEC", "天津市滨海新区", "1 件")]);

        // (1) 申请书, (2) 营业执照, (5) 组织机构图, (6) 工艺流程: every one named, nothing submitted.
        var refused = Assert.Throws<WorkflowException>(() => app.Submit(b.Scheme, B.ApplicantUser, B.Start, b.Declared()));
        Assert.Equal(["application-form", "business-licences", "organisation-chart", "process-flow"],
            refused.Problems.Where(p => p.Code == nameof(WorkflowError.MissingDocument)).Select(p => p.Path["documents.".Length..]).Order());
        Assert.Equal(ApplicationStatus.Draft, app.Status);

        // (3) 委托关系证明材料 once the form names a different manufacturer.
        var other = new PartyDetails("天津示例泵业有限公司", "91120116MA05XXXX1Q", "天津市滨海新区");
        app.UpdateForm(b.Scheme, app.Applicant, other, app.Factory, null, app.Units);
        foreach (var doc in app.DocumentsFor(b.Scheme).Where(d => d.Key != "commission-proof" && app.IsRequired(d)))
        {
            app.AttachDocument(b.Scheme, new DocumentUpload(doc.Key, Guid.NewGuid(), doc.Key + ".pdf", new string('a', 64), 1000, B.Start));
        }
        var entrustment = Assert.Throws<WorkflowException>(() => app.Submit(b.Scheme, B.ApplicantUser, B.Start, b.Declared()));
        Assert.Equal("documents.commission-proof", Assert.Single(entrustment.Problems).Path);
        app.AttachDocument(b.Scheme, new DocumentUpload("commission-proof", Guid.NewGuid(), "entrustment.pdf", new string('a', 64), 1000, B.Start));
        app.Submit(b.Scheme, B.ApplicantUser, B.Start, b.Declared());
        Assert.Equal(ApplicationStatus.Submitted, app.Status);
    }
}
