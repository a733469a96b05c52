namespace PcfCert.Certification.Workflow;

/// <summary>State of a nonconformity.</summary>
public enum NonconformityStatus
{
    /// <summary>Waiting for rectification evidence.</summary>
    Open,

    /// <summary>Evidence submitted; the team has to judge it.</summary>
    EvidenceSubmitted,

    /// <summary>Closed: the team accepted the rectification.</summary>
    Closed,

    /// <summary>Failed: deadline missed or the last allowed submission rejected.</summary>
    Failed,
}

/// <summary>One rectification submission and the team's judgement.</summary>
/// <param name="SubmittedAt">When.</param>
/// <param name="Evidence">Description of the correction.</param>
/// <param name="FileIds">Attached evidence files.</param>
/// <param name="Accepted">Team's judgement; null while pending.</param>
/// <param name="TeamComment">Why returned or accepted.</param>
public sealed record RectificationSubmission(DateTimeOffset SubmittedAt, string Evidence, IReadOnlyList<Guid> FileIds, bool? Accepted, string? TeamComment);

/// <summary>不符合项 raised during the on-site inspection, with its rectification deadline.</summary>
/// <param name="Number">1-based number within the inspection.</param>
/// <param name="ClauseId">Checklist clause it concerns.</param>
/// <param name="Description">What does not conform.</param>
/// <param name="RaisedOn">Date raised.</param>
/// <param name="Deadline">Last day for rectification.</param>
/// <param name="Status">State.</param>
/// <param name="Submissions">Submissions so far.</param>
/// <param name="ClosedOn">The day the team verified the rectification as effective (CEC 5.7.2 counts from it); null until closed.</param>
public sealed record Nonconformity(
    int Number, string ClauseId, string Description, DateOnly RaisedOn, DateOnly Deadline,
    NonconformityStatus Status, IReadOnlyList<RectificationSubmission> Submissions, DateOnly? ClosedOn = null);
