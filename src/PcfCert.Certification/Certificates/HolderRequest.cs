namespace PcfCert.Certification.Certificates;

/// <summary>What a holder asks for (CEC 7.4, PCEC 9.4: 证书持有人可以申请暂停、注销; 在规定的暂停期限内提出恢复申请).</summary>
public enum HolderRequestKind
{
    /// <summary>暂停.</summary>
    Suspension,

    /// <summary>注销.</summary>
    Cancellation,

    /// <summary>恢复: the holder of a suspended certificate applies for restoration within the suspension period.</summary>
    Restoration,
}

/// <summary>Status of a holder request.</summary>
public enum HolderRequestStatus
{
    /// <summary>Waiting for the body.</summary>
    Pending,

    /// <summary>Accepted and carried out.</summary>
    Accepted,

    /// <summary>Declined.</summary>
    Declined,
}

/// <summary>A holder's request to suspend, cancel or restore its certificate.</summary>
public sealed class HolderRequest
{
    private HolderRequest()
    {
        Reason = string.Empty;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The certificate.</summary>
    public Guid CertificateId { get; private set; }

    /// <summary>What is asked.</summary>
    public HolderRequestKind Kind { get; private set; }

    /// <summary>The holder's reason.</summary>
    public string Reason { get; private set; }

    /// <summary>Filing date.</summary>
    public DateOnly FiledOn { get; private set; }

    /// <summary>Status.</summary>
    public HolderRequestStatus Status { get; private set; }

    /// <summary>Decision date.</summary>
    public DateOnly? DecidedOn { get; private set; }

    /// <summary>Changes on every update.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>
    /// Files a request; the certificate must allow what is asked on <paramref name="today"/> (a certificate past its
    /// validity is expired even before the duty records it), and no request of the same kind may be pending. A
    /// restoration request is filed while the certificate is suspended and before the suspension reaches its maximum
    /// (CEC 7.4, PCEC 9.4 "在规定的暂停期限内").
    /// </summary>
    /// <param name="id">Identity.</param>
    /// <param name="certificate">The certificate.</param>
    /// <param name="kind">What is asked.</param>
    /// <param name="reason">Why.</param>
    /// <param name="today">Filing date.</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <param name="requests">The certificate's requests filed so far.</param>
    /// <returns>The request.</returns>
    /// <exception cref="CertificateDomainException">The request may not be filed now, or the reason is missing.</exception>
    public static HolderRequest File(Guid id, Certificate certificate, HolderRequestKind kind, string reason, DateOnly today, CertificateRules rules,
        IReadOnlyCollection<HolderRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(requests);
        if (Refusal(certificate, requests, kind, today, rules) is { } refusal)
        {
            throw refusal;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new CertificateDomainException(CertificateError.ReasonRequired, "reason", "A reason is required.");
        }
        return new HolderRequest
        {
            Id = id, CertificateId = certificate.Id, Kind = kind, Reason = reason.Trim(), FiledOn = today,
            Status = HolderRequestStatus.Pending, ConcurrencyStamp = Guid.NewGuid(),
        };
    }

    /// <summary>
    /// What the holder may ask for now: the same rules as <see cref="File"/>, so a page offers only requests that
    /// can be filed (the certificate's transition table on today's status, no pending request of the same kind, and
    /// for a restoration the suspension period and no pending re-certification).
    /// </summary>
    /// <param name="certificate">The certificate.</param>
    /// <param name="requests">The certificate's requests filed so far.</param>
    /// <param name="today">Today.</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <returns>The kinds that may be filed, in declaration order.</returns>
    public static IReadOnlyList<HolderRequestKind> Allowed(Certificate certificate, IReadOnlyCollection<HolderRequest> requests, DateOnly today, CertificateRules rules)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(rules);
        return Enum.GetValues<HolderRequestKind>().Where(k => Refusal(certificate, requests, k, today, rules) is null).ToList();
    }

    /// <summary>The certificate trigger a request of <paramref name="kind"/> leads to once accepted.</summary>
    /// <param name="kind">What is asked.</param>
    /// <returns>The trigger.</returns>
    public static CertificateTrigger TriggerOf(HolderRequestKind kind) => kind switch
    {
        HolderRequestKind.Suspension => CertificateTrigger.Suspend,
        HolderRequestKind.Cancellation => CertificateTrigger.Cancel,
        _ => CertificateTrigger.Restore,
    };

    private static CertificateDomainException? Refusal(Certificate certificate, IReadOnlyCollection<HolderRequest> requests, HolderRequestKind kind,
        DateOnly today, CertificateRules rules)
    {
        var status = certificate.StatusOn(today);
        if (!CertificateTransitions.Allows(status, TriggerOf(kind)))
        {
            return new CertificateDomainException(CertificateError.IllegalTransition, "kind", $"A certificate in status {status} cannot take a {kind} request.");
        }
        if (kind == HolderRequestKind.Restoration && certificate.RecertificationRequired)
        {
            return new CertificateDomainException(CertificateError.RecertificationPending, "kind", "The certificate needs re-certification, not restoration.");
        }
        if (kind == HolderRequestKind.Restoration && today >= certificate.RevocationDueOn(rules))
        {
            return new CertificateDomainException(CertificateError.RestorationApplicationRequired, "kind", "The suspension period is over.");
        }
        if (requests.Any(r => r.CertificateId == certificate.Id && r.Kind == kind && r.Status == HolderRequestStatus.Pending))
        {
            return new CertificateDomainException(CertificateError.RequestPending, "kind", $"A {kind} request is already pending.");
        }
        return null;
    }

    /// <summary>Accepts the request and applies it to the certificate.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <param name="today">Decision date.</param>
    /// <param name="at">The instant.</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <param name="reinspection">For a restoration: the re-inspection held after the request, when there is one.</param>
    public void Accept(Certificate certificate, DateOnly today, DateTimeOffset at, CertificateRules rules, Reinspection? reinspection = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        RequestLifecycles.HolderRequest.Next(Status, HolderRequestTrigger.Accept);
        _ = Kind switch
        {
            HolderRequestKind.Suspension => certificate.Suspend(Reason, FiledOn, today, at, rules),
            HolderRequestKind.Cancellation => certificate.Cancel(Reason, today, at),
            _ => certificate.Restore(new RestorationBasis(FiledOn, reinspection), today, at, rules),
        };
        Status = RequestLifecycles.HolderRequest.Next(Status, HolderRequestTrigger.Accept);
        DecidedOn = today;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>Declines the request.</summary>
    /// <param name="today">Decision date.</param>
    public void Decline(DateOnly today)
    {
        Status = RequestLifecycles.HolderRequest.Next(Status, HolderRequestTrigger.Decline);
        DecidedOn = today;
        ConcurrencyStamp = Guid.NewGuid();
    }
}
