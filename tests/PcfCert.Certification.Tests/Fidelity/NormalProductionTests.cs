using PcfCert.Certification.Certificates;
using PcfCert.Certification.Tests.Certificates;
using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Fidelity;

/// <summary>Issue 17 item 13: PCEC 7.4.1 "现场检查时，工厂应正常生产" is recorded by the team and holds before the inspection passes.</summary>
public sealed class NormalProductionTests
{
    [Fact]
    public void Pcec_7_4_1_the_inspection_passes_only_with_the_teams_record_that_the_factory_was_in_normal_production()
    {
        var b = B.Pcec();
        var app = b.InspectionReadyToPass();

        // No record: refused, naming the condition's field, with the other conclusion items intact.
        var missing = Assert.Throws<WorkflowException>(() => app.PassInspection(b.Scheme, B.Conclusion() with { Conditions = null }, B.Leader, B.Start.AddDays(12)));
        Assert.Equal(WorkflowError.MissingField, missing.Error);
        Assert.Equal(["conclusion.conditions.normal-production"], missing.Problems.Select(p => p.Path));
        // A record without what was observed is no record.
        Assert.Throws<WorkflowException>(() => app.PassInspection(b.Scheme,
            B.Conclusion() with { Conditions = [new InspectionCondition("normal-production", true, " ")] }, B.Leader, B.Start.AddDays(12)));

        // The factory was not producing: the inspection cannot pass (it is held again or failed), whatever else conforms.
        var stopped = Assert.Throws<WorkflowException>(() => app.PassInspection(b.Scheme,
            B.Conclusion() with { Conditions = [new InspectionCondition("normal-production", false, "检修停产，生产线未运行")] }, B.Leader, B.Start.AddDays(12)));
        Assert.Equal(WorkflowError.InspectionConditionNotMet, stopped.Error);
        Assert.Equal("7.4.1", stopped.Problems[0].Arguments[1]);
        Assert.Equal(ApplicationStatus.Inspecting, app.Status);
        Assert.Null(app.InspectionConclusion);

        app.PassInspection(b.Scheme, B.Conclusion(), B.Leader, B.Start.AddDays(12));
        Assert.Equal(ApplicationStatus.Verifying, app.Status);
        Assert.Equal(("normal-production", true, "两条生产线在产"),
            app.InspectionConclusion!.Conditions!.Select(c => (c.Key, c.Met, c.Observation)).Single());
    }

    [Fact]
    public void Cec_states_no_inspection_condition_so_its_inspection_passes_without_the_record()
    {
        var b = B.Cec();
        Assert.Empty(b.Scheme.OnSiteInspectionConditions);
        var app = b.InspectionReadyToPass();
        app.PassInspection(b.Scheme, B.Conclusion() with { Conditions = null }, B.Leader, B.Start.AddDays(12));
        Assert.NotEqual(ApplicationStatus.Inspecting, app.Status);
    }

    [Fact]
    public void Pcec_8_1_the_surveillance_inspection_repeats_7_4_1_and_passes_only_with_normal_production_recorded()
    {
        var rules = CitedCertificateRules.Pcec;
        var scheme = SurveillanceBuilder.SchemeOf(rules);
        var on = new DateOnly(2026, 7, 21);
        var s = SurveillanceBuilder.Inspected(rules, new DateOnly(2026, 7, 20));
        var baseline = new SurveillanceBaseline(2.0, null);
        var without = SurveillanceBuilder.Conclusion(on, null, null) with { Report = SurveillanceBuilder.Report() with { Conditions = null } };
        var missing = Assert.Throws<SurveillanceInspectionException>(() => s.Conclude(true, without, scheme, rules, null, baseline));
        Assert.Equal("conclusion.conditions.normal-production", Assert.Single(missing.Problems).Path);
        var stopped = SurveillanceBuilder.Conclusion(on, null, null) with
        {
            Report = SurveillanceBuilder.Report() with { Conditions = [new InspectionCondition("normal-production", false, "停产检修")] },
        };
        Assert.Equal(nameof(WorkflowError.InspectionConditionNotMet),
            Assert.Single(Assert.Throws<SurveillanceInspectionException>(() => s.Conclude(true, stopped, scheme, rules, null, baseline)).Problems).Code);
        Assert.Equal(SurveillanceStatus.Inspecting, s.Status);

        // With the record the pass is accepted and the record kept with the report.
        s.Conclude(true, SurveillanceBuilder.Conclusion(on, null, null), scheme, rules, null, baseline);
        Assert.True(s.Passed);
        Assert.True(s.Report!.Conditions!.Single().Met);
    }
}
