using PcfCert.Certification.Rules;

namespace PcfCert.Certification.Workflow;

/// <summary>What moves a nonconformity.</summary>
public enum NonconformityTrigger
{
    /// <summary>The applicant submits rectification evidence.</summary>
    SubmitRectification,

    /// <summary>The team accepts the latest submission.</summary>
    AcceptRectification,

    /// <summary>The team returns the latest submission with a comment.</summary>
    ReturnRectification,

    /// <summary>The rectification deadline passed with no accepted submission.</summary>
    MissDeadline,
}

/// <summary>
/// The transition table of a nonconformity (不符合项, CEC 5.6, PCEC 7.4: rectification within the deadline; PCEC at
/// most two submissions). A returned submission fails the nonconformity when it was the last one the scheme allows.
/// </summary>
public static class NonconformityLifecycle
{
    /// <summary>Condition: the scheme's maximum number of submissions is reached.</summary>
    public const string SubmissionsExhausted = "submissions-exhausted";

    /// <summary>The table.</summary>
    public static TransitionTable<NonconformityStatus, NonconformityTrigger> Table { get; } = new(
    [
        new(NonconformityStatus.Open, NonconformityTrigger.SubmitRectification, NonconformityStatus.EvidenceSubmitted),
        new(NonconformityStatus.Open, NonconformityTrigger.MissDeadline, NonconformityStatus.Failed),
        new(NonconformityStatus.EvidenceSubmitted, NonconformityTrigger.AcceptRectification, NonconformityStatus.Closed),
        new(NonconformityStatus.EvidenceSubmitted, NonconformityTrigger.ReturnRectification, NonconformityStatus.Failed, When: SubmissionsExhausted),
        new(NonconformityStatus.EvidenceSubmitted, NonconformityTrigger.ReturnRectification, NonconformityStatus.Open, Unless: SubmissionsExhausted),
    ], (from, trigger) => new WorkflowException(WorkflowError.IllegalTransition, from, trigger));

    /// <summary>The conditions that hold for <paramref name="nc"/> under a scheme allowing <paramref name="maxSubmissions"/>.</summary>
    /// <param name="nc">The nonconformity.</param>
    /// <param name="maxSubmissions">The scheme's maximum, or null when unlimited.</param>
    /// <returns>The condition test for the table.</returns>
    public static Func<string, bool> Conditions(Nonconformity nc, int? maxSubmissions)
    {
        ArgumentNullException.ThrowIfNull(nc);
        return c => c == SubmissionsExhausted && maxSubmissions is { } max && nc.Submissions.Count >= max;
    }
}
