using PcfCert.Certification.Schemes;
using PcfCert.Certification.Tests.Schemes;
using PcfCert.Certification.Workflow;
using S = PcfCert.Certification.Workflow.ApplicationStatus;
using T = PcfCert.Certification.Workflow.WorkflowTrigger;

namespace PcfCert.Certification.Tests.Workflow;

public sealed class ApplicationLifecycleTests
{
    // The expected legal moves, written out per scheme from each rule's procedure (CEC 5: 申请与受理 → 认证策划 →
    // 文件评审 → 现场检查 → 认证决定; PCEC 7: 认证申请 → 申请评审 → 方案策划 → 现场检查 → 碳足迹核查 → 认证复核与决定).
    private static readonly (S From, T Trigger, S To)[] Common =
    [
        (S.Draft, T.Submit, S.Submitted),
        (S.Submitted, T.RequestSupplement, S.AwaitingSupplement),
        (S.AwaitingSupplement, T.Submit, S.Submitted),
        (S.Submitted, T.Accept, S.Accepted),
        (S.Submitted, T.Reject, S.Rejected),
        (S.Accepted, T.AssignTeam, S.Planned),
        (S.Planned, T.ReplanTeam, S.Planned),
        (S.Inspecting, T.FailInspection, S.InspectionFailed),
        (S.AwaitingReview, T.Recommend, S.AwaitingDecision),
        (S.AwaitingDecision, T.Approve, S.Approved),
        (S.AwaitingDecision, T.Refuse, S.Refused),
    ];

    private static readonly (S, T, S)[] CecOnly =
    [
        (S.Planned, T.CompleteDocumentReview, S.DocumentReviewed),
        (S.DocumentReviewed, T.ReplanTeam, S.DocumentReviewed),
        (S.DocumentReviewed, T.StartInspection, S.Inspecting),
        // CEC 5.4.1: the footprint is verified within the on-site inspection.
        (S.Inspecting, T.CompleteVerification, S.Inspecting),
        // CEC 5.7.1: the team's comprehensive evaluation report, then the technical review.
        (S.Inspecting, T.PassInspection, S.AwaitingEvaluationReport),
        (S.AwaitingEvaluationReport, T.IssueEvaluationReport, S.AwaitingReview),
    ];

    private static readonly (S, T, S)[] PcecOnly =
    [
        (S.Planned, T.StartInspection, S.Inspecting),
        // PCEC 7.5.1: the verification may be completed before the on-site inspection or with it …
        (S.Planned, T.CompleteVerification, S.Planned),
        (S.Inspecting, T.CompleteVerification, S.Inspecting),
        // … or, not yet done (footprintVerified false here), in its own step after it (PCEC 7).
        (S.Inspecting, T.PassInspection, S.Verifying),
        (S.Verifying, T.CompleteVerification, S.AwaitingReview),
    ];

    public static TheoryData<string, S, T, S?> EveryPair()
    {
        var data = new TheoryData<string, S, T, S?>();
        foreach (var (scheme, own) in new[] { ("cec", CecOnly), ("pcec", PcecOnly) })
        {
            var legal = Common.Concat(own).ToDictionary(r => (r.Item1, r.Item2), r => r.Item3);
            foreach (var from in Enum.GetValues<S>())
            {
                foreach (var trigger in Enum.GetValues<T>())
                {
                    data.Add(scheme, from, trigger, legal.TryGetValue((from, trigger), out var to) ? to : null);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Every_status_and_trigger_pair_is_legal_exactly_as_the_rule_orders_its_steps(string scheme, S from, T trigger, S? expected)
    {
        var definition = scheme == "cec" ? RealSchemes.Cec : RealSchemes.Pcec;
        if (expected is { } to)
        {
            Assert.Equal(to, ApplicationLifecycle.Next(from, trigger, definition));
        }
        else
        {
            var error = Assert.Throws<WorkflowException>(() => ApplicationLifecycle.Next(from, trigger, definition));
            Assert.Equal(WorkflowError.IllegalTransition, error.Error);
        }
    }

    [Fact]
    public void Pcec_7_5_1_a_footprint_verified_before_or_with_the_inspection_skips_the_verification_step_while_cec_5_7_1_still_awaits_the_team_report()
    {
        Assert.Equal(S.AwaitingReview, ApplicationLifecycle.Next(S.Inspecting, T.PassInspection, RealSchemes.Pcec, footprintVerified: true));
        Assert.Equal(S.AwaitingEvaluationReport, ApplicationLifecycle.Next(S.Inspecting, T.PassInspection, RealSchemes.Cec, footprintVerified: true));
    }

    [Fact]
    public void An_illegal_action_on_an_application_changes_nothing()
    {
        var builder = ApplicationBuilder.Pcec();
        var app = builder.Draft();
        var stamp = app.ConcurrencyStamp;
        var error = Assert.Throws<WorkflowException>(() => app.StartInspection(builder.Scheme, ApplicationBuilder.Leader, ApplicationBuilder.Start));
        Assert.Equal(WorkflowError.IllegalTransition, error.Error);
        Assert.Equal(S.Draft, app.Status);
        Assert.Equal(stamp, app.ConcurrencyStamp);
        Assert.Empty(app.Transitions);
    }

    [Fact]
    public void Terminal_statuses_allow_no_trigger()
    {
        foreach (var status in new[] { S.Rejected, S.InspectionFailed, S.Approved, S.Refused })
        {
            Assert.True(ApplicationLifecycle.IsTerminal(status));
            Assert.Empty(ApplicationLifecycle.Allowed(status, RealSchemes.Cec));
            Assert.Empty(ApplicationLifecycle.Allowed(status, RealSchemes.Pcec));
        }
    }

    [Fact]
    public void Cec_5_has_document_review_and_pcec_7_has_a_separate_verification_step()
    {
        Assert.NotNull(RealSchemes.Cec.FindStep(ProcedureStepKeys.DocumentReview));
        Assert.Null(RealSchemes.Cec.FindStep(ProcedureStepKeys.PcfVerification));
        Assert.Null(RealSchemes.Pcec.FindStep(ProcedureStepKeys.DocumentReview));
        Assert.NotNull(RealSchemes.Pcec.FindStep(ProcedureStepKeys.PcfVerification));
    }
}
