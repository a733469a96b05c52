using System.Globalization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Records;
using static PcfCert.Web.Features.Records.Documents.RecordParts;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>监督检查报告, one per completed surveillance (CEC 6, PCEC 8), with the CEC 6.2 focus items and the nonconformities.</summary>
public sealed class SurveillanceReport : IRecordKind
{
    public string Key => "surveillance-report";

    public bool SentToApplicant => true;

    public IReadOnlyList<string> Subjects(CertificationFile file) =>
        file.Surveillances.Where(s => s.Status == SurveillanceStatus.Completed).Select(s => s.Id.ToString()).ToList();

    public RecordDocument Build(CertificationFile file, string subject, RecordText t)
    {
        var s = file.Surveillances.Single(x => x.Id.ToString() == subject);
        var c = file.Certificates.Single(x => x.Id == s.CertificateId);
        var p = c.Contents.Particulars;
        var fields = new List<RecordField>
        {
            new(t["Pdf.Number"], c.Number), new(t["Records.Holder"], p.Applicant.Name), new(t["Records.ProductName"], $"{p.ProductName} {p.Model}"),
            new(t["Records.OpenedOn"], RecordText.Day(s.OpenedOn)), new(t["Records.CarriedOutOn"], RecordText.Day(s.CarriedOutOn)),
            new(t["Records.Unannounced"], s.Unannounced ? t["Records.Yes"] + (s.Trigger is { } trig ? $"（{t["UnannouncedTrigger." + trig]}）" : "") : t["Records.No"]),
            new(t["Records.InspectionReference"], RecordText.OrDash(s.InspectionReference)),
            new(t["Records.Result"], s.Passed is { } ok ? t[ok ? "Records.Surveillance.Passed" : "Records.Surveillance.Failed"] : "—"),
            new(t["Records.FootprintResult"], s.FootprintValue is { } v ? $"{v.ToString(CultureInfo.InvariantCulture)} {p.FootprintUnit}" : "—"),
        };
        // PCEC 8.1 → 7.4.1: the team's record of the inspection conditions (normal production).
        fields.AddRange(Conditions(file.Scheme, s.Report?.Conditions, t));
        if (ProductChanges(file.Scheme, s.ProductChanges, 1, t) is { } changes)
        {
            fields.Add(changes);
        }
        if (s.FootprintBelowPreviousYear is { } below)
        {
            fields.Add(new(t["Records.BelowPreviousYear"], t.YesNo(below)));
        }
        if (s.ReductionTargetMet is { } met)
        {
            fields.Add(new(t["Records.TargetMet"], t.YesNo(met)));
        }
        return new RecordDocument(t["Records.Kind.surveillance-report"], t.Of(file.Scheme.Issuer.Name),
            t["Records.ReferenceLine", $"{c.Number}-JD-{s.OpenedOn:yyyyMMdd}", file.Scheme.Code, file.Scheme.Version],
        [
            new FieldsBlock(fields),
            new HeadingBlock(t["Records.Kind.nonconformity-report"]),
            s.Nonconformities.Count == 0 ? new ParagraphBlock(t["Records.NoNonconformities"])
                : new TableBlock([t["Records.Description"], t["Records.RaisedOn"], t["Records.Deadline"], t["Records.ClosedOn"]],
                    s.Nonconformities.Select(n => (IReadOnlyList<string>)[n.Description, RecordText.Day(n.FoundOn), RecordText.Day(n.RectifyBy), RecordText.Day(n.ClosedOn)]).ToList()),
            BodySignature(file, t, "—", s.CarriedOutOn),
        ], t.Language);
    }
}
