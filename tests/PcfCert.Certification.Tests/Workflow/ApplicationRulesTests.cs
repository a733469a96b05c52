using PcfCert.Certification.Calendar;
using PcfCert.Certification.Personnel;
using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Workflow;

public sealed class ApplicationRulesTests
{
    [Fact]
    public void Cec_5_1_1_submission_without_a_required_document_is_refused_naming_it()
    {
        var b = B.Cec();
        var app = b.Draft();
        var error = Assert.Throws<WorkflowException>(() => app.Submit(b.Scheme, B.ApplicantUser, B.Start, b.Declared()));
        Assert.Equal(WorkflowError.MissingDocument, error.Error);
        // Every missing required document at once, each at its own path and named (not keyed) in the message.
        var required = app.MissingDocuments(b.Scheme);
        Assert.True(required.Count > 1);
        Assert.Equal(required.Select(d => "documents." + d.Key), error.Problems.Select(p => p.Path));
        Assert.Equal(required.Select(d => (object)d.Name), error.Problems.Select(p => p.Arguments[0]));
        Assert.Equal("documents.application-form", error.Path);
        Assert.Equal(ApplicationStatus.Draft, app.Status);
    }

    [Fact]
    public void Passing_an_inspection_reports_every_missing_part_at_once_with_its_field()
    {
        var b = B.Cec();
        var app = b.Inspecting();
        var error = Assert.Throws<WorkflowException>(() => app.PassInspection(b.Scheme, B.Conclusion() with { Conclusion = " " }, B.Leader, B.Start.AddDays(12)));
        var paths = error.Problems.Select(p => p.Path).ToList();
        Assert.Contains("conclusion.conclusion", paths);
        // Each of CEC annex 3's 13 clauses unjudged, the consistency check and the CEC 5.4.3 verified value.
        Assert.Equal(b.Scheme.FactoryAssuranceChecklist.Clauses.Select(c => "checklist." + c.Id), paths.Where(p => p.StartsWith("checklist.", StringComparison.Ordinal)));
        Assert.Contains("consistency", paths);
        Assert.Contains("verifiedValue", paths);
        Assert.Equal(1 + b.Scheme.FactoryAssuranceChecklist.Clauses.Count + 2, paths.Count);
        Assert.Equal(ApplicationStatus.Inspecting, app.Status);
    }

    [Fact]
    public void Pcec_7_1_annex_3_documents_apply_to_submersible_pumps()
    {
        var b = B.Pcec();
        var app = b.Draft();
        var pump = new CertificationUnit("submersible-pump", "潜油泵", "QYB-100", "CTS PCEC-08:2025", "天津市滨海新区", "1 台");
        app.UpdateForm(b.Scheme, app.Applicant, app.Manufacturer, app.Factory, null, [pump]);
        var annex3 = b.Scheme.ApplicationDocumentVariants.Single(v => v.Annex == "附件3");
        Assert.Equal(annex3.Documents.Select(d => d.Key).Order(), app.DocumentsFor(b.Scheme).Select(d => d.Key).Order());
    }

    [Fact]
    public void Pcec_1_a_product_outside_the_scope_table_is_refused()
    {
        var b = B.Pcec();
        var app = b.Draft();
        var unit = b.Unit() with { ProductKey = "electronic-components" };
        var error = Assert.Throws<WorkflowException>(() => app.UpdateForm(b.Scheme, app.Applicant, app.Manufacturer, app.Factory, null, [unit]));
        Assert.Equal(WorkflowError.ProductOutOfScope, error.Error);
    }

    [Fact]
    public void Cec_5_1_2_a_second_production_site_is_a_second_unit_and_a_repeated_one_is_not()
    {
        var b = B.Cec().WithUnit("M1", "苏州").WithUnit("M1", "无锡").WithUnit("M1", "苏州");
        var app = b.Draft();
        Assert.Equal(2, app.Units.Count);
        Assert.Equal(["苏州", "无锡"], app.ProductionSites);
    }

    [Fact]
    public void A_supplement_request_returns_the_file_and_resubmission_completes_it_again()
    {
        var b = B.Cec();
        var app = b.Submitted();
        app.RequestSupplement(b.Scheme, "营业执照复印件不清晰", B.Manager, B.Start.AddDays(1));
        Assert.Equal(ApplicationStatus.AwaitingSupplement, app.Status);
        Assert.Null(app.FileCompleteOn);
        app.Submit(b.Scheme, B.ApplicantUser, B.Start.AddDays(5), b.Declared());
        Assert.Equal(ApplicationStatus.Submitted, app.Status);
        Assert.Equal(new DateOnly(2025, 3, 8), app.SupplementRequests.Single().AnsweredOn);
        Assert.Equal(new DateOnly(2025, 3, 8), app.FileCompleteOn);
    }

    [Fact]
    public void Cec_5_1_3_acceptance_deadline_is_3_working_days_after_the_complete_file_across_national_day()
    {
        // File complete Tue 2025-09-30. 2025 notice: Oct 1–8 off, Sat Oct 11 an adjusted working day.
        // Working days after Sep 30: Oct 9 (1), Oct 10 (2), Oct 11 (3) → 2025-10-11.
        var b = B.Cec();
        var app = b.WithAllDocuments();
        app.Submit(b.Scheme, B.ApplicantUser, new DateTimeOffset(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8)), b.Declared());
        Assert.Equal(new DateOnly(2025, 10, 11), app.AcceptanceDeadline(b.Scheme, ChineseWorkingCalendar.Default));
    }

    [Fact]
    public void Pcec_7_2_an_applicant_ordered_to_suspend_business_cannot_be_accepted()
    {
        var b = B.Pcec();
        var app = b.Submitted();
        app.FlagApplicant(orderedToSuspendBusiness: true, listedAsSeriouslyIllegal: false);
        var error = Assert.Throws<WorkflowException>(() => app.Accept(b.Scheme, new DateOnly(2025, 3, 4), b.Reviewed(), B.Manager, B.Start));
        Assert.Equal(WorkflowError.ApplicantBarred, error.Error);
        Assert.Equal(ApplicationStatus.Submitted, app.Status);
    }

    [Fact]
    public void Cec_5_2_3_time_limit_of_90_days_excludes_a_pause_caused_by_the_applicant()
    {
        // Accepted 2025-03-04; paused 2025-03-10 to 2025-03-20 (10 days) → due 2025-03-04 + 90 + 10 = 2025-06-12.
        var b = B.Cec();
        var app = b.Accepted();
        var delay = b.Scheme.CertificationTimeLimit.ExcludedDelays[0].Key;
        app.PauseClock(b.Scheme, delay, new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        app.ResumeClock(b.Scheme, new DateTimeOffset(2025, 3, 20, 9, 0, 0, TimeSpan.FromHours(8)));
        var clock = app.TimeLimit(b.Scheme)!;
        Assert.Equal(90, clock.LimitDays);
        Assert.Equal(new DateOnly(2025, 6, 12), clock.DueDate(new DateOnly(2025, 4, 1)));
    }

    [Fact]
    public void Cec_5_2_1_a_team_of_one_inspector_is_refused()
    {
        var b = B.Cec();
        var app = b.Accepted();
        var alone = B.Person("组长", "u-l", "competent-inspector", "voluntary-product-certification-registration", "ghg-verifier-registration");
        var error = Assert.Throws<WorkflowException>(() =>
            app.AssignTeam(b.Scheme, [new(alone, TeamRole.Leader), new(B.Person("专家", "u-e"), TeamRole.Expert)], 2, B.Plan(), B.Manager, B.Start));
        Assert.Equal(WorkflowError.TeamTooSmall, error.Error);
        Assert.Equal([1, 2], error.Arguments.Cast<int>());
    }

    [Fact]
    public void Cec_5_2_1_a_team_without_a_registered_ghg_verifier_is_refused()
    {
        var b = B.Cec();
        var app = b.Accepted();
        IReadOnlyList<TeamAssignment> team =
        [
            new(B.Person("组长", "u-l", "competent-inspector", "voluntary-product-certification-registration"), TeamRole.Leader),
            new(B.Person("组员", "u-m", "green-product-certification-registration"), TeamRole.Member),
        ];
        var error = Assert.Throws<WorkflowException>(() => app.AssignTeam(b.Scheme, team, 2, B.Plan(), B.Manager, B.Start));
        Assert.Equal(WorkflowError.QualificationMissing, error.Error);
        Assert.Equal("ghg-verifier", error.Arguments[1]);
        Assert.Equal("具备温室气体核查员注册资格人员", ((PcfCert.Certification.Schemes.LocalizedText)error.Arguments[0]).Zh);
    }

    [Fact]
    public void A_qualification_expired_before_the_inspection_does_not_count()
    {
        var b = B.Cec();
        var app = b.Accepted();
        var expired = RegisteredPerson.Register(Guid.NewGuid(), "组员", "u-m", ["Inspector"],
            [new Qualification("ghg-verifier-registration", "GHG-1", new DateOnly(2025, 3, 12))], []); // plan starts 2025-03-13
        IReadOnlyList<TeamAssignment> team =
        [
            new(B.Person("组长", "u-l", "competent-inspector", "voluntary-product-certification-registration"), TeamRole.Leader),
            new(expired, TeamRole.Member),
        ];
        var error = Assert.Throws<WorkflowException>(() => app.AssignTeam(b.Scheme, team, 2, B.Plan(), B.Manager, B.Start));
        Assert.Equal(WorkflowError.QualificationMissing, error.Error);
    }

    [Fact]
    public void Cec_5_2_1_a_team_without_the_electronic_components_product_field_is_refused()
    {
        var b = B.Cec();
        var app = b.Accepted();
        IReadOnlyList<TeamAssignment> team =
        [
            new(WithAreas(B.Person("组长", "u-l", "competent-inspector", "voluntary-product-certification-registration"), "PV11"), TeamRole.Leader),
            new(WithAreas(B.Person("组员", "u-m", "ghg-verifier-registration"), "PV06"), TeamRole.Member),
        ];
        var error = Assert.Throws<WorkflowException>(() => app.AssignTeam(b.Scheme, team, 2, B.Plan(), B.Manager, B.Start));
        Assert.Equal(WorkflowError.ProductAreaNotCovered, error.Error);
        Assert.Equal("electronic-components", error.Arguments[1]);
        Assert.Equal(ApplicationStatus.Accepted, app.Status);
    }

    [Fact]
    public void Pcec_7_3_a_technical_expert_may_bring_the_product_field_the_inspectors_lack()
    {
        var b = B.Pcec();
        var app = b.Accepted();
        var area = b.Scheme.ProductAreaOf(b.Unit().ProductKey)!;
        Assert.Matches("^PV(06|11|13|16)$", area);
        IReadOnlyList<TeamAssignment> inspectorsOnly =
        [
            new(WithAreas(B.Person("组长", "u-l", "competent-inspector", "voluntary-product-certification-registration", "ghg-verifier-registration")), TeamRole.Leader),
            new(WithAreas(B.Person("组员", "u-m", "ghg-verifier-registration")), TeamRole.Member),
        ];
        var error = Assert.Throws<WorkflowException>(() => app.AssignTeam(b.Scheme, inspectorsOnly, 2, B.Plan(), B.Manager, B.Start));
        Assert.Equal(WorkflowError.ProductAreaNotCovered, error.Error);

        app.AssignTeam(b.Scheme, [.. inspectorsOnly, new(WithAreas(B.Person("专家", "u-e"), area.ToLowerInvariant()), TeamRole.Expert)], 2, B.Plan(), B.Manager, B.Start);
        Assert.Equal(ApplicationStatus.Planned, app.Status);
    }

    [Fact]
    public void The_product_field_is_the_cnca_code_of_the_category_or_the_product_key_where_the_rule_gives_none()
    {
        Assert.Equal("electronic-components", Tests.Schemes.RealSchemes.Cec.ProductAreaOf("electronic-components"));
        Assert.Equal("PV11", Tests.Schemes.RealSchemes.Pcec.ProductAreaOf("submersible-pump")); // PCEC section 1: 潜油泵 under PV11
        Assert.Null(Tests.Schemes.RealSchemes.Pcec.ProductAreaOf("no-such-product"));
    }

    private static RegisteredPerson WithAreas(RegisteredPerson person, params string[] areas)
    {
        person.Update(person.Name, person.PersonnelTypes, person.Qualifications, areas);
        return person;
    }

    [Fact]
    public void A_person_with_a_declared_conflict_of_interest_cannot_be_assigned()
    {
        var b = B.Cec();
        var app = b.Accepted();
        var team = B.ValidTeam();
        team[1].Person.DeclareConflict(B.Organisation);
        var error = Assert.Throws<WorkflowException>(() => app.AssignTeam(b.Scheme, team, 2, B.Plan(), B.Manager, B.Start));
        Assert.Equal(WorkflowError.ConflictOfInterest, error.Error);
        Assert.Equal(ApplicationStatus.Accepted, app.Status);
    }

    [Fact]
    public void Cec_5_4_2_person_days_are_at_least_2_per_production_site()
    {
        // Two sites × 2 person-days = 4; 3 is refused, 4 accepted.
        var b = B.Cec().WithUnit("M1", "苏州").WithUnit("M1", "无锡");
        var app = b.Accepted();
        var error = Assert.Throws<WorkflowException>(() => app.AssignTeam(b.Scheme, B.ValidTeam(), 3, B.Plan(), B.Manager, B.Start));
        Assert.Equal(WorkflowError.PersonDaysTooFew, error.Error);
        Assert.Equal([3m, 4m], error.Arguments.Cast<decimal>());
        app.AssignTeam(b.Scheme, B.ValidTeam(), 4, B.Plan(), B.Manager, B.Start);
        Assert.Equal(ApplicationStatus.Planned, app.Status);
    }

    [Fact]
    public void Cec_5_2_1_the_leader_must_be_the_competent_inspector_a_member_holding_it_does_not_count()
    {
        var b = B.Cec();
        var app = b.Accepted();
        IReadOnlyList<TeamAssignment> team =
        [
            new(B.Person("组长", "u-l", "ghg-verifier-registration"), TeamRole.Leader),
            new(B.Person("组员", "u-m", "competent-inspector", "voluntary-product-certification-registration"), TeamRole.Member),
        ];
        var error = Assert.Throws<WorkflowException>(() => app.AssignTeam(b.Scheme, team, 2, B.Plan(), B.Manager, B.Start));
        Assert.Equal(WorkflowError.LeaderQualificationMissing, error.Error);
        Assert.Equal("leader", error.Path);
        Assert.Equal(ApplicationStatus.Accepted, app.Status);
        // The same two people with the roles the other way round satisfy the rule.
        app.AssignTeam(b.Scheme, [team[1] with { Role = TeamRole.Leader }, team[0] with { Role = TeamRole.Member }], 2, B.Plan(), B.Manager, B.Start);
        Assert.Equal(ApplicationStatus.Planned, app.Status);
    }

    [Fact]
    public void Every_problem_of_a_team_is_reported_at_once_each_with_its_field()
    {
        var b = B.Cec();
        var app = b.Accepted();
        var alone = B.Person("组长", "u-l", "voluntary-product-certification-registration");
        var error = Assert.Throws<WorkflowException>(() => app.AssignTeam(b.Scheme, [new(alone, TeamRole.Leader)], 1, B.Plan(), B.Manager, B.Start));
        // One inspector of two; the leader is no competent inspector; no GHG verifier; 1 person-day of 2.
        Assert.Equal(
            [("TeamTooSmall", "members"), ("LeaderQualificationMissing", "leader"), ("QualificationMissing", "members"), ("PersonDaysTooFew", "personDays")],
            error.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void A_team_is_re_planned_with_its_reason_until_the_inspection_starts()
    {
        var b = B.Cec();
        var app = b.Planned();
        var replacement = B.ValidTeam();
        Assert.Equal(WorkflowError.MissingField,
            Assert.Throws<WorkflowException>(() => app.ReplanTeam(b.Scheme, replacement, 2, B.Plan(), " ", B.Manager, B.Start)).Error);
        app.ReplanTeam(b.Scheme, replacement, 3, B.Plan(), "组员生病", B.Manager, B.Start.AddDays(3));
        Assert.Equal(ApplicationStatus.Planned, app.Status);
        Assert.Equal(3m, app.PersonDays);
        var record = app.Transitions[^1];
        Assert.Equal(WorkflowTrigger.ReplanTeam, record.Trigger);
        Assert.StartsWith("组员生病 (was: 组长, 组员)", record.Note);

        app.CompleteDocumentReview(b.Scheme, DocumentReviewConclusion.Ready, null, B.Leader, B.Start.AddDays(4));
        app.ReplanTeam(b.Scheme, B.ValidTeam(), 2, B.Plan(), "改期", B.Manager, B.Start.AddDays(5));
        app.StartInspection(b.Scheme, B.Leader, B.Start.AddDays(10));
        var stamp = app.ConcurrencyStamp;
        var late = Assert.Throws<WorkflowException>(() => app.ReplanTeam(b.Scheme, B.ValidTeam(), 2, B.Plan(), "太晚", B.Manager, B.Start.AddDays(11)));
        Assert.Equal(WorkflowError.IllegalTransition, late.Error);
        Assert.Equal(stamp, app.ConcurrencyStamp);
    }

    [Fact]
    public void A_team_needs_exactly_one_leader()
    {
        var b = B.Cec();
        var app = b.Accepted();
        var team = B.ValidTeam().Select(m => m with { Role = TeamRole.Member }).ToList();
        Assert.Equal(WorkflowError.TeamLeaderMissing,
            Assert.Throws<WorkflowException>(() => app.AssignTeam(b.Scheme, team, 2, B.Plan(), B.Manager, B.Start)).Error);
    }

    [Fact]
    public void Pcec_7_4_rectification_deadline_is_two_months_and_two_rejected_submissions_fail_the_inspection()
    {
        var b = B.Pcec();
        var app = b.Inspecting();
        var raisedAt = new DateTimeOffset(2025, 3, 13, 15, 0, 0, TimeSpan.FromHours(8));
        var nc = app.RaiseNonconformity(b.Scheme, "4", "能源计量器具未校准", null, raisedAt);
        Assert.Equal(new DateOnly(2025, 5, 13), nc.Deadline); // 2025-03-13 + 2 months

        app.SubmitRectification(b.Scheme, 1, "补充校准证书", [], raisedAt.AddDays(5));
        app.JudgeRectification(b.Scheme, 1, false, "证书过期", B.Leader, raisedAt.AddDays(6));
        Assert.Equal(NonconformityStatus.Open, app.Nonconformities[0].Status);
        Assert.Equal(ApplicationStatus.Inspecting, app.Status);

        app.SubmitRectification(b.Scheme, 1, "新的校准证书", [], raisedAt.AddDays(10));
        app.JudgeRectification(b.Scheme, 1, false, "仍未覆盖全部计量器具", B.Leader, raisedAt.AddDays(11));
        Assert.Equal(NonconformityStatus.Failed, app.Nonconformities[0].Status);
        Assert.Equal(ApplicationStatus.InspectionFailed, app.Status);

        var third = Assert.Throws<WorkflowException>(() => app.SubmitRectification(b.Scheme, 1, "第三次", [], raisedAt.AddDays(12)));
        Assert.Equal(WorkflowError.IllegalTransition, third.Error);
    }

    [Fact]
    public void Pcec_7_4_a_third_submission_is_refused_even_while_the_second_is_pending()
    {
        var b = B.Pcec();
        var app = b.Inspecting();
        app.RaiseNonconformity(b.Scheme, "4", "能源计量器具未校准", null, B.Start.AddDays(10));
        app.SubmitRectification(b.Scheme, 1, "第一次", [], B.Start.AddDays(11));
        app.JudgeRectification(b.Scheme, 1, false, "不充分", B.Leader, B.Start.AddDays(12));
        app.SubmitRectification(b.Scheme, 1, "第二次", [], B.Start.AddDays(13));
        app.JudgeRectification(b.Scheme, 1, true, "已关闭", B.Leader, B.Start.AddDays(14));
        Assert.Equal(NonconformityStatus.Closed, app.Nonconformities[0].Status);
        Assert.Equal(2, app.Nonconformities[0].Submissions.Count);
    }

    [Fact]
    public void Pcec_7_4_a_missed_deadline_fails_the_inspection()
    {
        var b = B.Pcec();
        var app = b.Inspecting();
        var raisedAt = new DateTimeOffset(2025, 3, 13, 15, 0, 0, TimeSpan.FromHours(8));
        app.RaiseNonconformity(b.Scheme, "4", "能源计量器具未校准", null, raisedAt);
        var late = new DateTimeOffset(2025, 5, 14, 9, 0, 0, TimeSpan.FromHours(8)); // the day after 2025-05-13
        Assert.Equal(WorkflowError.RectificationDeadlinePassed,
            Assert.Throws<WorkflowException>(() => app.SubmitRectification(b.Scheme, 1, "迟交", [], late)).Error);
        Assert.True(app.ExpireOverdueRectifications(b.Scheme, new Actor("system", "系统"), late));
        Assert.Equal(ApplicationStatus.InspectionFailed, app.Status);
    }

    [Fact]
    public void Cec_initial_inspection_sets_no_rectification_period_so_the_team_must_give_a_deadline()
    {
        var b = B.Cec();
        var app = b.Inspecting();
        Assert.Equal(WorkflowError.MissingField,
            Assert.Throws<WorkflowException>(() => app.RaiseNonconformity(b.Scheme, "4", "x", null, B.Start.AddDays(10))).Error);
        var nc = app.RaiseNonconformity(b.Scheme, "4", "x", new DateOnly(2025, 4, 30), B.Start.AddDays(10));
        Assert.Equal(new DateOnly(2025, 4, 30), nc.Deadline);
        Assert.Null(b.Scheme.Parameters.MaxRectificationSubmissions.Value);
    }

    [Fact]
    public void An_inspection_with_an_open_nonconformity_cannot_pass()
    {
        var b = B.Pcec();
        var app = b.InspectionReadyToPass();
        app.RaiseNonconformity(b.Scheme, "4", "x", null, B.Start.AddDays(10));
        Assert.Equal(WorkflowError.NonconformityOpen,
            Assert.Throws<WorkflowException>(() => app.PassInspection(b.Scheme, B.Conclusion(), B.Leader, B.Start.AddDays(12))).Error);
    }

    [Fact]
    public void Cec_5_6_the_inspection_conclusion_needs_the_footprint_verification()
    {
        var b = B.Cec();
        var app = b.Inspecting();
        foreach (var clause in b.Scheme.FactoryAssuranceChecklist.Clauses)
        {
            app.RecordChecklist(b.Scheme, new ChecklistResult(clause.Id, ChecklistVerdict.Conforming, null));
        }
        app.RecordConsistencyCheck(b.Scheme, new ConsistencyCheck(0, "随机抽样 1 件", true, null));
        Assert.Equal(WorkflowError.VerificationMissing,
            Assert.Throws<WorkflowException>(() => app.PassInspection(b.Scheme, B.Conclusion(), B.Leader, B.Start.AddDays(12))).Error);
    }

    [Fact]
    public void An_open_major_finding_blocks_the_verified_value_until_closed()
    {
        var b = B.Pcec();
        var app = b.InspectionReadyToPass();
        app.PassInspection(b.Scheme, B.Conclusion(), B.Leader, B.Start.AddDays(12));
        var v1 = app.AttachModel(b.Scheme, Guid.NewGuid(), new string('c', 64), 14.0, "1 piece", B.Leader, B.Start.AddDays(13));
        foreach (var item in b.Scheme.Verification.Items)
        {
            app.RecordVerificationItem(b.Scheme, new VerificationItemResult(item.Key, true, null));
        }
        app.RaiseFinding(b.Scheme, v1.Version, "/processes/0/inputs/1", FindingClass.Major, "电网因子年份错误", "使用 2023 年全国电力碳足迹因子",
            p => p == "/processes/0/inputs/1");
        Assert.Equal(WorkflowError.NonconformityOpen,
            Assert.Throws<WorkflowException>(() => app.RecordVerifiedValue(b.Scheme, v1.Version, B.Leader, B.Start.AddDays(14), [])).Error);
        app.RespondToFinding(1, "已更正为 0.6205");
        var v2 = app.AttachModel(b.Scheme, Guid.NewGuid(), new string('d', 64), 13.2, "1 piece", B.Leader, B.Start.AddDays(15));
        app.CloseFinding(1, "v2 使用正确因子");
        app.RecordVerifiedValue(b.Scheme, v2.Version, B.Leader, B.Start.AddDays(16), []);
        Assert.Equal(13.2, app.VerifiedValue!.KgCO2e);
        Assert.Equal(ApplicationStatus.AwaitingReview, app.Status);
    }

    [Fact]
    public void Cec_5_4_3_2_c_a_model_failing_the_cut_off_limit_cannot_become_the_verified_value()
    {
        var b = B.Cec();
        var app = b.Inspecting();
        var failing = app.AttachModel(b.Scheme, Guid.NewGuid(), new string('e', 64), 1.2, "1 piece", B.Leader, B.Start.AddDays(11), cutOffPassed: false);
        foreach (var item in b.Scheme.Verification.Items)
        {
            app.RecordVerificationItem(b.Scheme, new VerificationItemResult(item.Key, true, null));
        }
        var error = Assert.Throws<WorkflowException>(() => app.RecordVerifiedValue(b.Scheme, failing.Version, B.Leader, B.Start.AddDays(12), []));
        Assert.Equal(WorkflowError.CutOffExceeded, error.Error);
        Assert.Equal("modelVersion", error.Path);
        Assert.Null(app.VerifiedValue);
        var passing = app.AttachModel(b.Scheme, Guid.NewGuid(), new string('f', 64), 1.3, "1 piece", B.Leader, B.Start.AddDays(12), cutOffPassed: true);
        app.RecordVerifiedValue(b.Scheme, passing.Version, B.Leader, B.Start.AddDays(13), []);
        Assert.Equal(1.3, app.VerifiedValue!.KgCO2e);
    }

    [Fact]
    public void A_finding_points_at_an_existing_line_a_closed_one_stays_closed_and_all_freeze_with_the_decision()
    {
        var b = B.Cec();
        var app = b.Inspecting();
        var v1 = app.AttachModel(b.Scheme, Guid.NewGuid(), new string('c', 64), 14.0, "1 piece", B.Leader, B.Start.AddDays(11));
        var missing = Assert.Throws<WorkflowException>(() =>
            app.RaiseFinding(b.Scheme, v1.Version, "/processes/9/inputs/0", FindingClass.Minor, "无此行", "x", p => p == "/processes/0/inputs/1"));
        Assert.Equal(WorkflowError.NoSuchModelLine, missing.Error);
        Assert.Equal("path", missing.Path);
        Assert.Empty(app.Findings);
        app.RaiseFinding(b.Scheme, v1.Version, "/processes/0/inputs/1", FindingClass.Observation, "说明来源", "补充来源", p => p == "/processes/0/inputs/1");
        app.CloseFinding(1, "已补充");
        Assert.Equal(WorkflowError.IllegalTransition, Assert.Throws<WorkflowException>(() => app.CloseFinding(1, "再次关闭")).Error);
        Assert.Equal(WorkflowError.IllegalTransition, Assert.Throws<WorkflowException>(() => app.RespondToFinding(1, "再回复")).Error);
        app.RaiseFinding(b.Scheme, v1.Version, "/processes/0/inputs/1", FindingClass.Observation, "第二条", "x", p => p == "/processes/0/inputs/1");

        var decided = b.AwaitingDecision();
        decided.Decide(b.Scheme, B.DecisionMaker, true, null, B.Start.AddDays(25));
        Assert.Equal(WorkflowError.FindingsFrozen, Assert.Throws<WorkflowException>(() => decided.RespondToFinding(1, "决定后")).Error);
    }

    [Fact]
    public void A_reviewer_or_decision_maker_who_was_on_the_team_is_refused()
    {
        // PCEC 7.6 asks for a reviewer who took no part in the evaluation (decision.reviewerMustBeIndependent).
        var b = B.Pcec();
        var app = b.ReadyForReview();
        Assert.Equal(WorkflowError.NotIndependent,
            Assert.Throws<WorkflowException>(() => app.Recommend(b.Scheme, B.Leader, true, "x", B.Start.AddDays(20))).Error);
        app.Recommend(b.Scheme, B.Reviewer, true, "符合", B.Start.AddDays(20));
        Assert.Equal(WorkflowError.NotIndependent,
            Assert.Throws<WorkflowException>(() => app.Decide(b.Scheme, new Actor("u-member", "组员"), true, null, B.Start.AddDays(21))).Error);
        Assert.Equal(WorkflowError.NotIndependent,
            Assert.Throws<WorkflowException>(() => app.Decide(b.Scheme, B.Reviewer, true, null, B.Start.AddDays(21))).Error);
        Assert.Equal(ApplicationStatus.AwaitingDecision, app.Status);
    }

    [Fact]
    public void Cec_5_7_approval_sets_the_30_day_certificate_deadline()
    {
        // No nonconformity: the requirements were met when the inspection passed on 2025-03-15 (Start + 12 days)
        // → certificate due 2025-04-14 (CEC 5.7.2), although the decision came on 2025-03-24.
        var b = B.Cec();
        var app = b.AwaitingDecision();
        app.Decide(b.Scheme, B.DecisionMaker, true, null, B.Start.AddDays(21));
        Assert.Equal(ApplicationStatus.Approved, app.Status);
        Assert.Equal(new DateOnly(2025, 4, 14), app.Decision!.CertificateDueOn);
        Assert.Null(app.Decision.TerminationNoticeDueOn);
    }

    [Fact]
    public void Cec_refusal_records_reasons_and_the_30_day_termination_notice_and_pcec_sets_none()
    {
        var cec = B.Cec();
        var app = cec.AwaitingDecision();
        Assert.Equal(WorkflowError.MissingField,
            Assert.Throws<WorkflowException>(() => app.Decide(cec.Scheme, B.DecisionMaker, false, " ", B.Start.AddDays(21))).Error);
        app.Decide(cec.Scheme, B.DecisionMaker, false, "核查数据不完整", B.Start.AddDays(21));
        // CEC 5.7.3 counts from the end of the inspection (2025-03-15), not from the decision.
        Assert.Equal(new DateOnly(2025, 4, 14), app.Decision!.TerminationNoticeDueOn);

        var pcec = B.Pcec();
        var other = pcec.AwaitingDecision();
        other.Decide(pcec.Scheme, B.DecisionMaker, false, "不符合", B.Start.AddDays(21));
        Assert.Null(other.Decision!.TerminationNoticeDueOn);
    }
}
