using PcfCert.Certification.Calendar;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

/// <summary>
/// 认证不合格通知 (CEC 5.7.3) / the written notice with reasons (PCEC 7.6): raised when an inspection fails or the
/// decision refuses, due within the scheme's days from the end of the inspection, and recorded when sent.
/// </summary>
/// <param name="DueOn">Last day to send it (CEC: 30 days after the inspection ended); null when the scheme sets no limit.</param>
/// <param name="Reasons">Why the certification failed (the failed inspection's or the refusal's reasons).</param>
/// <param name="RaisedOn">The day the certification failed.</param>
/// <param name="SentOn">The day the body sent it; null until then.</param>
/// <param name="SentBy">Who sent it.</param>
public sealed record FailureNotice(DateOnly? DueOn, string Reasons, DateOnly RaisedOn, DateOnly? SentOn = null, Actor? SentBy = null);

public sealed partial class CertificationApplication
{
    /// <summary>The failure notice owed to the applicant after a failed inspection or a refusal; null otherwise.</summary>
    public FailureNotice? FailureNotice { get; private set; }

    /// <summary>The day the on-site inspection ended (passed or failed); null before.</summary>
    public DateOnly? InspectionEndedOn =>
        Transitions.LastOrDefault(t => t.Trigger is WorkflowTrigger.PassInspection or WorkflowTrigger.FailInspection) is { } t
            ? ChinaDate(t.At) : null;

    /// <summary>The day the last nonconformity's rectification was verified as effective; null when none was closed.</summary>
    public DateOnly? RectificationVerifiedOn => Nonconformities.Max(n => n.ClosedOn);

    /// <summary>
    /// CEC 5.7.2 "自完成不符合整改且验证有效后": the day the certification requirements were met — the verified completion
    /// of the last rectification, or the end of the inspection when no nonconformity was raised.
    /// </summary>
    public DateOnly? RequirementsMetOn =>
        Nonconformities.Count > 0 ? RectificationVerifiedOn ?? InspectionEndedOn : InspectionEndedOn;

    /// <summary>
    /// Whether the overall time limit still runs: until the conclusion (CEC 5.2.3) or, where the scheme's limit ends at
    /// the certificate (PCEC 6), through the approval until <paramref name="certificateIssued"/>.
    /// </summary>
    public bool TimeLimitRuns(SchemeDefinition scheme, bool certificateIssued)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (!ApplicationLifecycle.IsTerminal(Status))
        {
            return true;
        }
        return Status == ApplicationStatus.Approved && !certificateIssued
            && scheme.CertificationTimeLimit.EndsAt.Key == TimeLimitEvents.CertificateIssued;
    }

    /// <summary>Records that the failure notice was sent (a certification manager).</summary>
    public void SendFailureNotice(SchemeDefinition scheme, Actor by, DateTimeOffset at)
    {
        CheckScheme(scheme);
        if (FailureNotice is not { } notice)
        {
            throw new WorkflowException(WorkflowError.IllegalTransition, Status.ToString(), "SendFailureNotice");
        }
        if (notice.SentOn is not null)
        {
            throw new WorkflowException(WorkflowError.IllegalTransition, "FailureNoticeSent", "SendFailureNotice");
        }
        FailureNotice = notice with { SentOn = ChinaDate(at), SentBy = by };
        Touch();
    }

    private void RaiseFailureNoticeIfTerminated(SchemeDefinition scheme, string? reasons)
    {
        if (Status is not (ApplicationStatus.InspectionFailed or ApplicationStatus.Refused))
        {
            return;
        }
        var today = Transitions[^1].At;
        var from = InspectionEndedOn ?? ChinaDate(today);
        FailureNotice = new FailureNotice(
            scheme.Parameters.TerminationNoticeDays.Value is { } days ? CalendarPeriods.AddCalendarDays(from, days) : null,
            string.IsNullOrWhiteSpace(reasons) ? Status.ToString() : reasons.Trim(), ChinaDate(today));
    }
}
