using PcfCert.Certification.Calendar;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

/// <summary>认证复核: the reviewer's recommendation.</summary>
/// <param name="Reviewer">Who reviewed.</param>
/// <param name="RecommendApproval">Recommends certification.</param>
/// <param name="Comment">Comprehensive evaluation.</param>
/// <param name="On">Date.</param>
public sealed record TechnicalReview(Actor Reviewer, bool RecommendApproval, string Comment, DateOnly On);

/// <summary>认证决定.</summary>
/// <param name="DecisionMaker">Who decided.</param>
/// <param name="Approved">Approved or refused.</param>
/// <param name="Reasons">Reasons (required for a refusal).</param>
/// <param name="On">Date.</param>
/// <param name="CertificateDueOn">Last day to issue the certificate (CEC 5.7.2: 30 days from the verified completion of rectification), when the scheme sets one.</param>
/// <param name="TerminationNoticeDueOn">Last day to send the 认证不合格通知 after a refusal (CEC 5.7.3: 30 days from the end of the inspection), when set.</param>
public sealed record CertificationDecision(Actor DecisionMaker, bool Approved, string? Reasons, DateOnly On, DateOnly? CertificateDueOn, DateOnly? TerminationNoticeDueOn);

public sealed partial class CertificationApplication
{
    /// <summary>The technical review.</summary>
    public TechnicalReview? Review { get; private set; }

    /// <summary>The decision.</summary>
    public CertificationDecision? Decision { get; private set; }

    /// <summary>
    /// The technical reviewer recommends. Where the scheme says so (<see cref="DecisionRules.ReviewerMustBeIndependent"/>,
    /// PCEC 7.6 没参与实施评价活动的复核人员) the reviewer must not have been on the team; the table lets the review start
    /// only after the team's evaluation report where the scheme asks for one (CEC 5.7.1).
    /// </summary>
    public void Recommend(SchemeDefinition scheme, Actor reviewer, bool recommendApproval, string comment, DateTimeOffset at)
    {
        CheckScheme(scheme);
        ArgumentNullException.ThrowIfNull(reviewer);
        if (Status == ApplicationStatus.AwaitingEvaluationReport)
        {
            throw new WorkflowException(WorkflowError.EvaluationReportMissing);
        }
        Require(ApplicationStatus.AwaitingReview);
        if (scheme.Decision.ReviewerMustBeIndependent && WasOnTeam(reviewer.UserId))
        {
            throw new WorkflowException(WorkflowError.NotIndependent, reviewer.Name);
        }
        var text = Required(comment, "comment");
        Move(scheme, WorkflowTrigger.Recommend, reviewer, at, recommendApproval ? "recommend approval" : "recommend refusal");
        Review = new TechnicalReview(reviewer, recommendApproval, text, ChinaDate(at));
    }

    /// <summary>An independent decision maker (not on the team, not the reviewer) approves or refuses.</summary>
    public void Decide(SchemeDefinition scheme, Actor decisionMaker, bool approve, string? reasons, DateTimeOffset at)
    {
        CheckScheme(scheme);
        Require(ApplicationStatus.AwaitingDecision);
        if (WasOnTeam(decisionMaker.UserId) || Review?.Reviewer.UserId == decisionMaker.UserId)
        {
            throw new WorkflowException(WorkflowError.NotIndependent, decisionMaker.Name);
        }
        if (!approve)
        {
            reasons = Required(reasons, "reasons");
        }
        var today = ChinaDate(at);
        Move(scheme, approve ? WorkflowTrigger.Approve : WorkflowTrigger.Refuse, decisionMaker, at, reasons?.Trim());
        Decision = new CertificationDecision(decisionMaker, approve, string.IsNullOrWhiteSpace(reasons) ? null : reasons.Trim(), today,
            approve && scheme.Parameters.CertificateIssuanceDays.Value is { } issue
                ? CalendarPeriods.AddCalendarDays(RequirementsMetOn ?? today, issue) : null,
            approve ? null : FailureNotice?.DueOn);
    }
}
