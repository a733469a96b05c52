using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Records;
using static PcfCert.Web.Features.Records.Documents.RecordParts;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>
/// 现场检查报告: CEC 5.6 a–d (purpose, basis and scope; the applicant; the statement of conformity with every
/// nonconformity; the conclusion with the footprint verification result and the factory-assurance verdict), PCEC 7.4.3,
/// then the full factory-assurance checklist and the product-consistency check.
/// </summary>
public sealed class InspectionReport : IRecordKind
{
    public string Key => "inspection-report";

    public bool SentToApplicant => true;

    public IReadOnlyList<string> Subjects(CertificationFile file) =>
        file.Application.Checklist.Count > 0 || file.Application.InspectionConclusion is not null || file.Application.Status == ApplicationStatus.InspectionFailed
            ? RecordKinds.One : RecordKinds.None;

    public RecordDocument Build(CertificationFile file, string subject, RecordText t)
    {
        var a = file.Application;
        var s = file.Scheme;
        var c = a.InspectionConclusion;
        var clauses = s.FactoryAssuranceChecklist.Clauses;
        var judged = clauses.Select(cl => a.Checklist.FirstOrDefault(r => r.ClauseId == cl.Id)).ToList();
        var nonconforming = judged.Count(r => r?.Verdict == ChecklistVerdict.Nonconforming);
        var failed = Transition(a, WorkflowTrigger.FailInspection);
        var assurance = judged.Any(r => r is null) ? t["Records.Assurance.Incomplete", judged.Count(r => r is null)]
            : nonconforming == 0 && a.Nonconformities.All(n => n.Status == NonconformityStatus.Closed) ? t["Records.Assurance.Conforms", clauses.Count]
            : t["Records.Assurance.DoesNotConform", nonconforming, a.Nonconformities.Count(n => n.Status != NonconformityStatus.Closed)];
        var verification = a.VerifiedValue is { } v
            ? t["Records.VerifiedValue", RecordText.Kg(v.KgCO2e), v.DeclaredUnit, v.ModelVersion, v.InputSha256]
            : t["Records.NotVerified"];
        // Section titles: the scheme's list (CEC 5.6 a–d); PCEC 7.4.3 gives none, so the same four items in PcfCert's words.
        var titles = s.InspectionConclusionContents.Count == 4
            ? s.InspectionConclusionContents.Select(i => $"{t.Of(i.Name)}（{i.Clause}）").ToList()
            : new[] { "a", "b", "c", "d" }.Select(x => t["Records.Inspection.Section." + x]).ToList();

        var blocks = new List<RecordBlock>
        {
            new FieldsBlock(
            [
                new(t["Records.Applicant"], a.Applicant.Name), new(t["Records.Factory"], a.Factory.Name),
                new(t["Records.Sites"], string.Join("；", a.ProductionSites)), new(t["Records.InspectionDates"], PlanDates(a)),
                new(t["Records.PersonDays"], a.PersonDays.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)),
                new(t["Records.Result"], a.Status == ApplicationStatus.InspectionFailed ? t["Records.Inspection.Failed"] : c is null ? t["Records.Inspection.Open"] : t["Records.Inspection.Passed"]),
                // The conditions the scheme sets for the inspection (PCEC 7.4.1 normal production), as the team recorded them.
                .. Conditions(s, c?.Conditions, t),
            ]),
            new HeadingBlock(titles[0]),
            new FieldsBlock(
            [
                new(t["Records.Purpose"], RecordText.OrDash(a.Plan?.Purpose)), new(t["Records.Basis"], RecordText.OrDash(a.Plan?.Basis)),
                new(t["Records.Scope"], RecordText.OrDash(a.Plan?.Scope)), new(t["Records.TeamStatement"], RecordText.OrDash(c?.PurposeBasisScope)),
            ]),
            Units(a, t),
            new HeadingBlock(titles[1]),
            Parties(a, t),
            new ParagraphBlock(RecordText.OrDash(c?.ApplicantDetails)),
            new HeadingBlock(titles[2]),
            new ParagraphBlock(RecordText.OrDash(c?.ConformityStatement)),
            new ParagraphBlock(a.Nonconformities.Count == 0 ? t["Records.NoNonconformities"] : t["Records.NonconformitiesCount", a.Nonconformities.Count]),
        };
        if (a.Nonconformities.Count > 0)
        {
            blocks.Add(NonconformityReport.Summary(a, t));
        }
        blocks.Add(new HeadingBlock(titles[3]));
        blocks.Add(new FieldsBlock(
        [
            new(t["Records.FootprintResult"], verification),
            new(t["Records.AssuranceVerdict"], assurance),
            new(t["Records.TeamConclusion"], c?.Conclusion ?? RecordText.OrDash(failed?.Note)),
        ]));
        blocks.Add(new HeadingBlock(t["Records.Checklist", t.Of(s.FactoryAssuranceChecklist.Title), s.FactoryAssuranceChecklist.Annex]));
        blocks.Add(new TableBlock([t["Records.Clause"], t["Records.Requirement"], t["Records.Verdict"], t["Records.Evidence"]],
            clauses.Zip(judged).Select(x => (IReadOnlyList<string>)[x.First.Id, t.Of(x.First.Title),
                x.Second is { } r ? t["Verdict." + r.Verdict] : t["Records.NotJudged"],
                x.Second is { } e ? RecordText.OrDash(e.Evidence) + (e.Attachments.Count > 0 ? " " + t["Records.Attachments", e.Attachments.Count] : "") : "—"]).ToList()));
        blocks.Add(new HeadingBlock(t["Records.Consistency"]));
        blocks.Add(new TableBlock([t["Records.ConsistencyItem"], t["Records.Clause"]],
            s.ProductConsistencyCheck.Select(i => (IReadOnlyList<string>)[t.Of(i.Name), i.Clause]).ToList()));
        blocks.Add(new TableBlock([t["Records.Unit"], t["Records.Sample"], t["Records.Consistent"], t["Records.Note"]],
            a.ConsistencyChecks.Select(k => (IReadOnlyList<string>)[
                k.UnitIndex < a.Units.Count ? $"{a.Units[k.UnitIndex].ProductName} {a.Units[k.UnitIndex].Model}" : k.UnitIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
                k.Sample, t.YesNo(k.Consistent), RecordText.OrDash(k.Note)]).ToList()));
        blocks.Add(TeamSignatures(a, t, file.InspectionEndedOn ?? a.Plan?.To));
        return Document(file, t, "Records.Kind.inspection-report", "XC", blocks);
    }
}
