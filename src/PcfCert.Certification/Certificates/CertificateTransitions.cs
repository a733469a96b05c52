namespace PcfCert.Certification.Certificates;

/// <summary>
/// The one table that decides every status change of a certificate. A pair that is not in the table is illegal
/// and raises <see cref="CertificateDomainException"/>; nothing is ever silently ignored.
/// </summary>
public static class CertificateTransitions
{
    private static readonly Dictionary<(CertificateStatus From, CertificateTrigger Trigger), CertificateStatus> Table = new()
    {
        [(CertificateStatus.Valid, CertificateTrigger.Suspend)] = CertificateStatus.Suspended,
        [(CertificateStatus.Valid, CertificateTrigger.Revoke)] = CertificateStatus.Revoked,
        [(CertificateStatus.Valid, CertificateTrigger.Cancel)] = CertificateStatus.Cancelled,
        [(CertificateStatus.Valid, CertificateTrigger.Expire)] = CertificateStatus.Expired,
        [(CertificateStatus.Valid, CertificateTrigger.ReplaceByRecertification)] = CertificateStatus.Superseded,
        [(CertificateStatus.Valid, CertificateTrigger.IssueChangedVersion)] = CertificateStatus.Valid,
        [(CertificateStatus.Valid, CertificateTrigger.FlagForRecertification)] = CertificateStatus.Valid,

        [(CertificateStatus.Suspended, CertificateTrigger.Restore)] = CertificateStatus.Valid,
        [(CertificateStatus.Suspended, CertificateTrigger.Revoke)] = CertificateStatus.Revoked,
        [(CertificateStatus.Suspended, CertificateTrigger.SuspensionLapsed)] = CertificateStatus.Revoked,
        [(CertificateStatus.Suspended, CertificateTrigger.Cancel)] = CertificateStatus.Cancelled,
        [(CertificateStatus.Suspended, CertificateTrigger.Expire)] = CertificateStatus.Expired,
        [(CertificateStatus.Suspended, CertificateTrigger.FlagForRecertification)] = CertificateStatus.Suspended,
    };

    /// <summary>Every legal (state, trigger) pair with its result.</summary>
    public static IReadOnlyDictionary<(CertificateStatus From, CertificateTrigger Trigger), CertificateStatus> All => Table;

    /// <summary>The status after a trigger, or null when the move is illegal.</summary>
    /// <param name="from">Current status.</param>
    /// <param name="trigger">What happens.</param>
    /// <returns>The next status or null.</returns>
    public static CertificateStatus? Next(CertificateStatus from, CertificateTrigger trigger) =>
        Table.TryGetValue((from, trigger), out var next) ? next : null;

    /// <summary>The status after a trigger; throws for an illegal move.</summary>
    /// <param name="from">Current status.</param>
    /// <param name="trigger">What happens.</param>
    /// <returns>The next status.</returns>
    /// <exception cref="CertificateDomainException">The move is illegal.</exception>
    public static CertificateStatus Apply(CertificateStatus from, CertificateTrigger trigger) =>
        Next(from, trigger) ?? throw new CertificateDomainException(
            CertificateError.IllegalTransition, $"A certificate in status {from} cannot take {trigger}.");

    /// <summary>Whether a trigger is legal now.</summary>
    /// <param name="from">Current status.</param>
    /// <param name="trigger">What happens.</param>
    /// <returns>True when legal.</returns>
    public static bool Allows(CertificateStatus from, CertificateTrigger trigger) => Table.ContainsKey((from, trigger));
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

    /// <summary>A reason is required.</summary>
    ReasonRequired,

    /// <summary>A surveillance of a CEC certificate must record the year-on-year reduction and the target (CEC 6.2).</summary>
    ReductionRecordRequired,

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
}

/// <summary>A domain rule refused an operation on a certificate.</summary>
/// <param name="error">The rule that refused it.</param>
/// <param name="message">A developer-facing explanation (the UI shows a localized text for <paramref name="error"/>).</param>
public sealed class CertificateDomainException(CertificateError error, string message) : Exception(message)
{
    /// <summary>The rule that refused it.</summary>
    public CertificateError Error { get; } = error;
}
