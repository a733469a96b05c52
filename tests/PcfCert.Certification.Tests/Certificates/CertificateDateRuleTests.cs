using PcfCert.Certification.Certificates;

namespace PcfCert.Certification.Tests.Certificates;

/// <summary>Every date rule with dates computed by hand (Civil Code art. 201–202: a period in months ends on the corresponding day).</summary>
public sealed class CertificateDateRuleTests
{
    private static readonly CertificateRules Cec = CitedCertificateRules.Cec;
    private static readonly CertificateRules Pcec = CitedCertificateRules.Pcec;
    private static readonly DateTimeOffset At = CertificateBuilder.At;

    [Theory]
    // CEC 7.2: 3 years. 2026-03-15 + 36 months = 2029-03-15.
    [InlineData("cec-7065cvp-a0", "2026-03-15", "2029-03-15")]
    // PCEC 9.2: 2 years. 2026-03-15 + 24 months = 2028-03-15.
    [InlineData("zcxh-xz-15-2024-v4.0", "2026-03-15", "2028-03-15")]
    // 2028-02-29 + 24 months: 2030 has no 29 February, so the month's last day (art. 202).
    [InlineData("zcxh-xz-15-2024-v4.0", "2028-02-29", "2030-02-28")]
    // 2026-08-31 + 36 months = 2029-08-31.
    [InlineData("cec-7065cvp-a0", "2026-08-31", "2029-08-31")]
    public void Validity_comes_from_the_scheme(string scheme, string issued, string validUntil)
    {
        var rules = new CitedCertificateRules().Find(scheme)!;
        var c = CertificateBuilder.Issued(rules, DateOnly.Parse(issued));
        Assert.Equal(DateOnly.Parse(validUntil), c.ValidUntil);
        Assert.Equal(CertificateStatus.Valid, c.Status);
        Assert.Equal(1, c.Contents.Version);
        Assert.Null(c.Contents.ChangedOn);
    }

    [Fact]
    public void Expiry_is_refused_on_the_last_day_and_allowed_the_day_after()
    {
        var c = CertificateBuilder.Issued(Cec, new DateOnly(2026, 3, 15)); // valid until 2029-03-15
        var early = Assert.Throws<CertificateDomainException>(() => c.Expire(new DateOnly(2029, 3, 15), At));
        Assert.Equal(CertificateError.NotYetDue, early.Error);
        Assert.Equal(CertificateStatus.Valid, c.StatusOn(new DateOnly(2029, 3, 15)));
        Assert.Equal(CertificateStatus.Expired, c.StatusOn(new DateOnly(2029, 3, 16)));
        c.Expire(new DateOnly(2029, 3, 16), At);
        Assert.Equal(CertificateStatus.Expired, c.Status);
    }

    [Fact]
    public void A_suspension_lasts_at_most_six_months_then_becomes_a_revocation()
    {
        var c = CertificateBuilder.Issued(Cec);
        c.Suspend("监督不通过", new DateOnly(2026, 4, 10), new DateOnly(2026, 4, 10), At, Cec);
        // Suspended 2026-04-10; 6 months end 2026-10-10 (last suspended day); revocation due 2026-10-11.
        Assert.Equal(new DateOnly(2026, 10, 11), c.RevocationDueOn(Cec));
        var early = Assert.Throws<CertificateDomainException>(() => c.RevokeLapsedSuspension(new DateOnly(2026, 10, 10), At, Cec));
        Assert.Equal(CertificateError.NotYetDue, early.Error);
        c.RevokeLapsedSuspension(new DateOnly(2026, 10, 11), At, Cec);
        Assert.Equal(CertificateStatus.Revoked, c.Status);
        Assert.Equal(CertificateTrigger.SuspensionLapsed, c.History[^1].Trigger);
    }

    [Fact]
    public void A_suspension_cannot_be_restored_once_it_reached_its_maximum()
    {
        var c = CertificateBuilder.Issued(Cec);
        c.Suspend("监督不通过", new DateOnly(2026, 4, 10), new DateOnly(2026, 4, 10), At, Cec);
        var basis = new RestorationBasis(new DateOnly(2026, 9, 30), new Reinspection(Guid.NewGuid(), new DateOnly(2026, 10, 1), true));
        Assert.Throws<CertificateDomainException>(() => c.Restore(basis, new DateOnly(2026, 10, 11), At, Cec));
        c.Restore(basis, new DateOnly(2026, 10, 10), At, Cec);
        Assert.Equal(CertificateStatus.Valid, c.Status);
        Assert.Null(c.SuspendedOn);
    }

    [Theory]
    [InlineData(false, "2026-05-01", true)] // failed re-inspection
    [InlineData(true, "2026-04-09", true)] // held before the suspension
    [InlineData(true, "2026-04-20", true)] // held before the holder applied (2026-04-25)
    [InlineData(true, "2026-05-01", false)] // none recorded
    public void Pcec_9_4_restoration_requires_a_passed_reinspection_recorded_during_the_suspension(bool passed, string heldOn, bool recorded)
    {
        var c = CertificateBuilder.Issued(Pcec);
        c.Suspend("监督不通过", new DateOnly(2026, 4, 10), new DateOnly(2026, 4, 10), At, Pcec);
        var reinspection = recorded ? new Reinspection(Guid.NewGuid(), DateOnly.Parse(heldOn), passed) : null;
        var error = Assert.Throws<CertificateDomainException>(() =>
            c.Restore(new RestorationBasis(new DateOnly(2026, 4, 25), reinspection), new DateOnly(2026, 5, 2), At, Pcec));
        Assert.Equal(CertificateError.ReinspectionRequired, error.Error);
        Assert.Equal(CertificateStatus.Suspended, c.Status);
    }

    [Theory]
    // PCEC 9.4: within 5 days of confirming the facts. Confirmed 2026-04-10 → last day 2026-04-15.
    [InlineData("2026-04-15", false)]
    [InlineData("2026-04-16", true)]
    public void Pcec_marks_a_suspension_applied_after_five_days_as_late(string suspendedOn, bool late)
    {
        var c = CertificateBuilder.Issued(Pcec);
        Assert.Equal(new DateOnly(2026, 4, 15), CertificateDates.SuspendBy(new DateOnly(2026, 4, 10), Pcec));
        var change = c.Suspend("核查数据存疑", new DateOnly(2026, 4, 10), DateOnly.Parse(suspendedOn), At, Pcec);
        Assert.Equal(late, change.Late);
    }

    [Fact]
    public void Cec_sets_no_suspension_deadline()
    {
        Assert.Null(CertificateDates.SuspendBy(new DateOnly(2026, 4, 10), Cec));
        var c = CertificateBuilder.Issued(Cec);
        Assert.False(c.Suspend("原因", new DateOnly(2026, 4, 10), new DateOnly(2026, 6, 30), At, Cec).Late);
    }

    [Fact]
    public void Nonconformities_must_be_closed_within_two_months()
    {
        // CEC 6.3 and PCEC 7.4: 2 months. Found 2026-05-31 → 2026-07-31; found 2026-12-31 → 2027-02-28.
        Assert.Equal(new DateOnly(2026, 7, 31), CertificateDates.RectifyBy(new DateOnly(2026, 5, 31), Cec));
        Assert.Equal(new DateOnly(2027, 2, 28), CertificateDates.RectifyBy(new DateOnly(2026, 12, 31), Pcec));
    }

    [Fact]
    public void Cec_renewal_window_is_the_last_six_months_and_the_reminder_comes_when_it_opens()
    {
        // Valid until 2029-03-15: "届满前 6 个月内" → 2028-09-15 … 2029-03-15.
        var validUntil = new DateOnly(2029, 3, 15);
        Assert.Equal(new DateOnly(2028, 9, 15), Cec.Renewal.OpensOn(validUntil));
        Assert.Equal(validUntil, Cec.Renewal.DeadlineOn(validUntil));
        Assert.Equal(new DateOnly(2028, 9, 15), Cec.Renewal.ReminderOn(validUntil));
    }

    [Fact]
    public void Pcec_renewal_is_due_six_months_before_expiry_and_the_reminder_comes_a_month_earlier()
    {
        // Valid until 2028-03-15: "届满前6个月提交" → at the latest 2027-09-15; reminder 2027-08-15.
        var validUntil = new DateOnly(2028, 3, 15);
        Assert.Null(Pcec.Renewal.OpensOn(validUntil));
        Assert.Equal(new DateOnly(2027, 9, 15), Pcec.Renewal.DeadlineOn(validUntil));
        Assert.Equal(new DateOnly(2027, 8, 15), Pcec.Renewal.ReminderOn(validUntil));
    }

    [Fact]
    public void History_dates_cannot_go_backwards()
    {
        var c = CertificateBuilder.Issued(Cec, new DateOnly(2026, 3, 15));
        var error = Assert.Throws<CertificateDomainException>(() => c.Revoke("原因", new DateOnly(2026, 3, 14), At));
        Assert.Equal(CertificateError.DateOutOfOrder, error.Error);
    }

    [Fact]
    public void A_change_issues_a_new_version_with_the_same_number_and_validity_noting_the_change_date()
    {
        var c = CertificateBuilder.Issued(Cec, new DateOnly(2026, 3, 15));
        var request = ChangeRequest.File(Guid.NewGuid(), c, ChangeKind.ProductNameOrModel, "型号更名",
            new CertificateAmendment(Model: "CBB65A 450V 30μF"), new DateOnly(2026, 6, 1));
        request.Approve(c, Cec, null, "同意", new DateOnly(2026, 6, 10), At);

        Assert.Equal(ChangeRequestStatus.Approved, request.Status);
        Assert.Equal(2, c.Versions.Count);
        Assert.Equal(new DateOnly(2026, 6, 10), c.Versions[0].SupersededOn);
        var contents = c.Contents;
        Assert.Equal("CEC-PCF-2026-00001", contents.Number);
        Assert.Equal(2, contents.Version);
        Assert.Equal("CBB65A 450V 30μF", contents.Particulars.Model);
        Assert.Equal(new DateOnly(2026, 6, 10), contents.ChangedOn);
        Assert.Equal(new DateOnly(2026, 3, 15), contents.IssuedOn);
        Assert.Equal(new DateOnly(2029, 3, 15), contents.ValidUntil);
    }

    [Fact]
    public void No_change_is_filed_or_approved_after_the_validity_ended_even_before_the_expiry_duty_ran()
    {
        // Issued 2026-03-15, valid 3 years: until 2029-03-15 (the test above). The expiry duty has not run, so the status is
        // still Valid, but CEC 7.3 changes a valid certificate: the day after the end is refused, the last day is not.
        var c = CertificateBuilder.Issued(Cec, new DateOnly(2026, 3, 15));
        Assert.Equal(new DateOnly(2029, 3, 15), c.Current.ValidUntil);
        Assert.Equal(CertificateStatus.Valid, c.Status);
        Assert.Equal(CertificateError.ValidityEnded, Assert.Throws<CertificateDomainException>(() => ChangeRequest.File(Guid.NewGuid(), c,
            ChangeKind.ProductNameOrModel, "型号更名", new CertificateAmendment(Model: "X"), new DateOnly(2029, 3, 16))).Error);

        var filedInTime = ChangeRequest.File(Guid.NewGuid(), c, ChangeKind.ProductNameOrModel, "型号更名",
            new CertificateAmendment(Model: "X"), new DateOnly(2029, 3, 15));
        Assert.Equal(CertificateError.ValidityEnded, Assert.Throws<CertificateDomainException>(() =>
            filedInTime.Approve(c, Cec, null, "同意", new DateOnly(2029, 3, 16), At)).Error);
        Assert.Single(c.Versions); // nothing changed
        Assert.Equal(ChangeRequestStatus.Filed, filedInTime.Status);
    }

    [Fact]
    public void A_change_that_requires_an_inspection_is_approved_only_after_a_passed_one()
    {
        // CEC 7.3 "如果需要进行检查的，则 CEC 组织检查合格后方能变更": nonconformities keep the request open until a
        // later inspection verifies the rectification; approval is not offered before.
        var c = CertificateBuilder.Issued(Cec);
        var request = ChangeRequest.File(Guid.NewGuid(), c, ChangeKind.Site, "迁址", new CertificateAmendment(
            Factory: new Party("苏州示例电子元件有限公司二厂", "江苏省苏州市相城区 9 号")), new DateOnly(2026, 6, 1));
        request.RequireInspection("需现场检查");
        Assert.DoesNotContain(ChangeRequestTrigger.Approve, request.Allowed());
        Assert.Equal(CertificateError.ChangeInspectionRequired,
            Assert.Throws<CertificateDomainException>(() => request.Approve(c, Cec, null, null, new DateOnly(2026, 6, 5), At)).Error);
        request.RecordInspection("CI-2026-7", ChangeInspectionVerdict.Nonconformities, ["二厂计量器具未校准", ""], null, new DateOnly(2026, 6, 5));
        Assert.Equal(ChangeRequestStatus.InspectionRequired, request.Status);
        Assert.Equal([ChangeRequestTrigger.RecordInspection, ChangeRequestTrigger.Reject], request.Allowed());
        Assert.Equal(CertificateError.ChangeInspectionRequired,
            Assert.Throws<CertificateDomainException>(() => request.Approve(c, Cec, null, null, new DateOnly(2026, 6, 5), At)).Error);
        request.RecordInspection("CI-2026-8", ChangeInspectionVerdict.Passed, null, null, new DateOnly(2026, 6, 19));
        Assert.Contains(ChangeRequestTrigger.Approve, request.Allowed());
        request.Approve(c, Cec, null, null, new DateOnly(2026, 6, 20), At);
        Assert.Equal("苏州示例电子元件有限公司二厂", c.Contents.Particulars.Factory.Name);
        Assert.Equal([("CI-2026-7", ChangeInspectionVerdict.Nonconformities, 1), ("CI-2026-8", ChangeInspectionVerdict.Passed, 0)],
            request.Inspections.Select(i => (i.Reference, i.Verdict, i.Nonconformities.Count)));
        Assert.Equal(CertificateError.IllegalChangeRequestMove,
            Assert.Throws<CertificateDomainException>(() => request.Reject("晚了", new DateOnly(2026, 6, 21))).Error);
    }

    [Fact]
    public void A_failed_change_inspection_refuses_the_change_and_a_verdict_without_its_particulars_is_refused_listing_each_one()
    {
        var c = CertificateBuilder.Issued(Cec);
        var request = ChangeRequest.File(Guid.NewGuid(), c, ChangeKind.KeyMaterials, "更换铝箔供应商", new CertificateAmendment(), new DateOnly(2026, 6, 1));
        Assert.Equal(CertificateError.IllegalChangeRequestMove, Assert.Throws<CertificateDomainException>(() =>
            request.RecordInspection("CI-1", ChangeInspectionVerdict.Passed, null, null, new DateOnly(2026, 6, 2))).Error);
        request.RequireInspection(null);
        var stamp = request.ConcurrencyStamp;
        var missing = Assert.Throws<CertificateDomainException>(() =>
            request.RecordInspection(" ", ChangeInspectionVerdict.Nonconformities, [" "], null, new DateOnly(2026, 6, 2)));
        Assert.Equal(["inspectionReference", "nonconformities"], missing.Problems.Select(p => p.Path));
        Assert.Equal("note", Assert.Throws<CertificateDomainException>(() =>
            request.RecordInspection("CI-1", ChangeInspectionVerdict.Failed, null, "", new DateOnly(2026, 6, 2))).Path);
        Assert.Equal(stamp, request.ConcurrencyStamp); // nothing changed
        Assert.Empty(request.Inspections);

        request.RecordInspection("CI-1", ChangeInspectionVerdict.Failed, null, "新铝箔的碳足迹数据无法溯源", new DateOnly(2026, 6, 9));
        Assert.Equal(ChangeRequestStatus.Rejected, request.Status);
        Assert.Equal(new DateOnly(2026, 6, 9), request.DecidedOn);
        Assert.Equal("新铝箔的碳足迹数据无法溯源", request.DecisionNote);
        Assert.False(request.InspectionPassed);
        Assert.Empty(request.Allowed());
        Assert.Equal(1, c.Contents.Version); // the certificate is unchanged
    }

    [Fact]
    public void No_change_can_be_filed_for_a_suspended_certificate()
    {
        var c = CertificateBuilder.InStatus(CertificateStatus.Suspended);
        Assert.Throws<CertificateDomainException>(() =>
            ChangeRequest.File(Guid.NewGuid(), c, ChangeKind.Other, "x", new CertificateAmendment(), new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void A_holder_request_to_suspend_is_applied_once_and_cannot_be_decided_twice()
    {
        var c = CertificateBuilder.Issued(Pcec);
        var request = HolderRequest.File(Guid.NewGuid(), c, HolderRequestKind.Suspension, "停产检修", new DateOnly(2026, 5, 1), Pcec, []);
        request.Accept(c, new DateOnly(2026, 5, 3), At, Pcec);
        Assert.Equal(CertificateStatus.Suspended, c.Status);
        Assert.False(c.History[^1].Late); // filed 05-01, applied 05-03: within 5 days
        Assert.Equal(CertificateError.RequestAlreadyDecided,
            Assert.Throws<CertificateDomainException>(() => request.Decline(new DateOnly(2026, 5, 4))).Error);
        var cancel = HolderRequest.File(Guid.NewGuid(), c, HolderRequestKind.Cancellation, "不再生产", new DateOnly(2026, 5, 5), Pcec, []);
        cancel.Accept(c, new DateOnly(2026, 5, 6), At, Pcec);
        Assert.Equal(CertificateStatus.Cancelled, c.Status);
    }
}
