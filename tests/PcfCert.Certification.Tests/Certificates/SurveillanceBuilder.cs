using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Tests.Schemes;
using PcfCert.Certification.Tests.Workflow;
using PcfCert.Certification.Workflow;

namespace PcfCert.Certification.Tests.Certificates;

/// <summary>
/// Surveillances taken through the inspection by the domain's own methods: valid by default (team of the initial
/// inspection's rules, every clause conforming, product consistent, a model verified); a test overrides only what it checks.
/// </summary>
public static class SurveillanceBuilder
{
    public static SchemeDefinition SchemeOf(CertificateRules rules) => rules.SchemeId == SchemeIds.Cec ? RealSchemes.Cec : RealSchemes.Pcec;

    public static TeamContext Context(CertificateRules rules) =>
        new(Guid.NewGuid(), [rules.SchemeId == SchemeIds.Cec ? "electronic-components" : "submersible-pump"], 0m);

    public static InspectionPlan Plan(DateOnly from) => new("年度监督检查", "认证实施规则", "全部认证单元及生产场所", from, from.AddDays(1));

    // PCEC 8.1 → 7.4.1: the team recorded normal production (CEC sets no condition; ignored there).
    public static InspectionConclusion Report() => new("年度监督；实施规则；全部生产场所", "委托人基本情况", "工厂保证能力符合，产品一致", "监督通过",
        [new InspectionCondition("normal-production", true, "两条生产线在产")]);

    /// <summary>Opened (planned, or unannounced on a complaint), team assigned and the inspection started.</summary>
    public static Surveillance Inspecting(CertificateRules rules, DateOnly openedOn, bool unannounced = false, Certificate? certificate = null)
    {
        var c = certificate ?? CertificateBuilder.Issued(rules, inspectionEnded: new DateOnly(2026, 1, 20));
        var s = unannounced
            ? Surveillance.OpenUnannounced(Guid.NewGuid(), c, UnannouncedTrigger.Complaint, openedOn)
            : Surveillance.OpenPlanned(Guid.NewGuid(), c, openedOn, []);
        s.AssignTeam(SchemeOf(rules), ApplicationBuilder.ValidTeam(), 2m, Plan(openedOn), Context(rules), null);
        s.StartInspection();
        // CEC annex 1 五: the holder states the product changes at surveillance (here: none).
        if (SchemeOf(rules).ApplicationReview.ProductChanges is not null)
        {
            s.RecordProductChanges(SchemeOf(rules), c.Number, false, null);
        }
        return s;
    }

    /// <summary>Every clause judged conforming, the product consistent and a model of <paramref name="kgCO2e"/> verified.</summary>
    public static Surveillance Inspected(CertificateRules rules, DateOnly openedOn, double kgCO2e = 1.9, bool unannounced = false)
    {
        var s = Inspecting(rules, openedOn, unannounced);
        var scheme = SchemeOf(rules);
        s.RecordChecklist(scheme, scheme.FactoryAssuranceChecklist.Clauses.Select(c => new ChecklistResult(c.Id, ChecklistVerdict.Conforming, "记录齐全")).ToList());
        s.RecordConsistencyCheck(new ConsistencyCheck(0, "批号 2026-07-001", true, null));
        var version = s.AttachModel(Guid.NewGuid(), new string('c', 64), kgCO2e, "1 piece", ApplicationBuilder.Leader, CertificateBuilder.At, true);
        s.RecordVerifiedValue(version.Version, openedOn);
        return s;
    }

    public static SurveillanceConclusion Conclusion(DateOnly on, decimal? previousTarget = 0.03m, decimal? nextTarget = 0.03m) =>
        new(on, "SV-" + on.ToString("yyyyMMdd"), Report(), previousTarget, nextTarget);
}
