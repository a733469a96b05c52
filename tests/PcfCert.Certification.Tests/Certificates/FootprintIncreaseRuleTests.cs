using PcfCert.Certification.Certificates;

namespace PcfCert.Certification.Tests.Certificates;

/// <summary>CEC annex 3 clause 10.1, PCEC annex 1 clause 11.1 against a certified 2.000 kg CO2e.</summary>
public sealed class FootprintIncreaseRuleTests
{
    private static readonly CertificateRules Rules = CitedCertificateRules.Pcec;

    private static FootprintMonth M(int month, decimal value, FootprintChange change = FootprintChange.Unplanned) =>
        new(new DateOnly(2026, month, 1), value, change);

    [Fact]
    public void Ten_percent_unplanned_for_four_months_is_flagged()
    {
        // 2.200 / 2.000 − 1 = 10 % exactly: "10%以上" includes 10 %. Four consecutive months > "三个月".
        var verdict = FootprintIncreaseRule.Evaluate(2.000m, [M(1, 2.2m), M(2, 2.25m), M(3, 2.2m), M(4, 2.3m)], Rules);
        Assert.True(verdict.RecertificationRequired);
        Assert.Equal(4, verdict.ExceedingMonths);
        Assert.Equal(new DateOnly(2026, 1, 1), verdict.RunStartedOn);
        Assert.Equal(0.15m, verdict.LargestIncrease); // 2.3 / 2.0 − 1
    }

    [Fact]
    public void Exactly_three_months_is_not_more_than_three()
    {
        var verdict = FootprintIncreaseRule.Evaluate(2.000m, [M(1, 2.2m), M(2, 2.2m), M(3, 2.2m)], Rules);
        Assert.False(verdict.RecertificationRequired);
        Assert.Equal(3, verdict.ExceedingMonths);
    }

    [Fact]
    public void Nine_point_nine_percent_unplanned_is_below_the_threshold()
    {
        // 2.198 / 2.000 − 1 = 9.9 %.
        var verdict = FootprintIncreaseRule.Evaluate(2.000m, [M(1, 2.198m), M(2, 2.198m), M(3, 2.198m), M(4, 2.198m), M(5, 2.198m)], Rules);
        Assert.False(verdict.RecertificationRequired);
        Assert.Equal(0, verdict.ExceedingMonths);
    }

    [Fact]
    public void Five_percent_planned_is_enough_and_unreported_changes_count_as_unplanned()
    {
        // 2.100 / 2.000 − 1 = 5 %: planned → exceeds; with no declared change the 10 % threshold applies.
        var planned = FootprintIncreaseRule.Evaluate(2.000m, Enumerable.Range(1, 4).Select(m => M(m, 2.1m, FootprintChange.Planned)), Rules);
        Assert.True(planned.RecertificationRequired);
        var undeclared = FootprintIncreaseRule.Evaluate(2.000m, Enumerable.Range(1, 4).Select(m => M(m, 2.1m, FootprintChange.None)), Rules);
        Assert.False(undeclared.RecertificationRequired);
    }

    [Fact]
    public void A_month_below_the_threshold_or_a_missing_month_breaks_the_run()
    {
        var broken = FootprintIncreaseRule.Evaluate(2.000m, [M(1, 2.3m), M(2, 2.3m), M(3, 2.0m), M(4, 2.3m), M(5, 2.3m)], Rules);
        Assert.False(broken.RecertificationRequired);
        Assert.Equal(2, broken.ExceedingMonths);
        var gap = FootprintIncreaseRule.Evaluate(2.000m, [M(1, 2.3m), M(2, 2.3m), M(4, 2.3m), M(5, 2.3m)], Rules);
        Assert.False(gap.RecertificationRequired);
    }

    [Fact]
    public void A_past_run_that_lasted_more_than_three_months_stays_flagged()
    {
        var verdict = FootprintIncreaseRule.Evaluate(2.000m, [M(1, 2.3m), M(2, 2.3m), M(3, 2.3m), M(4, 2.3m), M(5, 1.9m)], Rules);
        Assert.True(verdict.RecertificationRequired);
        Assert.Equal(new DateOnly(2026, 1, 1), verdict.RunStartedOn);
    }
}
