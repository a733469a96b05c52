using PcfCert.Certification.Certificates;

namespace PcfCert.Certification.Tests.Certificates;

public sealed class SurveillancePlanTests
{
    private static readonly CertificateRules Cec = CitedCertificateRules.Cec;
    private static readonly CertificateRules Pcec = CitedCertificateRules.Pcec;

    [Fact]
    public void Cec_plans_two_annual_surveillances_in_three_years_without_an_earliest_day()
    {
        // Issued 2026-03-15, valid until 2029-03-15; due by 2027-03-15 and 2028-03-15; the third (2029-03-15)
        // would fall on the last day of validity: re-certification takes its place.
        var plan = SurveillancePlan.For(new DateOnly(2026, 3, 15), new DateOnly(2029, 3, 15), null, [], Cec);
        Assert.Equal([new DateOnly(2027, 3, 15), new DateOnly(2028, 3, 15)], plan.Select(p => p.DueBy));
        Assert.All(plan, p => Assert.Null(p.EarliestOn));
    }

    [Fact]
    public void Pcec_plans_one_surveillance_not_before_six_months_after_the_initial_inspection()
    {
        // Inspection ended 2026-01-20; "6个月后": 6 months end 2026-07-20, earliest 2026-07-21. Due by 2027-03-15.
        var plan = SurveillancePlan.For(new DateOnly(2026, 3, 15), new DateOnly(2028, 3, 15), new DateOnly(2026, 1, 20), [], Pcec);
        var only = Assert.Single(plan);
        Assert.Equal(new DateOnly(2026, 7, 21), only.EarliestOn);
        Assert.Equal(new DateOnly(2027, 3, 15), only.DueBy);
    }

    [Fact]
    public void Pcec_uses_the_issue_date_when_the_inspection_end_is_unknown()
    {
        var plan = SurveillancePlan.For(new DateOnly(2026, 3, 15), new DateOnly(2028, 3, 15), null, [], Pcec);
        Assert.Equal(new DateOnly(2026, 9, 16), plan[0].EarliestOn);
    }

    [Fact]
    public void The_next_window_runs_from_the_day_the_previous_surveillance_was_carried_out()
    {
        // First carried out early on 2026-12-01 → second due by 2027-12-01, third 2028-12-01 (< 2029-03-15).
        var plan = SurveillancePlan.For(new DateOnly(2026, 3, 15), new DateOnly(2029, 3, 15), null, [new DateOnly(2026, 12, 1)], Cec);
        Assert.Equal([new DateOnly(2027, 3, 15), new DateOnly(2027, 12, 1), new DateOnly(2028, 12, 1)], plan.Select(p => p.DueBy));
        Assert.Equal(new DateOnly(2026, 12, 1), plan[0].CompletedOn);
        Assert.Equal(2, SurveillancePlan.NextPending(plan)!.Sequence);
    }

    [Theory]
    // Due by 2027-03-15; the due list shows it from 60 days before: 2027-01-14.
    [InlineData("2027-01-13", false)]
    [InlineData("2027-01-14", true)]
    [InlineData("2027-04-01", true)]
    public void The_due_list_shows_a_surveillance_sixty_days_before_its_last_day(string today, bool due)
    {
        var plan = SurveillancePlan.For(new DateOnly(2026, 3, 15), new DateOnly(2029, 3, 15), null, [], Cec);
        Assert.Equal(due, SurveillancePlan.IsDue(plan, DateOnly.Parse(today)));
        Assert.Equal(DateOnly.Parse(today) > new DateOnly(2027, 3, 15), plan[0].IsOverdue(DateOnly.Parse(today)));
    }

    [Fact]
    public void A_pcec_planned_surveillance_before_its_earliest_day_is_refused_and_nonconformities_get_two_months()
    {
        var s = SurveillanceBuilder.Inspected(Pcec, new DateOnly(2026, 7, 1));
        var scheme = SurveillanceBuilder.SchemeOf(Pcec);
        var clause = scheme.FactoryAssuranceChecklist.Clauses[^1].Id;
        s.RecordChecklist(scheme, [new(clause, PcfCert.Certification.Workflow.ChecklistVerdict.Nonconforming, "能源计量器具未校准")]);
        s.RaiseNonconformity(scheme, clause, "能源计量器具未校准", new DateOnly(2026, 7, 21), Pcec);
        var baseline = new SurveillanceBaseline(2.0, null);
        Assert.Throws<CertificateDomainException>(() => s.Conclude(true, SurveillanceBuilder.Conclusion(new DateOnly(2026, 7, 20)), scheme, Pcec, new DateOnly(2026, 7, 21), baseline));
        s.Conclude(true, SurveillanceBuilder.Conclusion(new DateOnly(2026, 7, 21)), scheme, Pcec, new DateOnly(2026, 7, 21), baseline);
        var nc = Assert.Single(s.Nonconformities);
        Assert.Equal(new DateOnly(2026, 9, 21), nc.RectifyBy);
        Assert.Empty(s.OverdueNonconformities(new DateOnly(2026, 9, 21)));
        Assert.Single(s.OverdueNonconformities(new DateOnly(2026, 9, 22)));
        s.SubmitRectification(nc.Id, "已校准", new DateTimeOffset(2026, 8, 30, 2, 0, 0, TimeSpan.Zero), new DateOnly(2026, 8, 30), Pcec);
        s.JudgeRectification(nc.Id, true, null, new DateOnly(2026, 9, 1), Pcec);
        Assert.Empty(s.OverdueNonconformities(new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void An_unannounced_surveillance_records_its_trigger_and_ignores_the_earliest_day()
    {
        var s = SurveillanceBuilder.Inspecting(Pcec, new DateOnly(2026, 4, 1), unannounced: true);
        s.Conclude(false, new SurveillanceConclusion(new DateOnly(2026, 4, 2), "SV-U1", new("", "", "", "投诉经查实")), SurveillanceBuilder.SchemeOf(Pcec), Pcec,
            new DateOnly(2026, 9, 16), new SurveillanceBaseline(2.0, null));
        Assert.True(s.Unannounced);
        Assert.Equal(UnannouncedTrigger.Complaint, s.Trigger);
        Assert.False(s.Passed);
    }
}
