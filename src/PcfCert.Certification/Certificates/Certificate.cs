namespace PcfCert.Certification.Certificates;

/// <summary>
/// A product carbon footprint certificate (证书) through its life: issuance, versions from approved changes,
/// suspension, restoration, revocation, cancellation, expiry and replacement by re-certification. Every status
/// change goes through <see cref="CertificateTransitions"/> and is recorded in <see cref="History"/>.
/// </summary>
public sealed class Certificate
{
    private readonly List<CertificateVersion> _versions = [];
    private readonly List<CertificateStatusChange> _history = [];

    private Certificate()
    {
        Number = string.Empty;
        SchemeId = string.Empty;
        HolderName = string.Empty;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>证书编号 of the version in force, unique. A scheme that does not keep the number on a change (PCEC 9.3) gives the
    /// changed version a new one; the earlier numbers stay on their versions (<see cref="CertificateVersion.Number"/>).</summary>
    public string Number { get; private set; }

    /// <summary>The scheme it was issued under.</summary>
    public string SchemeId { get; private set; }

    /// <summary>Year part of the current number.</summary>
    public int NumberYear { get; private set; }

    /// <summary>Sequence part of the current number: gap-free per scheme and year.</summary>
    public int NumberSequence { get; private set; }

    /// <summary>Current status.</summary>
    public CertificateStatus Status { get; private set; }

    /// <summary>发证日期 of the first version (surveillance and re-certification count from it).</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>Last day of validity of the version in force.</summary>
    public DateOnly ValidUntil { get; private set; }

    /// <summary>The holder's organisation in PcfCert, when known.</summary>
    public Guid? HolderOrganisationId { get; private set; }

    /// <summary>The applicant's name on the current version; used by the registry's holder search.</summary>
    public string HolderName { get; private set; }

    /// <summary>The certification project of the workflow, as an opaque reference.</summary>
    public string? ProjectReference { get; private set; }

    /// <summary>The certification decision of the workflow, as an opaque reference.</summary>
    public string? DecisionReference { get; private set; }

    /// <summary>The approved application whose decision this certificate follows (null only for certificates from before that rule).</summary>
    public Guid? ApplicationId { get; private set; }

    /// <summary>The certification unit of that application (0-based); one certificate per unit and decision.</summary>
    public int? UnitIndex { get; private set; }

    /// <summary>The client's idempotency key of the issuing request, so a retry returns this certificate.</summary>
    public string? IdempotencyKey { get; private set; }

    /// <summary>End of the initial on-site inspection, for the PCEC first-surveillance rule; null when unknown.</summary>
    public DateOnly? InitialInspectionEndedOn { get; private set; }

    /// <summary>The day the current suspension began; null when not suspended.</summary>
    public DateOnly? SuspendedOn { get; private set; }

    /// <summary>The reason for the current suspension.</summary>
    public string? SuspensionReason { get; private set; }

    /// <summary>Whether the footprint-increase rule marked the certificate as needing re-certification.</summary>
    public bool RecertificationRequired { get; private set; }

    /// <summary>When it was so marked.</summary>
    public DateOnly? RecertificationRequiredSince { get; private set; }

    /// <summary>Whether a revoked or cancelled certificate came back to the body (收回, PCEC 9.4); null while awaiting it.</summary>
    public CertificateRecovery? Recovery { get; private set; }

    /// <summary>When <see cref="Recovery"/> was recorded.</summary>
    public DateOnly? RecoveryRecordedOn { get; private set; }

    /// <summary>The number of the certificate that replaced this one after re-certification.</summary>
    public string? ReplacedByNumber { get; private set; }

    /// <summary>The number of the certificate this one replaces (re-certification).</summary>
    public string? ReplacesNumber { get; private set; }

    /// <summary>Changes on every update so that concurrent updates are detected.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>All versions, oldest first.</summary>
    public IReadOnlyList<CertificateVersion> Versions => _versions.OrderBy(v => v.Version).ToList();

    /// <summary>Status history, oldest first.</summary>
    public IReadOnlyList<CertificateStatusChange> History => _history.OrderBy(h => h.Sequence).ToList();

    /// <summary>The version in force.</summary>
    public CertificateVersion Current => _versions.MaxBy(v => v.Version)
        ?? throw new InvalidOperationException("A certificate has at least one version.");

    /// <summary>The printed contents of the current version.</summary>
    public CertificateContents Contents => ContentsOf(Current);

    /// <summary>The day an unrestored suspension becomes a revocation; null when not suspended.</summary>
    /// <param name="rules">The scheme's rules.</param>
    /// <returns>The day or null.</returns>
    public DateOnly? RevocationDueOn(CertificateRules rules) =>
        SuspendedOn is { } on ? CertificateDates.RevocationDueOn(on, rules) : null;

    /// <summary>The printed contents of a version.</summary>
    /// <param name="version">One of this certificate's versions.</param>
    /// <returns>The contents.</returns>
    public CertificateContents ContentsOf(CertificateVersion version) =>
        new(version.Number, version.Particulars, version.ValidFrom, version.ValidUntil, version.Version, version.Version == 1 ? null : version.EffectiveOn);

    /// <summary>The version that was issued under <paramref name="number"/> and is no longer in force (its number replaced by a later one); null otherwise.</summary>
    /// <param name="number">A number.</param>
    /// <returns>The last version issued under that number, when a later version carries another number.</returns>
    public CertificateVersion? ReplacedNumber(string number) =>
        number == Number ? null : Versions.LastOrDefault(v => v.Number == number);

    /// <summary>Issues a certificate after a positive decision.</summary>
    /// <param name="id">Identity.</param>
    /// <param name="number">The number assigned by the gap-free counter.</param>
    /// <param name="rules">The scheme's rules (validity).</param>
    /// <param name="particulars">What the decision supplied.</param>
    /// <param name="issuedOn">Issue date.</param>
    /// <param name="at">The instant, for the history.</param>
    /// <param name="references">Links to the workflow and the holder.</param>
    /// <returns>The valid certificate.</returns>
    public static Certificate Issue(Guid id, CertificateNumber number, CertificateRules rules, CertificateParticulars particulars,
        DateOnly issuedOn, DateTimeOffset at, IssueReferences references)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(particulars);
        ArgumentNullException.ThrowIfNull(references);
        if (particulars.Problems().Count > 0)
        {
            throw new ArgumentException("Particulars are incomplete: " + string.Join(", ", particulars.Problems().Select(p => p.Field)));
        }
        var certificate = new Certificate
        {
            Id = id,
            Number = number.Value,
            SchemeId = rules.SchemeId,
            NumberYear = number.Year,
            NumberSequence = number.Sequence,
            Status = CertificateStatus.Valid,
            IssuedOn = issuedOn,
            ValidUntil = CertificateDates.ValidUntil(issuedOn, rules),
            HolderOrganisationId = references.HolderOrganisationId,
            HolderName = particulars.Applicant.Name,
            ProjectReference = references.ProjectReference,
            DecisionReference = references.DecisionReference,
            InitialInspectionEndedOn = references.InitialInspectionEndedOn,
            ReplacesNumber = references.ReplacesNumber,
            ApplicationId = references.ApplicationId,
            UnitIndex = references.UnitIndex,
            IdempotencyKey = references.IdempotencyKey,
            ConcurrencyStamp = Guid.NewGuid(),
        };
        certificate._versions.Add(new CertificateVersion(Guid.NewGuid(), 1, particulars, issuedOn, null, number.Value, issuedOn, certificate.ValidUntil));
        certificate._history.Add(new CertificateStatusChange(Guid.NewGuid(), 1, null, CertificateStatus.Valid, CertificateTrigger.Issue, issuedOn, at, null));
        return certificate;
    }

    /// <summary>Suspends the certificate. Under PCEC the suspension is due within 5 days of confirming the facts; a late one is still applied and marked late.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="factsConfirmedOn">When the body confirmed the facts.</param>
    /// <param name="today">The suspension date.</param>
    /// <param name="at">The instant.</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <returns>The recorded change.</returns>
    public CertificateStatusChange Suspend(string reason, DateOnly factsConfirmedOn, DateOnly today, DateTimeOffset at, CertificateRules rules)
    {
        RequireReason(reason);
        if (factsConfirmedOn > today)
        {
            throw new CertificateDomainException(CertificateError.DateOutOfOrder, "The facts cannot be confirmed after the suspension date.");
        }
        var change = Move(CertificateTrigger.Suspend, today, at, reason);
        SuspendedOn = today;
        SuspensionReason = reason.Trim();
        change.MarkLate(CertificateDates.SuspendBy(factsConfirmedOn, rules) is { } by && today > by);
        return change;
    }

    /// <summary>
    /// Restores a suspended certificate on the holder's application filed within the suspension period (CEC 7.4,
    /// PCEC 9.4 "应在规定的暂停期限内…提出恢复申请"). Where the scheme requires it (PCEC 9.4 "再次实施检查，检查通过后方可恢复";
    /// <see cref="CertificateRules.RestorationRequiresInspection"/>) a recorded re-inspection with a passed verdict, held
    /// during the suspension and not before the application, is required. A certificate whose result the footprint-increase
    /// rule invalidated is not restored: it needs re-certification.
    /// </summary>
    /// <param name="basis">The holder's application and the re-inspection, if any.</param>
    /// <param name="today">The restoration date.</param>
    /// <param name="at">The instant.</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <returns>The recorded change.</returns>
    public CertificateStatusChange Restore(RestorationBasis basis, DateOnly today, DateTimeOffset at, CertificateRules rules)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(rules);
        CertificateTransitions.Apply(Status, CertificateTrigger.Restore);
        var since = SuspendedOn!.Value;
        if (RecertificationRequired)
        {
            throw new CertificateDomainException(CertificateError.RecertificationPending,
                "The footprint-increase rule invalidated the certificate's result: re-certification, not restoration.");
        }
        if (basis.AppliedOn < since || basis.AppliedOn > today || basis.AppliedOn >= CertificateDates.RevocationDueOn(since, rules))
        {
            throw new CertificateDomainException(CertificateError.RestorationApplicationRequired,
                "Restoration requires the holder's application filed within the suspension period.");
        }
        var inspection = basis.Reinspection;
        if (rules.RestorationRequiresInspection
            && (inspection is null || !inspection.Passed || inspection.HeldOn < since || inspection.HeldOn < basis.AppliedOn || inspection.HeldOn > today))
        {
            throw new CertificateDomainException(CertificateError.ReinspectionRequired,
                "Restoration requires a passed re-inspection held during the suspension, after the holder applied.");
        }
        if (today >= CertificateDates.RevocationDueOn(since, rules))
        {
            throw new CertificateDomainException(CertificateError.IllegalTransition,
                "The suspension reached its maximum; the certificate is to be revoked, not restored.");
        }
        var note = $"applied {basis.AppliedOn:yyyy-MM-dd}" + (inspection is null ? string.Empty : $"; re-inspection {inspection.InspectionId} on {inspection.HeldOn:yyyy-MM-dd}");
        var change = Move(CertificateTrigger.Restore, today, at, note);
        SuspendedOn = null;
        SuspensionReason = null;
        return change;
    }

    /// <summary>Revokes the certificate (撤销).</summary>
    /// <param name="reason">Why.</param>
    /// <param name="today">The date.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The recorded change.</returns>
    public CertificateStatusChange Revoke(string reason, DateOnly today, DateTimeOffset at)
    {
        RequireReason(reason);
        var change = Move(CertificateTrigger.Revoke, today, at, reason);
        SuspendedOn = null;
        return change;
    }

    /// <summary>Revokes a suspension that reached the scheme's maximum without restoration.</summary>
    /// <param name="today">The date; must be on or after the revocation day.</param>
    /// <param name="at">The instant.</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <returns>The recorded change.</returns>
    public CertificateStatusChange RevokeLapsedSuspension(DateOnly today, DateTimeOffset at, CertificateRules rules)
    {
        CertificateTransitions.Apply(Status, CertificateTrigger.SuspensionLapsed);
        if (today < RevocationDueOn(rules))
        {
            throw new CertificateDomainException(CertificateError.NotYetDue, $"The suspension lasts until {CertificateDates.SuspensionLastDay(SuspendedOn!.Value, rules)}.");
        }
        var change = Move(CertificateTrigger.SuspensionLapsed, today, at, null);
        SuspendedOn = null;
        return change;
    }

    /// <summary>Cancels the certificate (注销), usually at the holder's request.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="today">The date.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The recorded change.</returns>
    public CertificateStatusChange Cancel(string reason, DateOnly today, DateTimeOffset at)
    {
        RequireReason(reason);
        var change = Move(CertificateTrigger.Cancel, today, at, reason);
        SuspendedOn = null;
        return change;
    }

    /// <summary>Marks the certificate expired; only after its last day of validity.</summary>
    /// <param name="today">The date.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The recorded change.</returns>
    public CertificateStatusChange Expire(DateOnly today, DateTimeOffset at)
    {
        CertificateTransitions.Apply(Status, CertificateTrigger.Expire);
        if (today <= ValidUntil)
        {
            throw new CertificateDomainException(CertificateError.NotYetDue, $"The certificate is valid until {ValidUntil}.");
        }
        var change = Move(CertificateTrigger.Expire, today, at, null);
        SuspendedOn = null;
        return change;
    }

    /// <summary>Records that a re-certification issued a new certificate replacing this one.</summary>
    /// <param name="newNumber">The new certificate's number.</param>
    /// <param name="today">The date.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The recorded change.</returns>
    public CertificateStatusChange ReplaceByRecertification(string newNumber, DateOnly today, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newNumber);
        var change = Move(CertificateTrigger.ReplaceByRecertification, today, at, newNumber);
        ReplacedByNumber = newNumber;
        return change;
    }

    /// <summary>
    /// Issues a new version after an approved change, noting the change date (换证日期), with the number and validity the
    /// scheme's flags give it: CEC 7.3 "新证书的编号、批准有效日期保持不变" keeps both; PCEC 9.3 "新证书的有效日期保持不变"
    /// keeps the validity only, so the new certificate gets a new number (<see cref="CertificateRules.ChangeKeepsNumber"/>
    /// false). Without the validity kept (<see cref="CertificateRules.ChangeKeepsValidity"/> false) the new version is valid
    /// for the scheme's validity from the change date. The earlier version keeps its number, so it can still be looked up.
    /// </summary>
    /// <param name="changeRequestId">The approved change request.</param>
    /// <param name="amendment">What changes.</param>
    /// <param name="rules">The scheme's rules (change flags, validity).</param>
    /// <param name="newNumber">The next gap-free number when the scheme does not keep the number; null when it does.</param>
    /// <param name="changedOn">换证日期.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="ArgumentException">A new number where the scheme keeps it, none where it does not, or another scheme's rules.</exception>
    public CertificateVersion IssueChangedVersion(Guid changeRequestId, CertificateAmendment amendment, CertificateRules rules,
        CertificateNumber? newNumber, DateOnly changedOn, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        ArgumentNullException.ThrowIfNull(rules);
        CertificateTransitions.Apply(Status, CertificateTrigger.IssueChangedVersion);
        if (rules.SchemeId != SchemeId)
        {
            throw new ArgumentException($"Rules of {rules.SchemeId} for a certificate of {SchemeId}.", nameof(rules));
        }
        if (rules.ChangeKeepsNumber != (newNumber is null))
        {
            throw new ArgumentException(rules.ChangeKeepsNumber ? "The scheme keeps the number on a change." : "The scheme gives a changed certificate a new number.",
                nameof(newNumber));
        }
        var current = Current;
        if (changedOn > current.ValidUntil)
        {
            throw new CertificateDomainException(CertificateError.ValidityEnded, $"The certificate was valid until {current.ValidUntil:yyyy-MM-dd}.");
        }
        if (changedOn < current.EffectiveOn)
        {
            throw new CertificateDomainException(CertificateError.DateOutOfOrder, "A change cannot take effect before the version it replaces.");
        }
        Move(CertificateTrigger.IssueChangedVersion, changedOn, at, $"v{current.Version + 1}" + (newNumber is null ? string.Empty : $" {current.Number} -> {newNumber.Value}"));
        current.Supersede(changedOn);
        var (validFrom, validUntil) = rules.ChangeKeepsValidity
            ? (current.ValidFrom, current.ValidUntil)
            : (changedOn, CertificateDates.ValidUntil(changedOn, rules));
        var next = new CertificateVersion(Guid.NewGuid(), current.Version + 1, amendment.ApplyTo(current.Particulars), changedOn, changeRequestId,
            newNumber?.Value ?? current.Number, validFrom, validUntil);
        _versions.Add(next);
        HolderName = next.Particulars.Applicant.Name;
        ValidUntil = validUntil;
        if (newNumber is not null)
        {
            Number = newNumber.Value;
            NumberYear = newNumber.Year;
            NumberSequence = newNumber.Sequence;
        }
        return next;
    }

    /// <summary>
    /// The footprint-increase rule found the certified result no longer holds (CEC annex 3 cl. 10.1, PCEC annex 1 cl. 11.1
    /// "认证结果即时失效"): the certificate is suspended at once — the registry shows it, the certificate and mark may not
    /// be used — and needs re-certification; it is not restored, and a re-certification replaces it. Unless replaced it
    /// is revoked when the suspension reaches its maximum.
    /// </summary>
    /// <param name="reason">The finding.</param>
    /// <param name="today">The date.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The recorded change.</returns>
    public CertificateStatusChange FlagForRecertification(string reason, DateOnly today, DateTimeOffset at)
    {
        RequireReason(reason);
        var wasSuspended = Status == CertificateStatus.Suspended;
        var change = Move(CertificateTrigger.FlagForRecertification, today, at, reason);
        RecertificationRequired = true;
        RecertificationRequiredSince ??= today;
        if (!wasSuspended)
        {
            SuspendedOn = today;
            SuspensionReason = reason.Trim();
        }
        return change;
    }

    /// <summary>
    /// Records whether a revoked or cancelled certificate was recovered (PCEC 9.4 "对撤销或者注销的认证证书予以收回；无法收回的，
    /// 予以公布"). A certificate recorded as unrecoverable is published as such; it may still be recorded as recovered later.
    /// </summary>
    /// <param name="recovered">True when the certificate came back; false when it cannot be recovered.</param>
    /// <param name="on">The date of the record; not before the revocation or cancellation, not after today.</param>
    /// <param name="today">Today.</param>
    public void RecordRecovery(bool recovered, DateOnly on, DateOnly today)
    {
        if (Status is not (CertificateStatus.Revoked or CertificateStatus.Cancelled) || Recovery == CertificateRecovery.Recovered)
        {
            throw new CertificateDomainException(CertificateError.RecoveryNotApplicable,
                "Only a revoked or cancelled certificate not yet recovered can be recorded as recovered or unrecoverable.");
        }
        var ended = History[^1].On;
        if (on < ended || on > today)
        {
            throw new CertificateDomainException(CertificateError.DateOutOfOrder, "recoveryOn", $"The record lies between {ended} and today.");
        }
        Recovery = recovered ? CertificateRecovery.Recovered : CertificateRecovery.Unrecoverable;
        RecoveryRecordedOn = on;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>The status shown on a date: a certificate past its validity shows as expired even before the job records it.</summary>
    /// <param name="today">The date.</param>
    /// <returns>The status to show.</returns>
    public CertificateStatus StatusOn(DateOnly today) =>
        today > ValidUntil && CertificateTransitions.Allows(Status, CertificateTrigger.Expire) ? CertificateStatus.Expired : Status;

    private CertificateStatusChange Move(CertificateTrigger trigger, DateOnly on, DateTimeOffset at, string? note)
    {
        var next = CertificateTransitions.Apply(Status, trigger);
        var last = _history.Count == 0 ? null : _history.MaxBy(h => h.Sequence);
        if (last is not null && on < last.On)
        {
            throw new CertificateDomainException(CertificateError.DateOutOfOrder, $"{trigger} on {on} precedes the last change on {last.On}.");
        }
        var change = new CertificateStatusChange(Guid.NewGuid(), (last?.Sequence ?? 0) + 1, Status, next, trigger, on, at, note?.Trim());
        _history.Add(change);
        Status = next;
        ConcurrencyStamp = Guid.NewGuid();
        return change;
    }

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new CertificateDomainException(CertificateError.ReasonRequired, "A reason is required.");
        }
    }
}

/// <summary>Links of a new certificate to the workflow and the holder, as opaque references so that this module does not depend on the workflow.</summary>
/// <param name="HolderOrganisationId">The holder's organisation, when registered in PcfCert.</param>
/// <param name="ProjectReference">Certification project id.</param>
/// <param name="DecisionReference">Certification decision id.</param>
/// <param name="InitialInspectionEndedOn">End of the initial on-site inspection (PCEC 8.2 first surveillance).</param>
/// <param name="ReplacesNumber">For a re-certification: the number of the certificate it replaces.</param>
/// <param name="ApplicationId">The approved application.</param>
/// <param name="UnitIndex">Its certification unit.</param>
/// <param name="IdempotencyKey">The client's key for the issuing request.</param>
public sealed record IssueReferences(
    Guid? HolderOrganisationId = null,
    string? ProjectReference = null,
    string? DecisionReference = null,
    DateOnly? InitialInspectionEndedOn = null,
    string? ReplacesNumber = null,
    Guid? ApplicationId = null,
    int? UnitIndex = null,
    string? IdempotencyKey = null);

/// <summary>A recorded re-inspection (an inspection held for the restoration, with its verdict).</summary>
/// <param name="InspectionId">The recorded inspection (a surveillance of the certificate).</param>
/// <param name="HeldOn">When it was carried out.</param>
/// <param name="Passed">Its verdict.</param>
public sealed record Reinspection(Guid InspectionId, DateOnly HeldOn, bool Passed);

/// <summary>What a restoration rests on: the holder's application and, where the scheme requires one, the re-inspection.</summary>
/// <param name="AppliedOn">When the holder applied for restoration.</param>
/// <param name="Reinspection">The re-inspection, or null when none was held.</param>
public sealed record RestorationBasis(DateOnly AppliedOn, Reinspection? Reinspection);

/// <summary>Whether a revoked or cancelled certificate came back to the body (PCEC 9.4 收回).</summary>
public enum CertificateRecovery
{
    /// <summary>收回: the holder returned the certificate.</summary>
    Recovered,

    /// <summary>无法收回: published as not recovered.</summary>
    Unrecoverable,
}
