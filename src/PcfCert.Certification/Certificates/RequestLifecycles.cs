using PcfCert.Certification.Rules;

namespace PcfCert.Certification.Certificates;

/// <summary>What moves a change request.</summary>
public enum ChangeRequestTrigger
{
    /// <summary>The body decides an inspection is needed before deciding.</summary>
    RequireInspection,

    /// <summary>The required inspection's result is recorded.</summary>
    RecordInspection,

    /// <summary>The change is approved and a new certificate version issued.</summary>
    Approve,

    /// <summary>The change is refused.</summary>
    Reject,
}

/// <summary>What moves a holder's request.</summary>
public enum HolderRequestTrigger
{
    /// <summary>The body accepts and carries it out.</summary>
    Accept,

    /// <summary>The body declines.</summary>
    Decline,
}

/// <summary>What moves a surveillance.</summary>
public enum SurveillanceTrigger
{
    /// <summary>The team and the plan are assigned, or re-planned before the inspection starts.</summary>
    AssignTeam,

    /// <summary>The on-site surveillance inspection starts.</summary>
    StartInspection,

    /// <summary>A checklist verdict, a consistency check, a footprint model, the verified value or a nonconformity is recorded.</summary>
    Record,

    /// <summary>The inspection is concluded as passed (the certificate stays valid, CEC 6.3, PCEC 8.4).</summary>
    Pass,

    /// <summary>The inspection is concluded as failed (the certificate is suspended, CEC 6.3 → 7.4, PCEC 8.4 → 10.4).</summary>
    Fail,
}

/// <summary>The transition tables of the requests and visits that follow a certificate (CEC 6–7, PCEC 8–9).</summary>
public static class RequestLifecycles
{
    /// <summary>Condition of <see cref="ChangeRequest"/>: the latest inspection the change required passed.</summary>
    public const string InspectionPassed = "inspection-passed";

    /// <summary>Condition of <see cref="ChangeRequest"/>: the inspection being recorded failed (不通过).</summary>
    public const string InspectionFailed = "inspection-failed";

    /// <summary>
    /// Change request (变更, CEC 7.3, PCEC 9.3). CEC 7.3 "检查合格后方能变更": after an inspection was required, approval
    /// only once one passed; an inspection with nonconformities keeps the request open for rectification and a further
    /// inspection; a failed one refuses the change.
    /// </summary>
    public static TransitionTable<ChangeRequestStatus, ChangeRequestTrigger> ChangeRequest { get; } = new(
    [
        new(ChangeRequestStatus.Filed, ChangeRequestTrigger.RequireInspection, ChangeRequestStatus.InspectionRequired),
        new(ChangeRequestStatus.Filed, ChangeRequestTrigger.Approve, ChangeRequestStatus.Approved),
        new(ChangeRequestStatus.Filed, ChangeRequestTrigger.Reject, ChangeRequestStatus.Rejected),
        new(ChangeRequestStatus.InspectionRequired, ChangeRequestTrigger.RecordInspection, ChangeRequestStatus.Rejected, When: InspectionFailed),
        new(ChangeRequestStatus.InspectionRequired, ChangeRequestTrigger.RecordInspection, ChangeRequestStatus.InspectionRequired, Unless: InspectionFailed),
        new(ChangeRequestStatus.InspectionRequired, ChangeRequestTrigger.Approve, ChangeRequestStatus.Approved, When: InspectionPassed),
        new(ChangeRequestStatus.InspectionRequired, ChangeRequestTrigger.Reject, ChangeRequestStatus.Rejected),
    ], (from, trigger) => new CertificateDomainException(CertificateError.IllegalChangeRequestMove, $"A change request in status {from} cannot {trigger}."));

    /// <summary>Holder request to suspend or cancel (CEC 7.4, PCEC 9.4).</summary>
    public static TransitionTable<HolderRequestStatus, HolderRequestTrigger> HolderRequest { get; } = new(
    [
        new(HolderRequestStatus.Pending, HolderRequestTrigger.Accept, HolderRequestStatus.Accepted),
        new(HolderRequestStatus.Pending, HolderRequestTrigger.Decline, HolderRequestStatus.Declined),
    ], (from, trigger) => new CertificateDomainException(CertificateError.RequestAlreadyDecided, $"A holder request in status {from} cannot {trigger}."));

    /// <summary>Surveillance (获证后监督, CEC 6, PCEC 8).</summary>
    public static TransitionTable<SurveillanceStatus, SurveillanceTrigger> Surveillance { get; } = new(
    [
        new(SurveillanceStatus.Open, SurveillanceTrigger.AssignTeam, SurveillanceStatus.TeamAssigned),
        new(SurveillanceStatus.TeamAssigned, SurveillanceTrigger.AssignTeam, SurveillanceStatus.TeamAssigned),
        new(SurveillanceStatus.TeamAssigned, SurveillanceTrigger.StartInspection, SurveillanceStatus.Inspecting),
        new(SurveillanceStatus.Inspecting, SurveillanceTrigger.Record, SurveillanceStatus.Inspecting),
        new(SurveillanceStatus.Inspecting, SurveillanceTrigger.Pass, SurveillanceStatus.Completed),
        new(SurveillanceStatus.Inspecting, SurveillanceTrigger.Fail, SurveillanceStatus.Completed),
    ], (from, trigger) => new CertificateDomainException(CertificateError.IllegalSurveillanceMove, $"A surveillance in status {from} cannot {trigger}."));
}
