using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Fidelity;

/// <summary>Issue 17 item 1: each deadline is counted from the event the rule names.</summary>
public sealed class DeadlineEventTests
{
    [Fact]
    public void Cec_5_7_2_the_30_days_to_the_certificate_run_from_the_verified_rectification_not_from_the_decision()
    {
        var b = B.Cec();
        var app = b.InspectionReadyToPass();                                   // inspecting since 2025-03-13
        var clause = b.Scheme.FactoryAssuranceChecklist.Clauses[0].Id;
        app.RaiseNonconformity(b.Scheme, clause, "计量器具未校准", new DateOnly(2025, 4, 30), B.Start.AddDays(11));
        app.SubmitRectification(b.Scheme, 1, "已校准，附证书", [], B.Start.AddDays(12));
        app.JudgeRectification(b.Scheme, 1, true, null, B.Leader, B.Start.AddDays(14));   // verified 2025-03-17
        app.PassInspection(b.Scheme, B.Conclusion(), B.Leader, B.Start.AddDays(15));
        app.IssueEvaluationReport(b.Scheme, B.Leader, "文件评审符合", "不符合项已整改并验证", "符合", B.Start.AddDays(16));   // CEC 5.7.1
        app.Recommend(b.Scheme, B.Reviewer, true, "符合", B.Start.AddDays(20));
        app.Decide(b.Scheme, B.DecisionMaker, true, null, B.Start.AddDays(40));            // decided 2025-04-12

        Assert.Equal(new DateOnly(2025, 3, 17), app.RectificationVerifiedOn);
        // 2025-03-17 + 30 days = 2025-04-16 (14 days left in March + 16); from the decision it would be 2025-05-12.
        Assert.Equal(new DateOnly(2025, 4, 16), app.Decision!.CertificateDueOn);
    }

    [Fact]
    public void Cec_5_7_3_a_failed_inspection_owes_the_failure_notice_30_days_after_the_inspection_and_it_is_recorded_when_sent()
    {
        var b = B.Cec();
        var app = b.Inspecting();
        app.FailInspection(b.Scheme, "工厂保证能力不符合", B.Leader, B.Start.AddDays(12)); // ended 2025-03-15

        // 2025-03-15 + 30 days = 2025-04-14 (16 days left in March + 14).
        Assert.Equal(new FailureNotice(new DateOnly(2025, 4, 14), "工厂保证能力不符合", new DateOnly(2025, 3, 15)), app.FailureNotice);
        app.SendFailureNotice(b.Scheme, B.Manager, B.Start.AddDays(20));
        Assert.Equal(new DateOnly(2025, 3, 23), app.FailureNotice!.SentOn);
        Assert.Equal(B.Manager, app.FailureNotice.SentBy);
        Assert.Throws<WorkflowException>(() => app.SendFailureNotice(b.Scheme, B.Manager, B.Start.AddDays(21)));
    }

    [Fact]
    public void Cec_5_7_3_a_refusal_counts_the_notice_from_the_end_of_the_inspection_and_pcec_7_6_owes_one_without_a_limit()
    {
        var cec = B.Cec();
        var app = cec.AwaitingDecision();                                      // inspection passed 2025-03-15
        app.Decide(cec.Scheme, B.DecisionMaker, false, "核查数据不完整", B.Start.AddDays(40));
        Assert.Equal(new DateOnly(2025, 4, 14), app.FailureNotice!.DueOn);
        Assert.Equal(new DateOnly(2025, 4, 14), app.Decision!.TerminationNoticeDueOn);
        Assert.Equal("核查数据不完整", app.FailureNotice.Reasons);

        var pcec = B.Pcec();
        var other = pcec.AwaitingDecision();
        other.Decide(pcec.Scheme, B.DecisionMaker, false, "不符合", B.Start.AddDays(21));
        Assert.NotNull(other.FailureNotice);
        Assert.Null(other.FailureNotice!.DueOn);
    }

    [Fact]
    public void Pcec_6_the_180_day_limit_runs_through_the_approval_until_the_certificate_is_issued_while_cec_5_2_3_stops_at_the_conclusion()
    {
        var pcec = B.Pcec();
        var approved = pcec.AwaitingDecision();
        approved.Decide(pcec.Scheme, B.DecisionMaker, true, null, B.Start.AddDays(21));
        Assert.True(approved.TimeLimitRuns(pcec.Scheme, certificateIssued: false));
        Assert.False(approved.TimeLimitRuns(pcec.Scheme, certificateIssued: true));

        var cec = B.Cec();
        var cecApproved = cec.AwaitingDecision();
        cecApproved.Decide(cec.Scheme, B.DecisionMaker, true, null, B.Start.AddDays(21));
        Assert.False(cecApproved.TimeLimitRuns(cec.Scheme, certificateIssued: false));
        Assert.True(cec.AwaitingDecision().TimeLimitRuns(cec.Scheme, certificateIssued: false));
    }
}
