using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Fidelity;

/// <summary>Issue 17 item 3: a 不符合 verdict on a checklist clause requires a nonconformity raised against it.</summary>
public sealed class ChecklistNonconformityTests
{
    [Theory]
    [InlineData("cec")]
    [InlineData("pcec")]
    public void Cec_5_6_and_pcec_7_4_2_a_clause_judged_nonconforming_blocks_the_pass_until_a_nonconformity_is_raised_and_closed(string which)
    {
        var b = which == "cec" ? B.Cec() : B.Pcec();
        var app = b.InspectionReadyToPass();
        var clauses = b.Scheme.FactoryAssuranceChecklist.Clauses;
        app.RecordChecklist(b.Scheme, new ChecklistResult(clauses[1].Id, ChecklistVerdict.Nonconforming, "未识别重点排放阶段"));
        app.RecordChecklist(b.Scheme, new ChecklistResult(clauses[2].Id, ChecklistVerdict.Nonconforming, "计量器具未校准"));

        var refused = Assert.Throws<WorkflowException>(() => app.PassInspection(b.Scheme, B.Conclusion(), B.Leader, B.Start.AddDays(12)));
        Assert.Equal(WorkflowError.NonconformityNotRaised, refused.Error);
        Assert.Equal([$"checklist.{clauses[1].Id}", $"checklist.{clauses[2].Id}"], refused.Problems.Select(p => p.Path));   // both at once
        Assert.Equal(ApplicationStatus.Inspecting, app.Status);

        foreach (var (clause, n) in new[] { (clauses[1].Id, 1), (clauses[2].Id, 2) })
        {
            app.RaiseNonconformity(b.Scheme, clause, "整改", new DateOnly(2025, 4, 30), B.Start.AddDays(11));
            app.SubmitRectification(b.Scheme, n, "已整改", [], B.Start.AddDays(11));
            app.JudgeRectification(b.Scheme, n, true, null, B.Leader, B.Start.AddDays(11));
        }
        app.PassInspection(b.Scheme, B.Conclusion(), B.Leader, B.Start.AddDays(12));
        Assert.NotEqual(ApplicationStatus.Inspecting, app.Status);
    }
}
