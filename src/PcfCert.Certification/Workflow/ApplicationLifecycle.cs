using PcfCert.Certification.Rules;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

/// <summary>
/// The one transition table of a certification application. A row may apply only when the scheme has (or lacks) a
/// procedure step or a rule named in <see cref="WorkflowConditions"/>, so CEC's 文件评审 and 综合评价报告 and PCEC's
/// verification before, with or after the inspection come from the scheme definition.
/// Any move not in the table is a <see cref="WorkflowException"/>, never a silent no-op.
/// </summary>
public static class ApplicationLifecycle
{
    /// <summary>Every legal move; a row's condition (When) and exclusion (Unless) are procedure steps or <see cref="WorkflowConditions"/>.</summary>
    public static TransitionTable<ApplicationStatus, WorkflowTrigger> Table { get; } = new(
    [
        new(ApplicationStatus.Draft, WorkflowTrigger.Submit, ApplicationStatus.Submitted),
        new(ApplicationStatus.Submitted, WorkflowTrigger.RequestSupplement, ApplicationStatus.AwaitingSupplement),
        new(ApplicationStatus.AwaitingSupplement, WorkflowTrigger.Submit, ApplicationStatus.Submitted),
        new(ApplicationStatus.Submitted, WorkflowTrigger.Accept, ApplicationStatus.Accepted),
        new(ApplicationStatus.Submitted, WorkflowTrigger.Reject, ApplicationStatus.Rejected),
        new(ApplicationStatus.Accepted, WorkflowTrigger.AssignTeam, ApplicationStatus.Planned),
        new(ApplicationStatus.Planned, WorkflowTrigger.ReplanTeam, ApplicationStatus.Planned),
        new(ApplicationStatus.DocumentReviewed, WorkflowTrigger.ReplanTeam, ApplicationStatus.DocumentReviewed, When: ProcedureStepKeys.DocumentReview),
        new(ApplicationStatus.Planned, WorkflowTrigger.CompleteDocumentReview, ApplicationStatus.DocumentReviewed, When: ProcedureStepKeys.DocumentReview),
        new(ApplicationStatus.DocumentReviewed, WorkflowTrigger.StartInspection, ApplicationStatus.Inspecting, When: ProcedureStepKeys.DocumentReview),
        new(ApplicationStatus.Planned, WorkflowTrigger.StartInspection, ApplicationStatus.Inspecting, Unless: ProcedureStepKeys.DocumentReview),
        // PCEC 7.5.1: the verification may be completed before the inspection or with it; CEC 5.4.1 verifies within it.
        new(ApplicationStatus.Planned, WorkflowTrigger.CompleteVerification, ApplicationStatus.Planned, When: WorkflowConditions.VerificationBeforeInspection),
        new(ApplicationStatus.Inspecting, WorkflowTrigger.CompleteVerification, ApplicationStatus.Inspecting, When: WorkflowConditions.VerificationWithInspection),
        new(ApplicationStatus.Inspecting, WorkflowTrigger.PassInspection, ApplicationStatus.Verifying, When: WorkflowConditions.VerificationPending),
        new(ApplicationStatus.Inspecting, WorkflowTrigger.PassInspection, ApplicationStatus.AwaitingEvaluationReport,
            When: WorkflowConditions.TeamEvaluationReport, Unless: WorkflowConditions.VerificationPending),
        new(ApplicationStatus.Inspecting, WorkflowTrigger.PassInspection, ApplicationStatus.AwaitingReview,
            When: WorkflowConditions.VerificationSettled, Unless: WorkflowConditions.TeamEvaluationReport),
        new(ApplicationStatus.Inspecting, WorkflowTrigger.FailInspection, ApplicationStatus.InspectionFailed),
        new(ApplicationStatus.Verifying, WorkflowTrigger.CompleteVerification, ApplicationStatus.AwaitingEvaluationReport, When: WorkflowConditions.TeamEvaluationReportAfterVerification),
        new(ApplicationStatus.Verifying, WorkflowTrigger.CompleteVerification, ApplicationStatus.AwaitingReview,
            When: WorkflowConditions.VerificationAfterInspection, Unless: WorkflowConditions.TeamEvaluationReport),
        // CEC 5.7.1: the team's comprehensive evaluation report comes before the technical review.
        new(ApplicationStatus.AwaitingEvaluationReport, WorkflowTrigger.IssueEvaluationReport, ApplicationStatus.AwaitingReview, When: WorkflowConditions.TeamEvaluationReport),
        new(ApplicationStatus.AwaitingReview, WorkflowTrigger.Recommend, ApplicationStatus.AwaitingDecision),
        new(ApplicationStatus.AwaitingDecision, WorkflowTrigger.Approve, ApplicationStatus.Approved),
        new(ApplicationStatus.AwaitingDecision, WorkflowTrigger.Refuse, ApplicationStatus.Refused),
    ], (from, trigger) => new WorkflowException(WorkflowError.IllegalTransition, from.ToString(), trigger.ToString()));

    /// <summary>Every legal move.</summary>
    public static IReadOnlyList<Transition<ApplicationStatus, WorkflowTrigger>> Rows => Table.Rows;

    /// <summary>The status after <paramref name="trigger"/> in <paramref name="from"/> under <paramref name="scheme"/>.</summary>
    /// <param name="from">Current status.</param>
    /// <param name="trigger">What happens.</param>
    /// <param name="scheme">The application's scheme.</param>
    /// <param name="footprintVerified">Whether the application already holds a verified footprint value.</param>
    /// <exception cref="WorkflowException">The move is not in the table for this scheme.</exception>
    public static ApplicationStatus Next(ApplicationStatus from, WorkflowTrigger trigger, SchemeDefinition scheme, bool footprintVerified = false) =>
        Table.Next(from, trigger, Conditions(scheme, footprintVerified));

    /// <summary>The status after the move, or null when the move is illegal.</summary>
    /// <param name="from">Current status.</param>
    /// <param name="trigger">What happens.</param>
    /// <param name="scheme">The application's scheme.</param>
    /// <param name="footprintVerified">Whether the application already holds a verified footprint value.</param>
    public static ApplicationStatus? TryNext(ApplicationStatus from, WorkflowTrigger trigger, SchemeDefinition scheme, bool footprintVerified = false) =>
        Table.TryNext(from, trigger, Conditions(scheme, footprintVerified));

    /// <summary>The triggers allowed in <paramref name="from"/> under <paramref name="scheme"/>, for the UI.</summary>
    /// <param name="from">Current status.</param>
    /// <param name="scheme">The application's scheme.</param>
    /// <param name="footprintVerified">Whether the application already holds a verified footprint value.</param>
    public static IReadOnlyList<WorkflowTrigger> Allowed(ApplicationStatus from, SchemeDefinition scheme, bool footprintVerified = false) =>
        Table.Allowed(from, Conditions(scheme, footprintVerified));

    /// <summary>True when no further move exists.</summary>
    public static bool IsTerminal(ApplicationStatus status) => Table.IsTerminal(status);

    /// <summary>Which named conditions of the table hold: the scheme's procedure steps plus <see cref="WorkflowConditions"/>.</summary>
    /// <param name="scheme">The application's scheme.</param>
    /// <param name="footprintVerified">Whether the application already holds a verified footprint value.</param>
    /// <returns>The predicate the table asks.</returns>
    public static Func<string, bool> Conditions(SchemeDefinition scheme, bool footprintVerified)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var timing = scheme.Verification.Timing;
        var pending = timing.Allows(VerificationMoment.AfterInspection) && !footprintVerified;
        return condition => condition switch
        {
            WorkflowConditions.VerificationBeforeInspection => timing.Allows(VerificationMoment.BeforeInspection),
            WorkflowConditions.VerificationWithInspection => timing.Allows(VerificationMoment.WithInspection),
            WorkflowConditions.VerificationAfterInspection => timing.Allows(VerificationMoment.AfterInspection),
            WorkflowConditions.TeamEvaluationReportAfterVerification =>
                timing.Allows(VerificationMoment.AfterInspection) && scheme.Decision.TeamEvaluationReport is not null,
            WorkflowConditions.VerificationPending => pending,
            WorkflowConditions.VerificationSettled => !pending,
            WorkflowConditions.TeamEvaluationReport => scheme.Decision.TeamEvaluationReport is not null,
            _ => scheme.FindStep(condition) is not null,
        };
    }
}
