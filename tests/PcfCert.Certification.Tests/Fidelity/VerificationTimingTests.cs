using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Fidelity;

/// <summary>Issue 17 item 2: when the footprint may be verified, as each rule says (PCEC 7.5.1, CEC 5.4.1).</summary>
public sealed class VerificationTimingTests
{
    [Fact]
    public void Pcec_7_5_1_the_verification_completed_before_the_inspection_lets_the_passed_inspection_go_straight_to_the_review()
    {
        var b = B.Pcec();
        var app = b.Planned();
        b.Verify(app);                                                          // before the on-site inspection
        Assert.Equal(ApplicationStatus.Planned, app.Status);
        Assert.Equal((ApplicationStatus.Planned, WorkflowTrigger.CompleteVerification, ApplicationStatus.Planned),
            (app.Transitions[^1].From, app.Transitions[^1].Trigger, app.Transitions[^1].To));

        app.StartInspection(b.Scheme, B.Leader, B.Start.AddDays(10));
        foreach (var clause in b.Scheme.FactoryAssuranceChecklist.Clauses)
        {
            app.RecordChecklist(b.Scheme, new ChecklistResult(clause.Id, ChecklistVerdict.Conforming, "现场查看记录"));
        }
        app.RecordConsistencyCheck(b.Scheme, new ConsistencyCheck(0, "随机抽取 1 件", true, null));
        app.PassInspection(b.Scheme, B.Conclusion(), B.Leader, B.Start.AddDays(12));

        Assert.Equal(ApplicationStatus.AwaitingReview, app.Status);
        Assert.DoesNotContain(app.Transitions, t => t.To == ApplicationStatus.Verifying);
    }

    [Fact]
    public void Pcec_7_5_1_the_verification_may_run_with_the_inspection_and_after_it_when_not_yet_done()
    {
        var b = B.Pcec();
        var with = b.InspectionReadyToPass();
        b.Verify(with);                                                         // together with the on-site inspection
        Assert.Equal(ApplicationStatus.Inspecting, with.Status);
        with.PassInspection(b.Scheme, B.Conclusion(), B.Leader, B.Start.AddDays(12));
        Assert.Equal(ApplicationStatus.AwaitingReview, with.Status);

        var after = b.InspectionReadyToPass();
        after.PassInspection(b.Scheme, B.Conclusion(), B.Leader, B.Start.AddDays(12));
        Assert.Equal(ApplicationStatus.Verifying, after.Status);             // PCEC 7: 现场检查→产品碳足迹核查
        b.Verify(after);
        Assert.Equal(ApplicationStatus.AwaitingReview, after.Status);
    }

    [Fact]
    public void Cec_5_4_1_verifies_within_the_on_site_inspection_only_and_a_scheme_allowing_it_before_does()
    {
        var b = B.Cec();
        var planned = b.Planned();
        var error = Assert.Throws<WorkflowException>(() => b.Verify(planned));
        Assert.Equal(WorkflowError.VerificationNotNow, error.Error);
        Assert.Empty(planned.ModelVersions);

        // The same rule with PCEC's timing in its definition lets the team verify once planned.
        var flipped = new B(TestSchemes.Cec(d => d["verification"]!["timing"]!["moments"] = new System.Text.Json.Nodes.JsonArray("before-inspection", "with-inspection")));
        var early = flipped.Planned();
        flipped.Verify(early);
        Assert.NotNull(early.VerifiedValue);
        Assert.Equal(ApplicationStatus.Planned, early.Status);
    }
}
