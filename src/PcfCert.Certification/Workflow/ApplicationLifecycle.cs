using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

/// <summary>
/// The one transition table of a certification application. A row may apply only when the scheme has
/// (or lacks) a procedure step, so CEC's 文件评审 and PCEC's separate 碳足迹核查 come from the scheme definition.
/// Any move not in the table is a <see cref="WorkflowException"/>, never a silent no-op.
/// </summary>
public static class ApplicationLifecycle
{
    /// <summary>One row of the table.</summary>
    /// <param name="From">Status before.</param>
    /// <param name="Trigger">What happens.</param>
    /// <param name="To">Status after.</param>
    /// <param name="WhenStep">The row applies only if the scheme has this procedure step.</param>
    /// <param name="UnlessStep">The row applies only if the scheme lacks this procedure step.</param>
    public sealed record Row(ApplicationStatus From, WorkflowTrigger Trigger, ApplicationStatus To, string? WhenStep = null, string? UnlessStep = null);

    /// <summary>Every legal move.</summary>
    public static IReadOnlyList<Row> Rows { get; } =
    [
        new(ApplicationStatus.Draft, WorkflowTrigger.Submit, ApplicationStatus.Submitted),
        new(ApplicationStatus.Submitted, WorkflowTrigger.RequestSupplement, ApplicationStatus.AwaitingSupplement),
        new(ApplicationStatus.AwaitingSupplement, WorkflowTrigger.Submit, ApplicationStatus.Submitted),
        new(ApplicationStatus.Submitted, WorkflowTrigger.Accept, ApplicationStatus.Accepted),
        new(ApplicationStatus.Submitted, WorkflowTrigger.Reject, ApplicationStatus.Rejected),
        new(ApplicationStatus.Accepted, WorkflowTrigger.AssignTeam, ApplicationStatus.Planned),
        new(ApplicationStatus.Planned, WorkflowTrigger.CompleteDocumentReview, ApplicationStatus.DocumentReviewed, WhenStep: ProcedureStepKeys.DocumentReview),
        new(ApplicationStatus.DocumentReviewed, WorkflowTrigger.StartInspection, ApplicationStatus.Inspecting, WhenStep: ProcedureStepKeys.DocumentReview),
        new(ApplicationStatus.Planned, WorkflowTrigger.StartInspection, ApplicationStatus.Inspecting, UnlessStep: ProcedureStepKeys.DocumentReview),
        new(ApplicationStatus.Inspecting, WorkflowTrigger.PassInspection, ApplicationStatus.Verifying, WhenStep: ProcedureStepKeys.PcfVerification),
        new(ApplicationStatus.Inspecting, WorkflowTrigger.PassInspection, ApplicationStatus.AwaitingReview, UnlessStep: ProcedureStepKeys.PcfVerification),
        new(ApplicationStatus.Inspecting, WorkflowTrigger.FailInspection, ApplicationStatus.InspectionFailed),
        new(ApplicationStatus.Verifying, WorkflowTrigger.CompleteVerification, ApplicationStatus.AwaitingReview, WhenStep: ProcedureStepKeys.PcfVerification),
        new(ApplicationStatus.AwaitingReview, WorkflowTrigger.Recommend, ApplicationStatus.AwaitingDecision),
        new(ApplicationStatus.AwaitingDecision, WorkflowTrigger.Approve, ApplicationStatus.Approved),
        new(ApplicationStatus.AwaitingDecision, WorkflowTrigger.Refuse, ApplicationStatus.Refused),
    ];

    /// <summary>The status after <paramref name="trigger"/> in <paramref name="from"/> under <paramref name="scheme"/>.</summary>
    /// <exception cref="WorkflowException">The move is not in the table for this scheme.</exception>
    public static ApplicationStatus Next(ApplicationStatus from, WorkflowTrigger trigger, SchemeDefinition scheme) =>
        TryNext(from, trigger, scheme) ?? throw new WorkflowException(WorkflowError.IllegalTransition, from.ToString(), trigger.ToString());

    /// <summary>The status after the move, or null when the move is illegal.</summary>
    public static ApplicationStatus? TryNext(ApplicationStatus from, WorkflowTrigger trigger, SchemeDefinition scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var row = Rows.FirstOrDefault(r => r.From == from && r.Trigger == trigger
            && (r.WhenStep is null || scheme.FindStep(r.WhenStep) is not null)
            && (r.UnlessStep is null || scheme.FindStep(r.UnlessStep) is null));
        return row?.To;
    }

    /// <summary>The triggers allowed in <paramref name="from"/> under <paramref name="scheme"/>, for the UI.</summary>
    public static IReadOnlyList<WorkflowTrigger> Allowed(ApplicationStatus from, SchemeDefinition scheme) =>
        Enum.GetValues<WorkflowTrigger>().Where(t => TryNext(from, t, scheme) is not null).ToList();

    /// <summary>True when no further move exists.</summary>
    public static bool IsTerminal(ApplicationStatus status) =>
        status is ApplicationStatus.Rejected or ApplicationStatus.InspectionFailed or ApplicationStatus.Approved or ApplicationStatus.Refused;
}
