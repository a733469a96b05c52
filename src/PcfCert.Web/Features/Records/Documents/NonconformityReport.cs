using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Records;
using static PcfCert.Web.Features.Records.Documents.RecordParts;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>不符合项报告: every nonconformity with its deadline and the whole rectification history (CEC 5.6, PCEC 7.4.2).</summary>
public sealed class NonconformityReport : IRecordKind
{
    public string Key => "nonconformity-report";

    public bool SentToApplicant => true;

    public IReadOnlyList<string> Subjects(CertificationFile file) => file.Application.Nonconformities.Count == 0 ? RecordKinds.None : RecordKinds.One;

    public static TableBlock Summary(CertificationApplication a, RecordText t) => new(
        ["No.", t["Records.Clause"], t["Records.Description"], t["Records.RaisedOn"], t["Records.Deadline"], t["Records.State"]],
        a.Nonconformities.Select(n => (IReadOnlyList<string>)[$"NC-{n.Number}", n.ClauseId, n.Description, RecordText.Day(n.RaisedOn),
            RecordText.Day(n.Deadline), t["Records.NcStatus." + n.Status]]).ToList());

    public RecordDocument Build(CertificationFile file, string subject, RecordText t)
    {
        var a = file.Application;
        var p = file.Scheme.Parameters;
        var blocks = new List<RecordBlock>
        {
            Parties(a, t),
            new FieldsBlock(
            [
                new(t["Records.RectificationPeriod"], p.RectificationMonths.Value is { } m ? t["Records.Months", m, p.RectificationMonths.Clause] : t["Records.TeamSetsDeadline"]),
                new(t["Records.MaxSubmissions"], p.MaxRectificationSubmissions.Value is { } max ? t["Records.Times", max, p.MaxRectificationSubmissions.Clause] : "—"),
            ]),
            Summary(a, t),
        };
        foreach (var n in a.Nonconformities)
        {
            blocks.Add(new HeadingBlock(t["Records.RectificationHistory", $"NC-{n.Number}"]));
            blocks.Add(n.Submissions.Count == 0
                ? new ParagraphBlock(t["Records.NoSubmission"])
                : new TableBlock(["#", t["Records.SubmittedOn"], t["Records.Evidence"], t["Records.Judgement"], t["Records.TeamComment"]],
                    n.Submissions.Select((x, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), RecordText.Day(x.SubmittedAt),
                        x.Evidence + (x.FileIds.Count > 0 ? " " + t["Records.Attachments", x.FileIds.Count] : ""),
                        x.Accepted is { } ok ? t[ok ? "Records.Accepted" : "Records.Returned"] : t["Records.Pending"], RecordText.OrDash(x.TeamComment)]).ToList()));
        }
        blocks.Add(TeamSignatures(a, t, a.Nonconformities.Max(n => n.RaisedOn)));
        return Document(file, t, "Records.Kind.nonconformity-report", "BFH", blocks);
    }
}
