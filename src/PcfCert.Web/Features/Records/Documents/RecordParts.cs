using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Records;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>Pieces several records share: parties, units, team, the letterhead reference and signature lines.</summary>
public static class RecordParts
{
    public static RecordDocument Document(CertificationFile file, RecordText t, string titleKey, string code, IReadOnlyList<RecordBlock> blocks) =>
        new(t[titleKey], t.Of(file.Scheme.Issuer.Name),
            t["Records.ReferenceLine", $"{file.Application.Number}-{code}", file.Scheme.Code, file.Scheme.Version], blocks, t.Language);

    public static FieldsBlock Parties(CertificationApplication a, RecordText t) => new(
    [
        new(t["Records.Applicant"], $"{a.Applicant.Name}（{a.Applicant.CreditCode}）"),
        new(t["Records.ApplicantAddress"], a.Applicant.Address),
        new(t["Records.Manufacturer"], $"{a.Manufacturer.Name}，{a.Manufacturer.Address}"),
        new(t["Records.Factory"], $"{a.Factory.Name}，{a.Factory.Address}"),
    ]);

    public static TableBlock Units(CertificationApplication a, RecordText t) => new(
        [t["Records.ProductName"], t["Records.Model"], t["Records.Standard"], t["Records.Site"], t["Records.FunctionalUnit"]],
        a.Units.Select(u => (IReadOnlyList<string>)[u.ProductName, u.Model, u.Standard, u.ProductionSite, RecordText.OrDash(u.FunctionalUnit)]).ToList());

    public static TableBlock Team(CertificationApplication a, RecordText t, bool signatureColumn) => Team(a.Team, t, signatureColumn);

    /// <summary>The team table of given members (the verification report prints the team as recorded with the verified value).</summary>
    public static TableBlock Team(IReadOnlyList<TeamMember> members, RecordText t, bool signatureColumn) => new(
        signatureColumn
            ? [t["Records.Name"], t["Records.Role"], t["Records.Qualification"], t["Records.Signature"]]
            : [t["Records.Name"], t["Records.Role"], t["Records.Qualification"]],
        members.Select(m =>
        {
            IReadOnlyList<string> row = [m.Name, t["TeamRole." + m.Role], Qualifications(m, t)];
            return signatureColumn ? (IReadOnlyList<string>)[.. row, string.Empty] : row;
        }).ToList());

    public static string Qualifications(TeamMember m, RecordText t) =>
        m.Qualifications.Count == 0 ? "—" : string.Join("；", m.Qualifications.Select(q => t["Qualification." + q]));

    /// <summary>产品信息变化情况 (CEC annex 1 五) as one line: units and difference, site and process, what changed; null when the scheme does not ask.</summary>
    public static RecordField? ProductChanges(Certification.Schemes.SchemeDefinition scheme, ProductChangeInformation? changes, int unitCount, RecordText t) =>
        scheme.ApplicationReview.ProductChanges is not { } asked ? null
        : new RecordField($"{t.Of(asked.Name)}（{asked.Clause}）", changes is null ? "—"
            : string.Join("；", new[]
            {
                t["ProductChanges.Summary", unitCount, changes.Difference(unitCount)],
                $"{t["Field.existingCertificates"]}：{string.Join("、", changes.ExistingCertificates)}",
                $"{t["ProductChanges.SiteOrProcess"]}：{t[changes.SiteOrProcessChanged == true ? "ProductChanges.Changed" : "ProductChanges.Unchanged"]}",
            }.Concat(changes.Changes is { } what ? [$"{t["Field.changes"]}：{what}"] : [])));

    /// <summary>
    /// The scheme's on-site inspection conditions (PCEC 7.4.1 normal production) as the team recorded them, one field each
    /// ("—" where none was recorded): the initial inspection and the surveillance inspection that repeats it (PCEC 8.1).
    /// </summary>
    public static IEnumerable<RecordField> Conditions(Certification.Schemes.SchemeDefinition scheme, IReadOnlyList<InspectionCondition>? recorded, RecordText t) =>
        scheme.OnSiteInspectionConditions.Select(k => new RecordField($"{t.Of(k.Name)}（{k.Clause}）",
            recorded?.FirstOrDefault(x => x.Key == k.Key) is { } r ? $"{t[r.Met ? "Inspection.Condition.Met" : "Inspection.Condition.NotMet"]}：{r.Observation}" : "—"));

    public static string PlanDates(CertificationApplication a) =>
        a.Plan is { } p ? $"{RecordText.Day(p.From)} — {RecordText.Day(p.To)}" : "—";

    /// <summary>Signature lines for the team, leader first.</summary>
    public static SignaturesBlock TeamSignatures(CertificationApplication a, RecordText t, DateOnly? on) => new(
        a.Team.OrderBy(m => m.Role).Select(m => new RecordField(t["TeamRole." + m.Role], m.Name)).ToList(), t["Records.Date"], RecordText.Day(on));

    /// <summary>The body's signature line (the notice is issued by the certification body).</summary>
    public static SignaturesBlock BodySignature(CertificationFile file, RecordText t, string signer, DateOnly? on) => new(
        [new RecordField(t.Of(file.Scheme.Issuer.Name), signer)], t["Records.Date"], RecordText.Day(on));

    public static DateOnly? DayOf(CertificationApplication a, WorkflowTrigger trigger) =>
        a.Transitions.LastOrDefault(x => x.Trigger == trigger) is { } x ? DateOnly.FromDateTime(x.At.ToOffset(Certification.Calendar.ChinaToday.Offset).DateTime) : null;

    public static TransitionRecord? Transition(CertificationApplication a, WorkflowTrigger trigger) =>
        a.Transitions.LastOrDefault(x => x.Trigger == trigger);
}
