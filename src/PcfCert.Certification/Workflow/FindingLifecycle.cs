using PcfCert.Certification.Rules;

namespace PcfCert.Certification.Workflow;

/// <summary>Where a verification finding stands.</summary>
public enum FindingStatus
{
    /// <summary>Raised; no response yet.</summary>
    Open,

    /// <summary>The applicant responded; the verifier has to judge.</summary>
    Answered,

    /// <summary>Closed by the verifier with the closing evidence (terminal).</summary>
    Closed,
}

/// <summary>What moves a finding.</summary>
public enum FindingTrigger
{
    /// <summary>The applicant responds (again, while it is open).</summary>
    Respond,

    /// <summary>The verifier closes it with the closing evidence.</summary>
    Close,
}

/// <summary>The transition table of a verifier's finding on a model version.</summary>
public static class FindingLifecycle
{
    /// <summary>The table.</summary>
    public static TransitionTable<FindingStatus, FindingTrigger> Table { get; } = new(
    [
        new(FindingStatus.Open, FindingTrigger.Respond, FindingStatus.Answered),
        new(FindingStatus.Open, FindingTrigger.Close, FindingStatus.Closed),
        new(FindingStatus.Answered, FindingTrigger.Respond, FindingStatus.Answered),
        new(FindingStatus.Answered, FindingTrigger.Close, FindingStatus.Closed),
    ], (from, trigger) => new WorkflowException(WorkflowError.IllegalTransition, from, trigger));

    /// <summary>The status of a finding, from what is recorded on it.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>Its status.</returns>
    public static FindingStatus StatusOf(VerificationFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Closed ? FindingStatus.Closed : finding.Response is null ? FindingStatus.Open : FindingStatus.Answered;
    }
}
