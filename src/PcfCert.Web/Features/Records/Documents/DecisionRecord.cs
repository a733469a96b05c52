using PcfCert.Infrastructure.Records;
using static PcfCert.Web.Features.Records.Documents.RecordParts;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>认证决定: approval with the certificate deadline and number, or refusal with the written reasons (CEC 5.7, PCEC 7.6).</summary>
public sealed class DecisionRecord : IRecordKind
{
    public string Key => "decision";

    public bool SentToApplicant => true;

    public IReadOnlyList<string> Subjects(CertificationFile file) => file.Application.Decision is null ? RecordKinds.None : RecordKinds.One;

    public RecordDocument Build(CertificationFile file, string subject, RecordText t)
    {
        var a = file.Application;
        var d = a.Decision!;
        var fields = new List<RecordField>
        {
            new(t["Records.Decision"], t[d.Approved ? "Records.Decision.Approved" : "Records.Decision.Refused"]),
            new(t["Records.DecisionMaker"], d.DecisionMaker.Name),
            new(t["Records.DecidedOn"], RecordText.Day(d.On)),
            new(t["Records.Recommendation"], a.Review is { } r ? $"{r.Reviewer.Name}：{t[r.RecommendApproval ? "Records.RecommendApproval" : "Records.RecommendRefusal"]}" : "—"),
        };
        if (d.Approved)
        {
            fields.Add(new(t["Records.FootprintResult"], a.VerifiedValue is { } v ? $"{RecordText.Kg(v.KgCO2e)} kg CO2e / {v.DeclaredUnit}" : "—"));
            fields.Add(new(t["Records.CertificateDue"], d.CertificateDueOn is { } due ? t["Records.CertificateDue.Text", RecordText.Day(due), file.Scheme.Parameters.CertificateIssuanceDays.Clause] : "—"));
            fields.Add(new(t["Records.CertificateNumber"], file.Certificates.Count == 0 ? t["Records.NotYetIssued"] : string.Join("；", file.Certificates.Select(c => c.Number))));
        }
        else
        {
            fields.Add(new(t["Records.Reasons"], RecordText.OrDash(d.Reasons)));
        }
        return Document(file, t, "Records.Kind.decision", "JD",
        [
            Parties(a, t), Units(a, t), new FieldsBlock(fields),
            new SignaturesBlock([new RecordField(t["Records.DecisionMaker"], d.DecisionMaker.Name)], t["Records.Date"], RecordText.Day(d.On)),
        ]);
    }
}
