using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Records;
using static PcfCert.Web.Features.Records.Documents.RecordParts;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>暂停 / 恢复 / 撤销 / 注销通知, one per such change of a certificate's status (CEC 7.4, PCEC 9.4).</summary>
public sealed class StatusNotice : IRecordKind
{
    private static readonly CertificateTrigger[] Noticed =
        [CertificateTrigger.Suspend, CertificateTrigger.Restore, CertificateTrigger.Revoke, CertificateTrigger.SuspensionLapsed, CertificateTrigger.Cancel];

    public string Key => "status-notice";

    public bool SentToApplicant => true;

    public IReadOnlyList<string> Subjects(CertificationFile file) =>
        file.Certificates.SelectMany(c => c.History).Where(h => Noticed.Contains(h.Trigger)).Select(h => h.Id.ToString()).ToList();

    public RecordDocument Build(CertificationFile file, string subject, RecordText t)
    {
        var c = file.Certificates.Single(x => x.History.Any(h => h.Id.ToString() == subject));
        var h = c.History.Single(x => x.Id.ToString() == subject);
        var p = c.Contents.Particulars;
        var s = file.Scheme.Parameters;
        var fields = new List<RecordField>
        {
            new(t["Pdf.Number"], c.Number), new(t["Records.Holder"], p.Applicant.Name), new(t["Records.ProductName"], $"{p.ProductName} {p.Model}"),
            new(t["Records.Action"], t["CertificateTrigger." + h.Trigger]), new(t["Records.EffectiveOn"], RecordText.Day(h.On)),
            new(t["Records.Reason"], RecordText.OrDash(h.Note)),
        };
        if (h.Trigger == CertificateTrigger.Suspend)
        {
            var months = s.SuspensionMaxMonths.Value ?? 6;
            fields.Add(new(t["Records.RevokedIfNotRestored"], t["Records.RevokedIfNotRestored.Text", RecordText.Day(h.On.AddMonths(months).AddDays(1)), months, s.SuspensionMaxMonths.Clause]));
        }
        var key = h.Trigger switch
        {
            CertificateTrigger.Suspend => "Records.Kind.suspension-notice",
            CertificateTrigger.Restore => "Records.Kind.restoration-notice",
            CertificateTrigger.Cancel => "Records.Kind.cancellation-notice",
            _ => "Records.Kind.revocation-notice",
        };
        return new RecordDocument(t[key], t.Of(file.Scheme.Issuer.Name),
            t["Records.ReferenceLine", $"{c.Number}-{h.Sequence}", file.Scheme.Code, file.Scheme.Version],
        [
            new FieldsBlock(fields),
            new ParagraphBlock(t[h.Trigger == CertificateTrigger.Restore ? "Records.Restored.Text" : "Records.NoUse.Text"]),
            BodySignature(file, t, "—", h.On),
        ], t.Language);
    }
}
