using PcfCert.Certification.Rules;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

/// <summary>
/// The one transition table of a certification application. A row may apply only when the scheme has
/// (or lacks) a procedure step, so CEC's 文件评审 and PCEC's separate 碳足迹核查 come from the scheme definition.
/// Any move not in the table is a <see cref="WorkflowException"/>, never a silent no-op.
/// </summary>
public static class ApplicationLifecycle
{
    /// <summary>Every legal move; a row's condition is a procedure step the scheme must have (When) or lack (Unless).</summary>
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
        new(ApplicationStatus.Inspecting, WorkflowTrigger.PassInspection, ApplicationStatus.Verifying, When: ProcedureStepKeys.PcfVerification),
        new(ApplicationStatus.Inspecting, WorkflowTrigger.PassInspection, ApplicationStatus.AwaitingReview, Unless: ProcedureStepKeys.PcfVerification),
        new(ApplicationStatus.Inspecting, WorkflowTrigger.FailInspection, ApplicationStatus.InspectionFailed),
        new(ApplicationStatus.Verifying, WorkflowTrigger.CompleteVerification, ApplicationStatus.AwaitingReview, When: ProcedureStepKeys.PcfVerification),
        new(ApplicationStatus.AwaitingReview, WorkflowTrigger.Recommend, ApplicationStatus.AwaitingDecision),
        new(ApplicationStatus.AwaitingDecision, WorkflowTrigger.Approve, ApplicationStatus.Approved),
        new(ApplicationStatus.AwaitingDecision, WorkflowTrigger.Refuse, ApplicationStatus.Refused),
    ], (from, trigger) => new WorkflowException(WorkflowError.IllegalTransition, from.ToString(), trigger.ToString()));

    /// <summary>Every legal move.</summary>
    public static IReadOnlyList<Transition<ApplicationStatus, WorkflowTrigger>> Rows => Table.Rows;

    /// <summary>The status after <paramref name="trigger"/> in <paramref name="from"/> under <paramref name="scheme"/>.</summary>
    /// <exception cref="WorkflowException">The move is not in the table for this scheme.</exception>
    public static ApplicationStatus Next(ApplicationStatus from, WorkflowTrigger trigger, SchemeDefinition scheme) =>
        Table.Next(from, trigger, Steps(scheme));

    /// <summary>The status after the move, or null when the move is illegal.</summary>
    public static ApplicationStatus? TryNext(ApplicationStatus from, WorkflowTrigger trigger, SchemeDefinition scheme) =>
        Table.TryNext(from, trigger, Steps(scheme));

    /// <summary>The triggers allowed in <paramref name="from"/> under <paramref name="scheme"/>, for the UI.</summary>
    public static IReadOnlyList<WorkflowTrigger> Allowed(ApplicationStatus from, SchemeDefinition scheme) => Table.Allowed(from, Steps(scheme));

    /// <summary>True when no further move exists.</summary>
    public static bool IsTerminal(ApplicationStatus status) => Table.IsTerminal(status);

    private static Func<string, bool> Steps(SchemeDefinition scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return step => scheme.FindStep(step) is not null;
    }
}
