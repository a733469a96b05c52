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
