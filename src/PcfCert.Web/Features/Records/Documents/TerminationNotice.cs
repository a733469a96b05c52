using PcfCert.Certification.Calendar;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Records;
using static PcfCert.Web.Features.Records.Documents.RecordParts;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>
/// 认证不合格通知 (CEC 5.7.3: within 30 days of the end of the inspection; PCEC 7.6: written notice with reasons): the
/// certification is terminated after a refusal or a failed inspection, with the reasons and the right to apply again.
/// </summary>
public sealed class TerminationNotice : IRecordKind
{
    public string Key => "termination-notice";

    public bool SentToApplicant => true;

    public IReadOnlyList<string> Subjects(CertificationFile file) =>
        file.Application.Decision is { Approved: false } || file.Application.Status == ApplicationStatus.InspectionFailed ? RecordKinds.One : RecordKinds.None;

    public RecordDocument Build(CertificationFile file, string subject, RecordText t)
    {
        var a = file.Application;
        var p = file.Scheme.Parameters.TerminationNoticeDays;
        var failed = Transition(a, WorkflowTrigger.FailInspection);
        var reasons = a.Decision is { Approved: false } d ? d.Reasons : failed?.Note;
        var ended = a.Decision?.On ?? file.InspectionEndedOn;
        DateOnly? due = a.Decision?.TerminationNoticeDueOn ?? (p.Value is { } days && file.InspectionEndedOn is { } end ? CalendarPeriods.AddCalendarDays(end, days) : null);
        return Document(file, t, "Records.Kind.termination-notice", "BHG",
        [
            Parties(a, t), Units(a, t),
            new FieldsBlock(
            [
                new(t["Records.Result"], t[a.Status == ApplicationStatus.InspectionFailed ? "Records.Inspection.Failed" : "Records.Decision.Refused"]),
                new(t["Records.Reasons"], RecordText.OrDash(reasons)),
                new(t["Records.InspectionEnded"], RecordText.Day(file.InspectionEndedOn)),
                new(t["Records.NoticeDue"], due is { } x ? t["Records.NoticeDue.Text", RecordText.Day(x), p.Value ?? 0, p.Clause] : t["Records.NoticeDue.None"]),
            ]),
            new ParagraphBlock(t["Records.Termination.Text", a.Applicant.Name]),
            BodySignature(file, t, a.Decision?.DecisionMaker.Name ?? failed?.By.Name ?? "—", ended),
        ]);
    }
}
