using System.Text.Json.Nodes;
using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Fidelity;

/// <summary>Issue 17 item 5: CEC 5.7.1 检查组根据文件评审和现场检查的结果进行综合评价，出具综合评价报告 — before the technical review.</summary>
public sealed class EvaluationReportTests
{
    [Fact]
    public void Cec_5_7_1_the_technical_review_cannot_start_before_the_team_leader_issues_the_comprehensive_evaluation_report()
    {
        var b = B.Cec();
        var app = b.AwaitingReview();                                          // inspection passed 2025-03-15
        Assert.Equal(ApplicationStatus.AwaitingEvaluationReport, app.Status);
        Assert.Equal(WorkflowError.EvaluationReportMissing,
            Assert.Throws<WorkflowException>(() => app.Recommend(b.Scheme, B.Reviewer, true, "符合", B.Start.AddDays(20))).Error);

        var member = new Actor("u-member", "组员");
        Assert.Equal(WorkflowError.NotTeamLeader,
            Assert.Throws<WorkflowException>(() => app.IssueEvaluationReport(b.Scheme, member, "a", "b", "c", B.Start.AddDays(13))).Error);
        var blank = Assert.Throws<WorkflowException>(() => app.IssueEvaluationReport(b.Scheme, B.Leader, "文件评审符合", " ", "符合", B.Start.AddDays(13)));
        Assert.Equal(("MissingField", "inspectionResult"), (blank.Problems[0].Code, blank.Problems[0].Path));
        Assert.Null(app.EvaluationReport);

        app.IssueEvaluationReport(b.Scheme, B.Leader, "文件评审符合要求", "现场检查通过；核查值 0.0125 t CO2e/件", "推荐认证", B.Start.AddDays(13));
        Assert.Equal(ApplicationStatus.AwaitingReview, app.Status);
        Assert.Equal(new EvaluationReport(B.Leader, "文件评审符合要求", "现场检查通过；核查值 0.0125 t CO2e/件", "推荐认证", new DateOnly(2025, 3, 16)), app.EvaluationReport);
        app.Recommend(b.Scheme, B.Reviewer, true, "符合", B.Start.AddDays(20));
        Assert.Equal(ApplicationStatus.AwaitingDecision, app.Status);
    }

    [Fact]
    public void Pcec_7_6_has_the_reviewer_evaluate_without_a_team_report_and_a_scheme_that_asks_for_one_gets_it()
    {
        var pcec = B.Pcec();
        var app = pcec.AwaitingReview();
        Assert.Equal(ApplicationStatus.AwaitingReview, app.Status);
        Assert.Throws<WorkflowException>(() => app.IssueEvaluationReport(pcec.Scheme, B.Leader, "a", "b", "c", B.Start.AddDays(30)));

        var withReport = new B(TestSchemes.Pcec(d => d["decision"]!["teamEvaluationReport"] =
            JsonNode.Parse("""{ "key": "report", "name": { "zh": "综合评价报告", "en": "Report" }, "clause": "x" }""")));
        var other = withReport.AwaitingReview();                               // verified after the inspection, then the report
        Assert.Equal(ApplicationStatus.AwaitingEvaluationReport, other.Status);
    }
}
