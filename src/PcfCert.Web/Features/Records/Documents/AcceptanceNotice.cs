using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Records;
using static PcfCert.Web.Features.Records.Documents.RecordParts;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>受理通知书 with the contract record, or 不予受理通知 with the reason (CEC 5.1.2, PCEC 7.2).</summary>
public sealed class AcceptanceNotice : IRecordKind
{
    public string Key => "acceptance-notice";

    public bool SentToApplicant => true;

    public IReadOnlyList<string> Subjects(CertificationFile file) =>
        file.Application.AcceptedOn is not null || file.Application.Status == ApplicationStatus.Rejected ? RecordKinds.One : RecordKinds.None;

    public RecordDocument Build(CertificationFile file, string subject, RecordText t)
    {
        var a = file.Application;
        var s = file.Scheme;
        var scheme = new RecordField(t["Records.Scheme"], $"{s.CodeWithVersion} {t.Of(s.Title)}");
        if (a.AcceptedOn is not { } accepted)
        {
            var reject = Transition(a, WorkflowTrigger.Reject);
            return Document(file, t, "Records.Kind.rejection-notice", "BSL",
            [
                Parties(a, t), Units(a, t),
                new FieldsBlock([scheme, new(t["Records.FileCompleteOn"], RecordText.Day(a.FileCompleteOn)),
                    new(t["Records.RejectedOn"], RecordText.Day(DayOf(a, WorkflowTrigger.Reject))), new(t["Records.Reason"], RecordText.OrDash(a.RejectionReason))]),
                new ParagraphBlock(t["Records.Rejection.Text", a.Applicant.Name]),
                BodySignature(file, t, reject?.By.Name ?? "—", DayOf(a, WorkflowTrigger.Reject)),
            ]);
        }
        var limit = s.Parameters.CertificationTimeLimitDays.Value;
        var accept = Transition(a, WorkflowTrigger.Accept);
        return Document(file, t, "Records.Kind.acceptance-notice", "SL",
        [
            Parties(a, t), Units(a, t),
            new FieldsBlock(
            [
                scheme,
                new(t["Records.FileCompleteOn"], RecordText.Day(a.FileCompleteOn)),
                new(t["Records.AcceptedOn"], RecordText.Day(accepted)),
                new(t["Records.ContractDate"], RecordText.Day(a.ContractDate)),
                new(t["Records.TimeLimit"], limit is { } days ? t["Records.TimeLimit.Days", days, s.Parameters.CertificationTimeLimitDays.Clause] : "—"),
                new(t["Records.Documents"], t["Records.DocumentsCount", a.Documents.Count]),
            ]),
            new ParagraphBlock(t["Records.Acceptance.Text", a.Applicant.Name, RecordText.Day(a.ContractDate)]),
            BodySignature(file, t, accept?.By.Name ?? "—", accepted),
        ]);
    }
}
