using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

/// <summary>综合评价报告 (CEC 5.7.1): the team's comprehensive evaluation of the document review and the on-site inspection.</summary>
/// <param name="Author">The team leader who issued it for the team.</param>
/// <param name="DocumentReviewResult">What the document review (文件评审) found.</param>
/// <param name="InspectionResult">What the on-site inspection found, the footprint verification result included.</param>
/// <param name="Evaluation">The team's comprehensive evaluation and its recommendation.</param>
/// <param name="On">Date issued (China time).</param>
public sealed record EvaluationReport(Actor Author, string DocumentReviewResult, string InspectionResult, string Evaluation, DateOnly On);

public sealed partial class CertificationApplication
{
    /// <summary>The team's comprehensive evaluation report, where the scheme asks for one (CEC 5.7.1).</summary>
    public EvaluationReport? EvaluationReport { get; private set; }

    /// <summary>
    /// The team leader issues the comprehensive evaluation report from the document review and the inspection (CEC 5.7.1
    /// 检查组根据文件评审和现场检查的结果进行综合评价，出具综合评价报告). Only then may the technical review start.
    /// </summary>
    /// <exception cref="WorkflowException">Not the leader, a part missing, or not awaiting the report under this scheme.</exception>
    public void IssueEvaluationReport(SchemeDefinition scheme, Actor leader, string documentReviewResult, string inspectionResult, string evaluation, DateTimeOffset at)
    {
        CheckScheme(scheme);
        ArgumentNullException.ThrowIfNull(leader);
        Require(ApplicationStatus.AwaitingEvaluationReport);
        if (!Team.Any(m => m.Role == TeamRole.Leader && m.UserId == leader.UserId))
        {
            throw new WorkflowException(WorkflowError.NotTeamLeader, leader.Name);
        }
        var report = new EvaluationReport(leader, Required(documentReviewResult, "documentReviewResult"), Required(inspectionResult, "inspectionResult"),
            Required(evaluation, "evaluation"), ChinaDate(at));
        Move(scheme, WorkflowTrigger.IssueEvaluationReport, leader, at);
        EvaluationReport = report;
    }
}
