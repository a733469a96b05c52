namespace PcfCert.Certification.Workflow;

/// <summary>Where a certification application stands in the initial-certification procedure.</summary>
public enum ApplicationStatus
{
    /// <summary>Being filled in by the applicant; kept as a draft.</summary>
    Draft,

    /// <summary>Submitted; the certification body checks completeness (申请评审 / 受理).</summary>
    Submitted,

    /// <summary>The certification body asked for supplements; waiting for the applicant.</summary>
    AwaitingSupplement,

    /// <summary>Accepted; a certification project is open and is being planned (认证策划 / 方案策划).</summary>
    Accepted,

    /// <summary>Not accepted (terminal).</summary>
    Rejected,

    /// <summary>Team formed and, where the scheme asks for one, the inspection plan made.</summary>
    Planned,

    /// <summary>CEC document review (文件评审) concluded.</summary>
    DocumentReviewed,

    /// <summary>On-site inspection (现场检查) in progress, including rectification of nonconformities.</summary>
    Inspecting,

    /// <summary>The inspection failed (terminal).</summary>
    InspectionFailed,

    /// <summary>PCEC carbon footprint verification (碳足迹核查) after a passed inspection, when not done before or with it.</summary>
    Verifying,

    /// <summary>Waiting for the technical review (认证复核).</summary>
    AwaitingReview,

    /// <summary>Waiting for the team's comprehensive evaluation report (CEC 5.7.1 综合评价报告) before the technical review.</summary>
    AwaitingEvaluationReport,

    /// <summary>Reviewed; waiting for the certification decision (认证决定).</summary>
    AwaitingDecision,

    /// <summary>Certification approved (terminal for this procedure; the certificate follows).</summary>
    Approved,

    /// <summary>Certification refused (terminal).</summary>
    Refused,
}

/// <summary>What moves an application from one status to the next.</summary>
public enum WorkflowTrigger
{
    /// <summary>The applicant submits (or resubmits after a supplement request).</summary>
    Submit,

    /// <summary>The certification body asks for missing documents; the clock pauses.</summary>
    RequestSupplement,

    /// <summary>The certification body accepts and opens a project.</summary>
    Accept,

    /// <summary>The certification body refuses to accept.</summary>
    Reject,

    /// <summary>The team is formed (and the plan made).</summary>
    AssignTeam,

    /// <summary>The team (and plan) is re-planned with a reason, until the inspection starts.</summary>
    ReplanTeam,

    /// <summary>CEC document review concluded.</summary>
    CompleteDocumentReview,

    /// <summary>The on-site inspection starts.</summary>
    StartInspection,

    /// <summary>The inspection is concluded as passed.</summary>
    PassInspection,

    /// <summary>The inspection is concluded as failed.</summary>
    FailInspection,

    /// <summary>The verified value is recorded (before, with or after the inspection, as the scheme allows).</summary>
    CompleteVerification,

    /// <summary>The team leader issues the comprehensive evaluation report (CEC 5.7.1).</summary>
    IssueEvaluationReport,

    /// <summary>The technical reviewer recommends.</summary>
    Recommend,

    /// <summary>The decision maker approves certification.</summary>
    Approve,

    /// <summary>The decision maker refuses certification.</summary>
    Refuse,
}
