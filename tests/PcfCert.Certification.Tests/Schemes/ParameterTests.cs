using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Tests.Schemes;

// Expected values were read from the seed rules by hand; the clause is in each test name.
public sealed class ParameterTests
{
    private static SchemeParameters Cec => RealSchemes.Cec.Parameters;

    private static SchemeParameters Pcec => RealSchemes.Pcec.Parameters;

    [Fact]
    public void Cec_5_2_3_certification_time_limit_is_90_days() => AssertSet(Cec.CertificationTimeLimitDays, 90, "5.2.3", ParameterBound.AtMost);

    [Fact]
    public void Cec_5_1_2_acceptance_notice_within_3_working_days() => AssertSet(Cec.ApplicationAcceptanceWorkingDays, 3, "5.1.2", ParameterBound.AtMost);

    [Fact]
    public void Cec_5_7_2_certificate_issued_within_30_days_of_verified_rectification() => AssertSet(Cec.CertificateIssuanceDays, 30, "5.7.2", ParameterBound.AtMost);

    [Fact]
    public void Cec_5_7_3_failure_notice_within_30_days_of_inspection() => AssertSet(Cec.TerminationNoticeDays, 30, "5.7.3", ParameterBound.AtMost);

    [Fact]
    public void Cec_5_6_initial_rectification_period_has_no_number() => AssertNotSet(Cec.RectificationMonths, "5.6");

    [Fact]
    public void Cec_sets_no_limit_on_rectification_submissions() => AssertNotSet(Cec.MaxRectificationSubmissions, null);

    [Fact]
    public void Cec_6_1_surveillance_interval_at_most_12_months() => AssertSet(Cec.SurveillanceIntervalMaxMonths, 12, "6.1", ParameterBound.AtMost);

    [Fact]
    public void Cec_sets_no_earliest_first_surveillance() => AssertNotSet(Cec.FirstSurveillanceEarliestMonths, null);

    [Fact]
    public void Cec_6_3_surveillance_rectification_within_2_months() => AssertSet(Cec.SurveillanceRectificationMonths, 2, "6.3", ParameterBound.AtMost);

    [Fact]
    public void Cec_7_4_suspension_at_most_6_months() => AssertSet(Cec.SuspensionMaxMonths, 6, "7.4", ParameterBound.AtMost);

    [Fact]
    public void Cec_sets_no_suspension_deadline_days() => AssertNotSet(Cec.SuspensionDeadlineDays, null);

    [Fact]
    public void Cec_7_2_certificate_valid_3_years() => AssertSet(Cec.CertificateValidityMonths, 36, "7.2", ParameterBound.Exactly);

    [Fact]
    public void Cec_7_2_renewal_within_6_months_before_expiry() => AssertSet(Cec.RenewalApplicationMonthsBeforeExpiry, 6, "7.2", ParameterBound.AtMost);

    [Fact]
    public void Cec_annex3_2_3_records_kept_at_least_24_months() => AssertSet(Cec.RecordRetentionMonths, 24, "附件3 第2.3条", ParameterBound.AtLeast);

    [Fact]
    public void Cec_5_2_1_min_team_members_is_2() => AssertSet(Cec.MinTeamMembers, 2, "5.2.1", ParameterBound.AtLeast);

    [Fact]
    public void Cec_5_5_min_person_days_per_site_is_2() => AssertSet(Cec.MinPersonDaysPerSite, 2m, "5.5", ParameterBound.AtLeast);

    [Fact]
    public void Cec_5_4_3_2_c_cut_off_at_most_5_percent_of_mass() => AssertSet(Cec.CutOffMassShareMax, 0.05m, "5.4.3.2 c)", ParameterBound.AtMost);

    [Fact]
    public void Cec_annex3_10_1_unplanned_increase_threshold_is_10_percent() => AssertSet(Cec.UnplannedIncreaseThreshold, 0.10m, "附件3 第10.1条 1)", ParameterBound.AtLeast);

    [Fact]
    public void Cec_annex3_10_1_planned_increase_threshold_is_5_percent() => AssertSet(Cec.PlannedIncreaseThreshold, 0.05m, "附件3 第10.1条 2)", ParameterBound.AtLeast);

    [Fact]
    public void Cec_annex3_10_1_increase_must_persist_more_than_3_months() => AssertSet(Cec.IncreasePersistenceMonths, 3, "附件3 第10.1条", ParameterBound.MoreThan);

    [Fact]
    public void Cec_sets_no_mark_minimum_size() => AssertNotSet(Cec.MarkMinSizeMm, null);

    [Fact]
    public void Pcec_6_certification_time_limit_is_180_days() => AssertSet(Pcec.CertificationTimeLimitDays, 180, "6", ParameterBound.AtMost);

    [Fact]
    public void Pcec_7_2_sets_no_acceptance_working_days() => AssertNotSet(Pcec.ApplicationAcceptanceWorkingDays, null);

    [Fact]
    public void Pcec_sets_no_certificate_issuance_days() => AssertNotSet(Pcec.CertificateIssuanceDays, null);

    [Fact]
    public void Pcec_sets_no_termination_notice_days() => AssertNotSet(Pcec.TerminationNoticeDays, null);

    [Fact]
    public void Pcec_7_4_2_rectification_within_2_months() => AssertSet(Pcec.RectificationMonths, 2, "7.4.2", ParameterBound.AtMost);

    [Fact]
    public void Pcec_7_4_2_rectification_material_at_most_twice() => AssertSet(Pcec.MaxRectificationSubmissions, 2, "7.4.2", ParameterBound.AtMost);

    [Fact]
    public void Pcec_8_2_surveillance_interval_at_most_12_months() => AssertSet(Pcec.SurveillanceIntervalMaxMonths, 12, "8.2", ParameterBound.AtMost);

    [Fact]
    public void Pcec_8_2_first_surveillance_after_6_months() => AssertSet(Pcec.FirstSurveillanceEarliestMonths, 6, "8.2", ParameterBound.AtLeast);

    [Fact]
    public void Pcec_8_3_surveillance_rectification_period_has_no_number() => AssertNotSet(Pcec.SurveillanceRectificationMonths, "8.3");

    [Fact]
    public void Pcec_9_4_suspension_at_most_6_months() => AssertSet(Pcec.SuspensionMaxMonths, 6, "9.4", ParameterBound.AtMost);

    [Fact]
    public void Pcec_9_4_suspend_within_5_days_of_confirmation() => AssertSet(Pcec.SuspensionDeadlineDays, 5, "9.4", ParameterBound.AtMost);

    [Fact]
    public void Pcec_9_2_certificate_valid_2_years() => AssertSet(Pcec.CertificateValidityMonths, 24, "9.2", ParameterBound.Exactly);

    [Fact]
    public void Pcec_10_renewal_at_least_6_months_before_expiry() => AssertSet(Pcec.RenewalApplicationMonthsBeforeExpiry, 6, "10", ParameterBound.AtLeast);

    [Fact]
    public void Pcec_annex1_2_3_records_kept_at_least_3_years() => AssertSet(Pcec.RecordRetentionMonths, 36, "附件1 第2.3条", ParameterBound.AtLeast);

    [Fact]
    public void Pcec_7_3_1_sets_no_minimum_team_size() => AssertNotSet(Pcec.MinTeamMembers, "7.3.1");

    [Fact]
    public void Pcec_7_3_1_person_days_are_not_counted_per_site() => AssertNotSet(Pcec.MinPersonDaysPerSite, "7.3.1");

    [Fact]
    public void Pcec_sets_no_cut_off_share() => AssertNotSet(Pcec.CutOffMassShareMax, "7.5.1；7.5.3 (4)");

    [Fact]
    public void Pcec_annex1_11_1_unplanned_increase_threshold_is_10_percent() => AssertSet(Pcec.UnplannedIncreaseThreshold, 0.10m, "附件1 第11.1条 (1)", ParameterBound.AtLeast);

    [Fact]
    public void Pcec_annex1_11_1_planned_increase_threshold_is_5_percent() => AssertSet(Pcec.PlannedIncreaseThreshold, 0.05m, "附件1 第11.1条 (2)", ParameterBound.AtLeast);

    [Fact]
    public void Pcec_annex1_11_1_increase_must_persist_more_than_3_months() => AssertSet(Pcec.IncreasePersistenceMonths, 3, "附件1 第11.1条", ParameterBound.MoreThan);

    [Fact]
    public void Pcec_11_2_mark_should_be_larger_than_8_mm() => AssertSet(Pcec.MarkMinSizeMm, 8m, "11.2", ParameterBound.MoreThan);

    [Fact]
    public void Pcec_11_2_mark_size_is_a_recommendation() => Assert.Equal(Modality.Should, Pcec.MarkMinSizeMm.Modality);

    [Theory]
    [InlineData("cec-7065cvp-a0")]
    [InlineData("zcxh-xz-15-2024-v4.0")]
    public void Every_parameter_has_the_agreed_name(string id)
    {
        string[] expected =
        [
            "certificationTimeLimitDays", "applicationAcceptanceWorkingDays", "certificateIssuanceDays", "terminationNoticeDays",
            "rectificationMonths", "maxRectificationSubmissions", "surveillanceIntervalMaxMonths", "firstSurveillanceEarliestMonths",
            "surveillanceRectificationMonths", "suspensionMaxMonths", "suspensionDeadlineDays", "certificateValidityMonths",
            "renewalApplicationMonthsBeforeExpiry", "recordRetentionMonths", "minTeamMembers", "minPersonDaysPerSite",
            "cutOffMassShareMax", "unplannedIncreaseThreshold", "plannedIncreaseThreshold", "increasePersistenceMonths", "markMinSizeMm", "resultUnitKg",
        ];
        Assert.Equal(expected, RealSchemes.Catalog.Get(id).Parameters.All().Select(p => p.Key));
    }

    [Theory]
    [InlineData("cec-7065cvp-a0")]
    [InlineData("zcxh-xz-15-2024-v4.0")]
    public void Every_set_parameter_quotes_its_source(string id)
    {
        foreach (var (name, parameter) in RealSchemes.Catalog.Get(id).Parameters.All().Where(p => p.Value.NumericValue is not null))
        {
            Assert.False(string.IsNullOrWhiteSpace(parameter.Source), name);
            Assert.False(string.IsNullOrWhiteSpace(parameter.Clause), name);
        }
    }

    private static void AssertSet<T>(SchemeParameter<T> parameter, T expected, string clause, ParameterBound bound)
        where T : struct
    {
        Assert.Equal(expected, parameter.Value);
        Assert.Equal(clause, parameter.Clause);
        Assert.Equal(bound, parameter.Bound);
    }

    private static void AssertNotSet<T>(SchemeParameter<T> parameter, string? clause)
        where T : struct
    {
        Assert.Null(parameter.Value);
        Assert.Equal(clause, parameter.Clause);
    }
}
