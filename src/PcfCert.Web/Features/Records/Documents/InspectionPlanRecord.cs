using PcfCert.Infrastructure.Records;
using static PcfCert.Web.Features.Records.Documents.RecordParts;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>检查计划 (PCEC 7.3.2: purpose, basis, scope, planned dates, team members; CEC 5.2 team and person-days).</summary>
public sealed class InspectionPlanRecord : IRecordKind
{
    public string Key => "inspection-plan";

    public bool SentToApplicant => true;

    public IReadOnlyList<string> Subjects(CertificationFile file) => file.Application.Plan is null ? RecordKinds.None : RecordKinds.One;

    public RecordDocument Build(CertificationFile file, string subject, RecordText t)
    {
        var a = file.Application;
        var p = a.Plan!;
        return Document(file, t, "Records.Kind.inspection-plan", "JH",
        [
            new FieldsBlock(
            [
                new(t["Records.Applicant"], a.Applicant.Name),
                new(t["Records.Purpose"], p.Purpose),
                new(t["Records.Basis"], p.Basis),
                new(t["Records.Scope"], p.Scope),
                new(t["Records.PlannedDates"], PlanDates(a)),
                new(t["Records.PersonDays"], a.PersonDays.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)),
                new(t["Records.Sites"], string.Join("；", a.ProductionSites)),
            ]),
            new HeadingBlock(t["Records.TeamMembers"]), Team(a, t, signatureColumn: false),
            new HeadingBlock(t["Records.Units"]), Units(a, t),
            BodySignature(file, t, a.Transitions.LastOrDefault(x => x.Trigger == Certification.Workflow.WorkflowTrigger.AssignTeam)?.By.Name ?? "—",
                DayOf(a, Certification.Workflow.WorkflowTrigger.AssignTeam)),
        ]);
    }
}
