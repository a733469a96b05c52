using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Records;
using static PcfCert.Web.Features.Records.Documents.RecordParts;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>变更批准 (or its refusal), one per decided change request (CEC 7.3, PCEC 9.3): what changed and the new version.</summary>
public sealed class ChangeApproval : IRecordKind
{
    public string Key => "change-approval";

    public bool SentToApplicant => true;

    public IReadOnlyList<string> Subjects(CertificationFile file) =>
        file.Changes.Where(c => c.Status is ChangeRequestStatus.Approved or ChangeRequestStatus.Rejected).Select(c => c.Id.ToString()).ToList();

    public RecordDocument Build(CertificationFile file, string subject, RecordText t)
    {
        var r = file.Changes.Single(x => x.Id.ToString() == subject);
        var c = file.Certificates.Single(x => x.Id == r.CertificateId);
        var m = r.Amendment;
        var changes = new List<RecordField>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                changes.Add(new RecordField(label, value));
            }
        }
        Add(t["Records.Applicant"], m.Applicant is { } a ? $"{a.Name}，{a.Address}" : null);
        Add(t["Records.Manufacturer"], m.Manufacturer is { } mf ? $"{mf.Name}，{mf.Address}" : null);
        Add(t["Records.Factory"], m.Factory is { } f ? $"{f.Name}，{f.Address}" : null);
        Add(t["Records.ProductName"], m.ProductName);
        Add(t["Records.Model"], m.Model);
        var version = r.ResultingVersion is { } v ? c.Versions.Single(x => x.Version == v) : null;
        // The number the request was filed under: the version before the one it produced (PCEC 9.3 gives the new one another number).
        var before = version is null ? c.Current : c.Versions.Single(x => x.Version == version.Version - 1);
        return new RecordDocument(t[r.Status == ChangeRequestStatus.Approved ? "Records.Kind.change-approval" : "Records.Kind.change-refusal"], t.Of(file.Scheme.Issuer.Name),
            t["Records.ReferenceLine", $"{before.Number}-BG-{r.FiledOn:yyyyMMdd}", file.Scheme.Code, file.Scheme.Version],
        [
            new FieldsBlock(
            [
                new(t["Pdf.Number"], before.Number), new(t["Records.Holder"], c.Contents.Particulars.Applicant.Name),
                new(t["Records.ChangeKind"], t["ChangeKind." + r.Kind]), new(t["Records.Description"], r.Description),
                new(t["Records.FiledOn"], RecordText.Day(r.FiledOn)),
                new(t["Records.InspectionReference"], r.InspectionReference is { } i ? $"{i}（{t.YesNo(r.InspectionPassed == true)}）" : t["Records.NoInspection"]),
                new(t["Records.Decision"], t[r.Status == ChangeRequestStatus.Approved ? "Records.Change.Approved" : "Records.Change.Rejected"]),
                new(t["Records.DecidedOn"], RecordText.Day(r.DecidedOn)), new(t["Records.Note"], RecordText.OrDash(r.DecisionNote)),
                new(t["Records.NewVersion"], version is null ? "—" : t["Records.NewVersion.Issued", version.Version, RecordText.Day(version.EffectiveOn),
                    version.Number, version.Number == before.Number ? t["Records.NewVersion.NumberKept"] : t["Records.NewVersion.NumberNew", before.Number],
                    RecordText.Day(version.ValidFrom), RecordText.Day(version.ValidUntil),
                    version.ValidUntil == before.ValidUntil ? t["Records.NewVersion.ValidityKept"] : t["Records.NewVersion.ValidityNew"]]),
            ]),
            new HeadingBlock(t["Records.ChangedContents"]),
            changes.Count == 0 ? new ParagraphBlock(t["Records.NothingPrintedChanges"]) : new FieldsBlock(changes),
            BodySignature(file, t, "—", r.DecidedOn),
        ], t.Language);
    }
}
