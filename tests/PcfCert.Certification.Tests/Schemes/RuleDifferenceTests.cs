using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Tests.Schemes;

// Where the two rules word a limit differently, the definitions keep the difference.
public sealed class RuleDifferenceTests
{
    [Fact]
    public void Cec_7_2_renewal_is_filed_within_the_last_6_months()
    {
        var renewal = RealSchemes.Cec.Renewal;
        Assert.Equal(Modality.Must, renewal.Modality);
        Assert.Equal(RenewalTiming.WithinMonthsBeforeExpiry, renewal.Timing);
        Assert.Contains("届满前 6 个月内", renewal.Source);
    }

    [Fact]
    public void Pcec_10_renewal_is_filed_no_later_than_6_months_before_expiry()
    {
        var renewal = RealSchemes.Pcec.Renewal;
        Assert.Equal(Modality.Must, renewal.Modality);
        Assert.Equal(RenewalTiming.NoLaterThanMonthsBeforeExpiry, renewal.Timing);
        Assert.Contains("届满前6个月提交再认证申请", renewal.Source);
    }

    [Fact]
    public void Cec_5_2_3_time_limit_runs_from_acceptance_to_conclusion_with_four_excluded_delays()
    {
        var limit = RealSchemes.Cec.CertificationTimeLimit;
        Assert.Equal("conclusion-issued", limit.EndsAt.Key);
        Assert.True(limit.Indicative);
        Assert.Equal(4, limit.ExcludedDelays.Count);
        Assert.Single(limit.Negotiated);
    }

    [Fact]
    public void Pcec_6_time_limit_runs_from_acceptance_to_certificate_with_five_excluded_delays()
    {
        var limit = RealSchemes.Pcec.CertificationTimeLimit;
        Assert.Equal("certificate-issued", limit.EndsAt.Key);
        Assert.Equal(5, limit.ExcludedDelays.Count);
        Assert.Contains(limit.ExcludedDelays, d => d.Key == "other-applicant-cause");
    }

    [Fact]
    public void Pcec_9_4_restoration_needs_a_new_inspection_cec_7_4_does_not_say_so()
    {
        Assert.True(RealSchemes.Pcec.Suspension.RestorationRequiresInspection);
        Assert.False(RealSchemes.Cec.Suspension.RestorationRequiresInspection);
        Assert.True(RealSchemes.Cec.Suspension.RevokedWhenNotRestored);
        Assert.True(RealSchemes.Pcec.Suspension.RevokedWhenNotRestored);
    }

    [Fact]
    public void Cec_7_3_changed_certificate_keeps_number_and_validity_pcec_9_3_validity_only()
    {
        Assert.True(RealSchemes.Cec.CertificateChange.KeepsNumber);
        Assert.True(RealSchemes.Cec.CertificateChange.KeepsValidity);
        Assert.False(RealSchemes.Pcec.CertificateChange.KeepsNumber);
        Assert.True(RealSchemes.Pcec.CertificateChange.KeepsValidity);
    }

    [Fact]
    public void Both_annexes_void_the_result_on_a_10_or_5_percent_increase()
    {
        Assert.Equal(["unplanned-increase", "planned-increase"], RealSchemes.Cec.ResultInvalidationTriggers.Select(t => t.Key));
        Assert.Equal(["unplanned-increase", "planned-increase"], RealSchemes.Pcec.ResultInvalidationTriggers.Select(t => t.Key));
    }
}
