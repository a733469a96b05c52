using PcfCert.Certification.Certificates;
using PcfCert.Certification.Tests.Workflow;
using PcfCert.Certification.Workflow;

namespace PcfCert.Certification.Tests.Certificates;

/// <summary>
/// CEC 6.3 / PCEC 8.3: a surveillance nonconformity is rectified within 2 months and verified by the body; a missed
/// deadline or a rejected last submission fails it. One open planned surveillance per certificate at a time.
/// </summary>
public sealed class SurveillanceNonconformityTests
{
    private static readonly CertificateRules Pcec = CitedCertificateRules.Pcec;
    private static readonly DateTimeOffset Noon = new(2026, 8, 1, 4, 0, 0, TimeSpan.Zero);

    private static (Surveillance Surveillance, SurveillanceNonconformity Nonconformity) Completed(CertificateRules rules)
    {
        var s = SurveillanceBuilder.Inspected(rules, new DateOnly(2026, 7, 1), unannounced: true);
        var clause = SurveillanceBuilder.SchemeOf(rules).FactoryAssuranceChecklist.Clauses[0].Id;
        s.RecordChecklist(SurveillanceBuilder.SchemeOf(rules), [new ChecklistResult(clause, ChecklistVerdict.Nonconforming, "台账缺少 3 月记录")]);
        s.RaiseNonconformity(SurveillanceBuilder.SchemeOf(rules), clause, "台账缺少 3 月记录", new DateOnly(2026, 7, 21), rules);
        s.Conclude(true, SurveillanceBuilder.Conclusion(new DateOnly(2026, 7, 21)), SurveillanceBuilder.SchemeOf(rules), rules, null, new SurveillanceBaseline(2.0, null));
        return (s, Assert.Single(s.Nonconformities));
    }

    [Fact]
    public void A_second_open_planned_surveillance_of_the_same_certificate_is_refused_but_an_unannounced_one_is_not()
    {
        var c = CertificateBuilder.Issued(Pcec);
        var first = Surveillance.OpenPlanned(Guid.NewGuid(), c, new DateOnly(2026, 9, 1), []);
        var e = Assert.Throws<CertificateDomainException>(() => Surveillance.OpenPlanned(Guid.NewGuid(), c, new DateOnly(2026, 9, 2), [first]));
        Assert.Equal(CertificateError.PlannedSurveillanceOpen, e.Error);
        Surveillance.OpenUnannounced(Guid.NewGuid(), c, UnannouncedTrigger.FootprintDoubt, new DateOnly(2026, 9, 2));

        // Once its verdict is recorded the next planned one may be opened.
        first.AssignTeam(SurveillanceBuilder.SchemeOf(Pcec), ApplicationBuilder.ValidTeam(), 2m, SurveillanceBuilder.Plan(new DateOnly(2026, 9, 1)),
            SurveillanceBuilder.Context(Pcec), null);
        // Still open while its team is assigned and while inspecting.
        Assert.True(Surveillance.PlannedOneOpen([first]));
        first.StartInspection();
        first.Conclude(false, new SurveillanceConclusion(new DateOnly(2026, 9, 5), "SV-1", new InspectionConclusion("", "", "", "产品不一致")),
            SurveillanceBuilder.SchemeOf(Pcec), Pcec, null, new SurveillanceBaseline(2.0, null));
        Assert.Equal(SurveillanceStatus.Open, Surveillance.OpenPlanned(Guid.NewGuid(), c, new DateOnly(2026, 9, 6), [first]).Status);
    }

    [Fact]
    public void Evidence_submitted_and_accepted_closes_the_nonconformity_on_the_day_of_verification()
    {
        var (s, nc) = Completed(Pcec);
        Assert.Equal(new DateOnly(2026, 9, 21), nc.RectifyBy); // 2026-07-21 + 2 months
        Assert.Equal([NonconformityTrigger.SubmitRectification], nc.Allowed(Pcec));
        s.SubmitRectification(nc.Id, "补录 3 月记录", Noon, new DateOnly(2026, 8, 1), Pcec);
        Assert.Equal(NonconformityStatus.EvidenceSubmitted, nc.Status);
        Assert.Equal([NonconformityTrigger.AcceptRectification, NonconformityTrigger.ReturnRectification], nc.Allowed(Pcec));
        Assert.Equal(NonconformityStatus.Closed, s.JudgeRectification(nc.Id, true, null, new DateOnly(2026, 8, 3), Pcec));
        Assert.Equal(new DateOnly(2026, 8, 3), nc.ClosedOn);
        Assert.Empty(nc.Allowed(Pcec));
        Assert.Equal(CertificateError.IllegalSurveillanceMove,
            Assert.Throws<CertificateDomainException>(() => s.JudgeRectification(nc.Id, true, null, new DateOnly(2026, 8, 4), Pcec)).Error);
    }

    [Fact]
    public void Pcec_7_4_2_a_second_returned_submission_fails_the_nonconformity()
    {
        var (s, nc) = Completed(Pcec);
        s.SubmitRectification(nc.Id, "第一次", Noon, new DateOnly(2026, 8, 1), Pcec);
        Assert.Equal(CertificateError.CommentRequired,
            Assert.Throws<CertificateDomainException>(() => s.JudgeRectification(nc.Id, false, " ", new DateOnly(2026, 8, 2), Pcec)).Error);
        Assert.Equal(NonconformityStatus.Open, s.JudgeRectification(nc.Id, false, "缺少记录扫描件", new DateOnly(2026, 8, 2), Pcec));
        s.SubmitRectification(nc.Id, "第二次", Noon, new DateOnly(2026, 8, 5), Pcec);
        Assert.Equal(NonconformityStatus.Failed, s.JudgeRectification(nc.Id, false, "仍不完整", new DateOnly(2026, 8, 6), Pcec));
        Assert.Equal(2, nc.Submissions.Count);
        Assert.False(nc.Submissions[1].Accepted);
    }

    [Fact]
    public void Cec_6_3_evidence_after_the_deadline_is_refused_and_the_deadline_fails_the_nonconformity_the_day_after()
    {
        var (s, nc) = Completed(CitedCertificateRules.Cec); // CEC 6.3: 2 months, no limit on submissions
        Assert.Equal(new DateOnly(2026, 9, 21), nc.RectifyBy);
        Assert.Equal(CertificateError.RectificationDeadlinePassed, Assert.Throws<CertificateDomainException>(
            () => s.SubmitRectification(nc.Id, "迟交", Noon, new DateOnly(2026, 9, 22), CitedCertificateRules.Cec)).Error);
        Assert.Empty(s.FailOverdueNonconformities(new DateOnly(2026, 9, 21)));
        Assert.Single(s.FailOverdueNonconformities(new DateOnly(2026, 9, 22)));
        Assert.Equal(NonconformityStatus.Failed, nc.Status);
        Assert.Empty(s.FailOverdueNonconformities(new DateOnly(2026, 9, 23))); // once only
    }

    [Fact]
    public void Evidence_pending_at_the_deadline_is_not_failed_by_the_deadline()
    {
        var (s, nc) = Completed(Pcec);
        s.SubmitRectification(nc.Id, "已提交", Noon, new DateOnly(2026, 9, 20), Pcec);
        Assert.Empty(s.FailOverdueNonconformities(new DateOnly(2026, 10, 1)));
        Assert.Equal(NonconformityStatus.EvidenceSubmitted, nc.Status);
    }
}
