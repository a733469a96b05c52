using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Records;
using static PcfCert.Web.Features.Records.Documents.RecordParts;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>文件评审结论 (CEC 5.3.3 a or b), with the documents reviewed and their SHA-256.</summary>
public sealed class DocumentReviewRecord : IRecordKind
{
    public string Key => "document-review";

    public bool SentToApplicant => true;

    public IReadOnlyList<string> Subjects(CertificationFile file) => file.Application.DocumentReview is null ? RecordKinds.None : RecordKinds.One;

    public RecordDocument Build(CertificationFile file, string subject, RecordText t)
    {
        var a = file.Application;
        var names = file.Scheme.ApplicationDocuments.Concat(file.Scheme.ApplicationDocumentVariants.SelectMany(v => v.Documents))
            .GroupBy(d => d.Key).ToDictionary(g => g.Key, g => t.Of(g.First().Name));
        var review = Transition(a, WorkflowTrigger.CompleteDocumentReview);
        return Document(file, t, "Records.Kind.document-review", "WJ",
        [
            Parties(a, t),
            new FieldsBlock(
            [
                new(t["Records.ReviewPurpose"], t["Records.ReviewPurpose.Text"]),
                new(t["Records.Conclusion"], t["DocumentReview." + a.DocumentReview]),
                new(t["Records.ItemsToSupply"], RecordText.OrDash(a.ItemsToSupplyOnSite)),
                new(t["Records.Purpose.Label"], t["ApplicationPurpose." + a.Purpose]),
                // CEC annex 1 五: for an extension or re-certification, what changed against the existing certificates.
                .. a.Purpose == ApplicationPurpose.Initial || ProductChanges(file.Scheme, a.ProductChanges, a.Units.Count, t) is not { } changes ? [] : new[] { changes },
            ]),
            new HeadingBlock(t["Records.DocumentsReviewed"]),
            new TableBlock([t["Records.Document"], t["Records.FileName"], "SHA-256"],
                a.Documents.Select(d => (IReadOnlyList<string>)[names.GetValueOrDefault(d.DocumentKey, d.DocumentKey), d.FileName, d.Sha256]).ToList()),
            new SignaturesBlock([new RecordField(t["Records.Reviewer"], review?.By.Name ?? "—")], t["Records.Date"], RecordText.Day(DayOf(a, WorkflowTrigger.CompleteDocumentReview))),
        ]);
    }
}
