using PcfCert.Certification.Certificates;

namespace PcfCert.Certification.Tests.Certificates;

/// <summary>
/// Issue 17 items 6, 7, 8 and 10 in the domain: restoration as the rules write it (CEC 7.4, PCEC 9.4), the
/// footprint-increase invalidation (CEC annex 3 cl. 10.1, PCEC annex 1 cl. 11.1) and recovery of revoked or cancelled
/// certificates (PCEC 9.4).
/// </summary>
public sealed class CertificateClauseTests
{
    private static readonly DateTimeOffset At = CertificateBuilder.At;
    private static readonly CertificateRules Cec = CitedCertificateRules.Cec;
    private static readonly CertificateRules Pcec = CitedCertificateRules.Pcec;

    private static Certificate SuspendedOn(CertificateRules rules, DateOnly on)
    {
        var c = CertificateBuilder.Issued(rules);
        c.Suspend("监督不通过", on, on, At, rules);
        return c;
    }

    [Fact]
    public void Pcec_9_4_the_holder_applies_for_restoration_within_the_suspension_period_and_not_after()
    {
        // Suspended 2026-04-10: last suspended day 2026-10-10, revoked from 2026-10-11 (6 months, Civil Code art. 201–202).
        var c = SuspendedOn(Pcec, new DateOnly(2026, 4, 10));
        var inTime = HolderRequest.File(Guid.NewGuid(), c, HolderRequestKind.Restoration, "已完成整改", new DateOnly(2026, 10, 10), Pcec, []);
        Assert.Equal(HolderRequestKind.Restoration, inTime.Kind);
        var late = Assert.Throws<CertificateDomainException>(() =>
            HolderRequest.File(Guid.NewGuid(), c, HolderRequestKind.Restoration, "已完成整改", new DateOnly(2026, 10, 11), Pcec, []));
        Assert.Equal(CertificateError.RestorationApplicationRequired, late.Error);
        // A valid certificate has nothing to restore.
        var valid = CertificateBuilder.Issued(Pcec);
        Assert.Equal(CertificateError.IllegalTransition, Assert.Throws<CertificateDomainException>(() =>
            HolderRequest.File(Guid.NewGuid(), valid, HolderRequestKind.Restoration, "x", new DateOnly(2026, 5, 1), Pcec, [])).Error);
    }

    [Fact]
    public void Cec_7_4_the_holder_may_ask_only_what_the_certificate_allows_on_the_day_and_one_pending_request_of_a_kind()
    {
        // Issued 2026-03-15 under PCEC (2 years): valid until 2028-03-15; the day after, it shows as expired.
        var c = CertificateBuilder.Issued(Pcec, new DateOnly(2026, 3, 15));
        Assert.Equal([HolderRequestKind.Suspension, HolderRequestKind.Cancellation], HolderRequest.Allowed(c, [], new DateOnly(2026, 5, 1), Pcec));
        var pending = HolderRequest.File(Guid.NewGuid(), c, HolderRequestKind.Suspension, "停产检修", new DateOnly(2026, 5, 1), Pcec, []);
        Assert.Equal([HolderRequestKind.Cancellation], HolderRequest.Allowed(c, [pending], new DateOnly(2026, 5, 2), Pcec));
        Assert.Equal(CertificateError.RequestPending, Assert.Throws<CertificateDomainException>(() =>
            HolderRequest.File(Guid.NewGuid(), c, HolderRequestKind.Suspension, "再次申请", new DateOnly(2026, 5, 2), Pcec, [pending])).Error);
        Assert.Empty(HolderRequest.Allowed(c, [], new DateOnly(2028, 3, 16), Pcec));
        Assert.Equal(CertificateError.IllegalTransition, Assert.Throws<CertificateDomainException>(() =>
            HolderRequest.File(Guid.NewGuid(), c, HolderRequestKind.Cancellation, "不再生产", new DateOnly(2028, 3, 16), Pcec, [])).Error);
        Assert.Empty(HolderRequest.Allowed(CertificateBuilder.InStatus(CertificateStatus.Revoked), [], new DateOnly(2026, 5, 1), Pcec));
    }

    [Fact]
    public void Cec_7_4_and_Pcec_9_4_a_restoration_without_the_holders_application_in_the_period_is_refused()
    {
        foreach (var rules in new[] { Cec, Pcec })
        {
            var c = SuspendedOn(rules, new DateOnly(2026, 4, 10));
            var passed = new Reinspection(Guid.NewGuid(), new DateOnly(2026, 5, 1), true);
            // An "application" dated before the suspension is no application within the suspension period.
            var error = Assert.Throws<CertificateDomainException>(() =>
                c.Restore(new RestorationBasis(new DateOnly(2026, 4, 9), passed), new DateOnly(2026, 5, 2), At, rules));
            Assert.Equal(CertificateError.RestorationApplicationRequired, error.Error);
            Assert.Equal(CertificateStatus.Suspended, c.Status);
        }
    }

    [Fact]
    public void Pcec_9_4_the_accepted_restoration_request_restores_after_a_passed_reinspection()
    {
        var c = SuspendedOn(Pcec, new DateOnly(2026, 4, 10));
        var request = HolderRequest.File(Guid.NewGuid(), c, HolderRequestKind.Restoration, "已完成整改", new DateOnly(2026, 4, 20), Pcec, []);
        Assert.Equal(CertificateError.ReinspectionRequired, Assert.Throws<CertificateDomainException>(() =>
            request.Accept(c, new DateOnly(2026, 4, 21), At, Pcec)).Error);
        Assert.Equal(HolderRequestStatus.Pending, request.Status);
        var inspection = Guid.NewGuid();
        request.Accept(c, new DateOnly(2026, 5, 2), At, Pcec, new Reinspection(inspection, new DateOnly(2026, 4, 28), true));
        Assert.Equal(CertificateStatus.Valid, c.Status);
        Assert.Equal(HolderRequestStatus.Accepted, request.Status);
        Assert.Contains(inspection.ToString(), c.History[^1].Note);
    }

    [Fact]
    public void Scheme_flag_restorationRequiresInspection_decides_whether_a_reinspection_is_needed()
    {
        // The same CEC certificate and the same application under the flag as the scheme has it (false, CEC 7.4) and flipped.
        var basis = new RestorationBasis(new DateOnly(2026, 4, 20), null);
        var flippedOn = Cec with { RestorationRequiresInspection = true };
        var strict = SuspendedOn(flippedOn, new DateOnly(2026, 4, 10));
        Assert.Equal(CertificateError.ReinspectionRequired, Assert.Throws<CertificateDomainException>(() =>
            strict.Restore(basis, new DateOnly(2026, 4, 21), At, flippedOn)).Error);
        var asWritten = SuspendedOn(Cec, new DateOnly(2026, 4, 10));
        asWritten.Restore(basis, new DateOnly(2026, 4, 21), At, Cec);
        Assert.Equal(CertificateStatus.Valid, asWritten.Status);

        // And PCEC flipped off restores without one.
        var flippedOff = Pcec with { RestorationRequiresInspection = false };
        var lenient = SuspendedOn(flippedOff, new DateOnly(2026, 4, 10));
        lenient.Restore(basis, new DateOnly(2026, 4, 21), At, flippedOff);
        Assert.Equal(CertificateStatus.Valid, lenient.Status);
    }

    [Fact]
    public void Cec_annex3_10_1_a_footprint_increase_invalidates_the_result_the_certificate_is_suspended_and_needs_recertification()
    {
        var c = CertificateBuilder.Issued(Cec);
        c.FlagForRecertification("+10.0 % / 4 months from 2026-06", new DateOnly(2026, 10, 1), At);
        Assert.Equal(CertificateStatus.Suspended, c.Status);
        Assert.Equal(new DateOnly(2026, 10, 1), c.SuspendedOn);
        Assert.True(c.RecertificationRequired);
        // Suspended 2026-10-01 → revoked from 2027-04-02 unless a re-certification replaces it first.
        Assert.Equal(new DateOnly(2027, 4, 2), c.RevocationDueOn(Cec));
        // Not restored by an application: the rule asks for re-certification.
        Assert.Equal(CertificateError.RecertificationPending, Assert.Throws<CertificateDomainException>(() =>
            HolderRequest.File(Guid.NewGuid(), c, HolderRequestKind.Restoration, "x", new DateOnly(2026, 10, 2), Cec, [])).Error);
        Assert.Equal(CertificateError.RecertificationPending, Assert.Throws<CertificateDomainException>(() =>
            c.Restore(new RestorationBasis(new DateOnly(2026, 10, 2), new Reinspection(Guid.NewGuid(), new DateOnly(2026, 10, 3), true)),
                new DateOnly(2026, 10, 4), At, Cec)).Error);
        c.ReplaceByRecertification("CEC-PCF-2026-00099", new DateOnly(2026, 12, 1), At);
        Assert.Equal(CertificateStatus.Superseded, c.Status);
    }

    [Fact]
    public void Pcec_9_4_a_revoked_or_cancelled_certificate_is_recorded_as_recovered_or_published_as_unrecoverable()
    {
        var valid = CertificateBuilder.Issued(Pcec);
        Assert.Equal(CertificateError.RecoveryNotApplicable, Assert.Throws<CertificateDomainException>(() =>
            valid.RecordRecovery(true, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 1))).Error);

        var revoked = CertificateBuilder.Issued(Pcec);
        revoked.Revoke("违规使用标志", new DateOnly(2026, 5, 1), At);
        Assert.Null(revoked.Recovery);
        Assert.Equal(CertificateError.DateOutOfOrder, Assert.Throws<CertificateDomainException>(() =>
            revoked.RecordRecovery(true, new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 3))).Error);
        revoked.RecordRecovery(false, new DateOnly(2026, 5, 20), new DateOnly(2026, 5, 20));
        Assert.Equal(CertificateRecovery.Unrecoverable, revoked.Recovery);
        // Found later after all: recorded as recovered, and that is final.
        revoked.RecordRecovery(true, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 1));
        Assert.Equal(CertificateRecovery.Recovered, revoked.Recovery);
        Assert.Equal(new DateOnly(2026, 6, 1), revoked.RecoveryRecordedOn);
        Assert.Equal(CertificateError.RecoveryNotApplicable, Assert.Throws<CertificateDomainException>(() =>
            revoked.RecordRecovery(false, new DateOnly(2026, 6, 2), new DateOnly(2026, 6, 2))).Error);

        var cancelled = CertificateBuilder.Issued(Pcec);
        cancelled.Cancel("持有人申请注销", new DateOnly(2026, 5, 1), At);
        cancelled.RecordRecovery(true, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 1));
        Assert.Equal(CertificateRecovery.Recovered, cancelled.Recovery);
    }
}
