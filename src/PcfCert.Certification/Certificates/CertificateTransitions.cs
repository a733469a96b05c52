using PcfCert.Certification.Rules;

namespace PcfCert.Certification.Certificates;

/// <summary>
/// The one table that decides every status change of a certificate. A pair that is not in the table is illegal
/// and raises <see cref="CertificateDomainException"/>; nothing is ever silently ignored.
/// </summary>
public static class CertificateTransitions
{
    /// <summary>The table (CEC 7.4, PCEC 9.4).</summary>
    public static TransitionTable<CertificateStatus, CertificateTrigger> Table { get; } = new(
    [
        new(CertificateStatus.Valid, CertificateTrigger.Suspend, CertificateStatus.Suspended),
        new(CertificateStatus.Valid, CertificateTrigger.Revoke, CertificateStatus.Revoked),
        new(CertificateStatus.Valid, CertificateTrigger.Cancel, CertificateStatus.Cancelled),
        new(CertificateStatus.Valid, CertificateTrigger.Expire, CertificateStatus.Expired),
        new(CertificateStatus.Valid, CertificateTrigger.ReplaceByRecertification, CertificateStatus.Superseded),
        new(CertificateStatus.Valid, CertificateTrigger.IssueChangedVersion, CertificateStatus.Valid),
        // CEC annex 3 cl. 10.1, PCEC annex 1 cl. 11.1 "认证结果即时失效": the result no longer holds, so the certificate is suspended.
        new(CertificateStatus.Valid, CertificateTrigger.FlagForRecertification, CertificateStatus.Suspended),

        new(CertificateStatus.Suspended, CertificateTrigger.Restore, CertificateStatus.Valid),
        new(CertificateStatus.Suspended, CertificateTrigger.Revoke, CertificateStatus.Revoked),
        new(CertificateStatus.Suspended, CertificateTrigger.SuspensionLapsed, CertificateStatus.Revoked),
        new(CertificateStatus.Suspended, CertificateTrigger.Cancel, CertificateStatus.Cancelled),
        new(CertificateStatus.Suspended, CertificateTrigger.Expire, CertificateStatus.Expired),
        new(CertificateStatus.Suspended, CertificateTrigger.FlagForRecertification, CertificateStatus.Suspended),
        // A re-certification replaces a certificate suspended for a footprint increase (or any other reason).
        new(CertificateStatus.Suspended, CertificateTrigger.ReplaceByRecertification, CertificateStatus.Superseded),
    ], (from, trigger) => new CertificateDomainException(CertificateError.IllegalTransition, $"A certificate in status {from} cannot take {trigger}."));

    /// <summary>The status after a trigger, or null when the move is illegal.</summary>
    /// <param name="from">Current status.</param>
    /// <param name="trigger">What happens.</param>
    /// <returns>The next status or null.</returns>
    public static CertificateStatus? Next(CertificateStatus from, CertificateTrigger trigger) => Table.TryNext(from, trigger);

    /// <summary>The status after a trigger; throws for an illegal move.</summary>
    /// <param name="from">Current status.</param>
    /// <param name="trigger">What happens.</param>
    /// <returns>The next status.</returns>
    /// <exception cref="CertificateDomainException">The move is illegal.</exception>
    public static CertificateStatus Apply(CertificateStatus from, CertificateTrigger trigger) => Table.Next(from, trigger);

    /// <summary>Whether a trigger is legal now.</summary>
    /// <param name="from">Current status.</param>
    /// <param name="trigger">What happens.</param>
    /// <returns>True when legal.</returns>
    public static bool Allows(CertificateStatus from, CertificateTrigger trigger) => Table.Allows(from, trigger);
}

/// <summary>Why a certificate operation was refused.</summary>
public enum CertificateError
{
    /// <summary>The (status, trigger) pair is not in the transition table.</summary>
    IllegalTransition,

    /// <summary>A date rule forbids it now (e.g. expiry before the end of validity).</summary>
    NotYetDue,

    /// <summary>Restoration without a passed re-inspection recorded during the suspension.</summary>
    ReinspectionRequired,

    /// <summary>Restoration without the holder's application filed within the suspension period (CEC 7.4, PCEC 9.4).</summary>
    RestorationApplicationRequired,

    /// <summary>The footprint-increase rule invalidated the result: re-certification, not restoration (CEC annex 3 cl. 10.1, PCEC annex 1 cl. 11.1).</summary>
    RecertificationPending,

    /// <summary>Recovery (收回) is recorded only for a revoked or cancelled certificate not yet recovered (PCEC 9.4).</summary>
    RecoveryNotApplicable,

    /// <summary>A reason is required.</summary>
    ReasonRequired,

    /// <summary>
    /// The certificate's validity has ended: no change is filed or approved for it, even on the day before the scheduled
    /// expiry duty marks it expired (CEC 7.3 / PCEC 9.3 change a valid certificate; after the end, re-certification).
    /// </summary>
    ValidityEnded,

    /// <summary>A surveillance of a CEC certificate must record the year-on-year reduction and the target (CEC 6.2).</summary>
    ReductionRecordRequired,

    /// <summary>A passed surveillance lacks part of its inspection (CEC 6.2, PCEC 8.1): the verified footprint of the surveillance period.</summary>
    SurveillanceFootprintMissing,

    /// <summary>The surveillance's footprint model fails the scheme's cut-off limit (CEC 5.4.3.2 c) and cannot be the verified value.</summary>
    CutOffFailed,

    /// <summary>The surveillance report's number or a part of its conclusion is missing.</summary>
    SurveillanceReportIncomplete,

    /// <summary>The change request is not in a status that allows this.</summary>
    IllegalChangeRequestMove,

    /// <summary>An approved change that required an inspection has no passed inspection.</summary>
    ChangeInspectionRequired,

    /// <summary>A date lies before another it must follow.</summary>
    DateOutOfOrder,

    /// <summary>The surveillance is not in a status that allows this.</summary>
    IllegalSurveillanceMove,

    /// <summary>The holder request was already decided.</summary>
    RequestAlreadyDecided,

    /// <summary>No approved certification decision: a certificate follows only from one (CEC 5.7.1, PCEC 7.6).</summary>
    DecisionRequired,

    /// <summary>The application has no certification unit with that index.</summary>
    UnknownUnit,

    /// <summary>The application has no verified footprint value to state.</summary>
    VerificationRequired,

    /// <summary>The issue date lies before the decision.</summary>
    IssuedBeforeDecision,

    /// <summary>The issue date lies in the future.</summary>
    IssuedInFuture,

    /// <summary>A particular the rule requires is missing or inconsistent (args: the reason code).</summary>
    IncompleteParticulars,

    /// <summary>The unit of this decision already has its certificate.</summary>
    AlreadyIssued,

    /// <summary>Another planned surveillance of the certificate is still open.</summary>
    PlannedSurveillanceOpen,

    /// <summary>The rectification deadline of a surveillance nonconformity has passed.</summary>
    RectificationDeadlinePassed,

    /// <summary>The scheme's maximum number of rectification submissions is reached.</summary>
    TooManySubmissions,

    /// <summary>A rectification submission needs its evidence.</summary>
    EvidenceRequired,

    /// <summary>A returned rectification needs the reason.</summary>
    CommentRequired,

    /// <summary>A change inspection needs its report reference.</summary>
    InspectionReferenceRequired,

    /// <summary>A change inspection with nonconformities lists at least one.</summary>
    NonconformitiesRequired,

    /// <summary>The holder already has a pending request of this kind for the certificate.</summary>
    RequestPending,
}

/// <summary>A domain rule refused an operation on a certificate.</summary>
public sealed class CertificateDomainException : DomainException
{
    /// <summary>Creates the error for the whole certificate (or request).</summary>
    /// <param name="error">The rule that refused it.</param>
    /// <param name="message">A developer-facing explanation (the UI shows a localized text for <paramref name="error"/>).</param>
    public CertificateDomainException(CertificateError error, string message)
        : this(error, string.Empty, message)
    {
    }

    /// <summary>Creates the error for one field.</summary>
    /// <param name="error">The rule that refused it.</param>
    /// <param name="path">The field it concerns (e.g. <c>timeBoundaryFrom</c>).</param>
    /// <param name="message">A developer-facing explanation.</param>
    public CertificateDomainException(CertificateError error, string path, string message)
        : base([new DomainProblem(error.ToString(), path)], message)
    {
        Error = error;
    }

    /// <summary>Creates the error for every problem found at once.</summary>
    /// <param name="problems">Problems whose codes are <see cref="CertificateError"/> names.</param>
    public CertificateDomainException(IReadOnlyList<DomainProblem> problems)
        : base(problems, string.Join("; ", problems.Select(p => $"{p.Code} at {p.Path}")))
    {
        Error = Enum.Parse<CertificateError>(problems[0].Code);
    }

    /// <summary>The rule that refused it first.</summary>
    public CertificateError Error { get; }
}
