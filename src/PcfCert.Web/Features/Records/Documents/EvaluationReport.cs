using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Records;
using static PcfCert.Web.Features.Records.Documents.RecordParts;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>
/// 综合评价报告 (CEC 5.7.1: the team's evaluation of the document review and the on-site inspection) and the technical
/// reviewer's recommendation (认证复核, PCEC 7.6). Kept by the body; not sent to the applicant.
/// </summary>
public sealed class EvaluationReport : IRecordKind
{
    public string Key => "evaluation-report";

    public bool SentToApplicant => false;

    public IReadOnlyList<string> Subjects(CertificationFile file) =>
        file.Application.InspectionConclusion is not null || file.Application.Review is not null ? RecordKinds.One : RecordKinds.None;

    public RecordDocument Build(CertificationFile file, string subject, RecordText t)
    {
        var a = file.Application;
        var closed = a.Nonconformities.Count(n => n.Status == NonconformityStatus.Closed);
        var blocks = new List<RecordBlock>
        {
            Parties(a, t),
            new HeadingBlock(t["Records.Evaluation.Team"]),
            new FieldsBlock(
            [
                new(t["Records.Kind.document-review"], a.DocumentReview is { } d ? t["DocumentReview." + d] : t["Records.NotApplicable"]),
                new(t["Records.Kind.inspection-report"], RecordText.OrDash(a.InspectionConclusion?.Conclusion)),
                new(t["Records.AssuranceVerdict"], RecordText.OrDash(a.InspectionConclusion?.ConformityStatement)),
                new(t["Records.Kind.nonconformity-report"], t["Records.NcClosed", closed, a.Nonconformities.Count]),
                new(t["Records.FootprintResult"], a.VerifiedValue is { } v ? t["Records.VerifiedValue", RecordText.Kg(v.KgCO2e), v.DeclaredUnit, v.ModelVersion, v.InputSha256] : t["Records.NotVerified"]),
                new(t["Records.Findings"], t["Records.FindingsClosed", a.Findings.Count(f => f.Closed), a.Findings.Count]),
            ]),
            TeamSignatures(a, t, file.InspectionEndedOn),
        };
        // CEC 5.7.1: the report the team leader issued, as written.
        if (a.EvaluationReport is { } team)
        {
            blocks.Add(new FieldsBlock(
            [
                new(t["Field.documentReviewResult"], team.DocumentReviewResult),
                new(t["Field.inspectionResult"], team.InspectionResult),
                new(t["Field.evaluation"], team.Evaluation),
                new(t["Evaluation.Author"], $"{team.Author.Name} {RecordText.Day(team.On)}"),
            ]));
        }
        blocks.Add(new HeadingBlock(t["Records.Evaluation.Review"]));
        if (a.Review is { } r)
        {
            blocks.Add(new FieldsBlock(
            [
                new(t["Records.Reviewer"], r.Reviewer.Name),
                new(t["Records.Recommendation"], t[r.RecommendApproval ? "Records.RecommendApproval" : "Records.RecommendRefusal"]),
                new(t["Records.Comment"], r.Comment),
                new(t["Records.Independence"], t["Records.Independence.Text"]),
            ]));
            blocks.Add(new SignaturesBlock([new RecordField(t["Records.Reviewer"], r.Reviewer.Name)], t["Records.Date"], RecordText.Day(r.On)));
        }
        else
        {
            blocks.Add(new ParagraphBlock(t["Records.Pending"]));
        }
        return Document(file, t, "Records.Kind.evaluation-report", "PJ", blocks);
    }
}
