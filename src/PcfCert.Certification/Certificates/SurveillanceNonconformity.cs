using PcfCert.Certification.Workflow;

namespace PcfCert.Certification.Certificates;

/// <summary>
/// A nonconformity raised by a surveillance, tracked like the initial inspection's (CEC 6.3 "工厂应在 2 个月内完成整改，
/// CEC 采取适当方式对整改结果进行验证。未能按期完成整改的或整改不通过的，按工厂检查不通过处理，暂停认证证书"): the holder
/// submits evidence before the deadline, the body accepts or returns it; a missed deadline or a returned last allowed
/// submission fails it, and a failed one suspends the certificate. Moves follow <see cref="NonconformityLifecycle.Table"/>.
/// </summary>
public sealed class SurveillanceNonconformity
{
    private SurveillanceNonconformity()
    {
        Description = string.Empty;
    }

    internal SurveillanceNonconformity(Guid id, string? clauseId, string description, DateOnly foundOn, DateOnly rectifyBy)
    {
        Id = id;
        ClauseId = clauseId;
        Description = description;
        FoundOn = foundOn;
        RectifyBy = rectifyBy;
        Status = NonconformityStatus.Open;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The factory-assurance checklist clause judged 不符合, when raised against one.</summary>
    public string? ClauseId { get; private set; }

    /// <summary>What was found.</summary>
    public string Description { get; private set; }

    /// <summary>When.</summary>
    public DateOnly FoundOn { get; private set; }

    /// <summary>Last day to rectify.</summary>
    public DateOnly RectifyBy { get; private set; }

    /// <summary>Where it stands.</summary>
    public NonconformityStatus Status { get; private set; }

    /// <summary>The holder's submissions and the body's verdict on each.</summary>
    public IReadOnlyList<RectificationSubmission> Submissions { get; private set; } = [];

    /// <summary>When the rectification was verified; null while open.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The moves legal now (what a page offers).</summary>
    /// <param name="rules">The scheme's rules.</param>
    /// <returns>The legal triggers.</returns>
    public IReadOnlyList<NonconformityTrigger> Allowed(CertificateRules rules) =>
        NonconformityLifecycle.Table.Allowed(Status, Conditions(rules)).Where(t => t != NonconformityTrigger.MissDeadline).ToList();

    internal void Submit(string evidence, DateTimeOffset at, DateOnly today, CertificateRules rules)
    {
        var next = Next(NonconformityTrigger.SubmitRectification, rules);
        if (rules.MaxRectificationSubmissions is { } max && Submissions.Count >= max)
        {
            throw new CertificateDomainException(CertificateError.TooManySubmissions, "evidence", $"At most {max} submissions.");
        }
        if (today > RectifyBy)
        {
            throw new CertificateDomainException(CertificateError.RectificationDeadlinePassed, "evidence", $"The deadline {RectifyBy} has passed.");
        }
        if (string.IsNullOrWhiteSpace(evidence))
        {
            throw new CertificateDomainException(CertificateError.EvidenceRequired, "evidence", "Evidence is required.");
        }
        Submissions = [.. Submissions, new RectificationSubmission(at, evidence.Trim(), [], null, null)];
        Status = next;
    }

    internal NonconformityStatus Judge(bool accepted, string? comment, DateOnly today, CertificateRules rules)
    {
        var next = Next(accepted ? NonconformityTrigger.AcceptRectification : NonconformityTrigger.ReturnRectification, rules);
        if (!accepted && string.IsNullOrWhiteSpace(comment))
        {
            throw new CertificateDomainException(CertificateError.CommentRequired, "comment", "A returned rectification needs the reason.");
        }
        if (today < FoundOn)
        {
            throw new CertificateDomainException(CertificateError.DateOutOfOrder, "Judged before it was found.");
        }
        Submissions = [.. Submissions.SkipLast(1), Submissions[^1] with { Accepted = accepted, TeamComment = comment?.Trim() }];
        Status = next;
        ClosedOn = accepted ? today : null;
        return next;
    }

    internal void MissDeadline() => Status = Next(NonconformityTrigger.MissDeadline, null);

    private Func<string, bool> Conditions(CertificateRules? rules) =>
        c => c == NonconformityLifecycle.SubmissionsExhausted && rules?.MaxRectificationSubmissions is { } max && Submissions.Count >= max;

    private NonconformityStatus Next(NonconformityTrigger trigger, CertificateRules? rules) =>
        NonconformityLifecycle.Table.TryNext(Status, trigger, Conditions(rules))
        ?? throw new CertificateDomainException(CertificateError.IllegalSurveillanceMove, $"A nonconformity in status {Status} cannot {trigger}.");
}
