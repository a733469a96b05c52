using System.Globalization;
using PcfCert.Certification.Personnel;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Footprint;
using PcfCert.Footprint.Documents;
using PcfCert.Infrastructure.Files;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Applications.Actions;

namespace PcfCert.Web.Hosting;

/// <summary>The people who take an application through its procedure: the team, the reviewer and the decision maker.</summary>
/// <param name="Team">Members with their roles; the leader is the one who acts for the team.</param>
/// <param name="Reviewer">Technical reviewer (not on the team).</param>
/// <param name="DecisionMaker">Decision maker (neither on the team nor the reviewer).</param>
public sealed record ProcedurePeople(IReadOnlyList<TeamAssignment> Team, Actor Reviewer, Actor DecisionMaker);

/// <summary>
/// Takes an application through every step of its scheme's procedure to an approved decision, with the domain's own
/// rules (documents, team, checklist, verification of a real model, independent review and decision). Used by the demo
/// data so that its certificate is issued from a decision like any other, and by tests that need an approved
/// application without driving the whole procedure through the web.
/// </summary>
public static class ApprovedApplication
{
    /// <summary>A one-process model whose footprint is exactly <paramref name="kgCO2e"/> per piece (one input of one factor).</summary>
    public static string Model(double kgCO2e, string boundary = "cradle-to-gate") =>
        $$"""
        {
          "format": "pcfcert.model/1",
          "product": { "name": "product", "declaredUnit": { "amount": 1, "unit": "piece" }, "massKg": 0.12 },
          "gwp": "AR6", "boundary": "{{boundary}}", "referenceProcess": "assembly",
          "factors": [ { "id": "grid", "unit": "kWh", "kgCO2e": {{kgCO2e.ToString("R", CultureInfo.InvariantCulture)}}, "source": "illustrative factor" } ],
          "processes": [ { "id": "assembly", "name": "assembly", "stage": "production", "output": { "amount": 1, "unit": "piece" },
            "inputs": [ { "factor": "grid", "amount": 1, "unit": "kWh" } ] } ]
        }
        """;

    /// <summary>Adds the application, its documents and its verified model to <paramref name="db"/> (not saved).</summary>
    public static CertificationApplication Create(PcfCertDbContext db, SchemeDefinition scheme, Guid id, string number, Guid organisationId,
        PartyDetails party, CertificationUnit unit, string modelJson, ProcedurePeople people, DateTimeOffset at)
    {
        at = at.ToUniversalTime(); // PostgreSQL stores instants in UTC only
        var application = Inspecting(db, scheme, id, number, organisationId, party, unit, people.Team, at);
        var leader = people.Team.Single(m => m.Role == TeamRole.Leader).Person;
        var lead = new Actor(leader.UserId ?? leader.Id.ToString(), leader.Name);
        foreach (var clause in scheme.FactoryAssuranceChecklist.Clauses)
        {
            application.RecordChecklist(scheme, new ChecklistResult(clause.Id, ChecklistVerdict.Conforming, "现场查看记录"));
        }
        application.RecordConsistencyCheck(scheme, new ConsistencyCheck(0, "随机抽取 1 件", true, null));
        var verifyInInspection = scheme.FindStep(ProcedureStepKeys.PcfVerification) is null;
        if (verifyInInspection)
        {
            Verify(db, scheme, application, modelJson, lead, at);
        }
        // The scheme's on-site conditions (PCEC 7.4.1 normal production) recorded as held.
        var conditions = scheme.OnSiteInspectionConditions.Select(k => new InspectionCondition(k.Key, true, "Production lines running during the inspection")).ToList();
        application.PassInspection(scheme, new InspectionConclusion("初次认证；依据认证实施规则；全部认证单元", party.Name, "符合要求，无不符合项", "推荐认证", conditions), lead, at);
        if (!verifyInInspection)
        {
            Verify(db, scheme, application, modelJson, lead, at);
        }
        if (application.Status == ApplicationStatus.AwaitingEvaluationReport)
        {
            application.IssueEvaluationReport(scheme, lead, "文件评审符合要求", "现场检查通过，碳足迹核查完成", "综合评价符合认证要求，推荐认证", at);
        }
        application.Recommend(scheme, people.Reviewer, true, "文件评审、现场检查和核查结果符合要求", at);
        application.Decide(scheme, people.DecisionMaker, true, null, at);
        return application;
    }

    /// <summary>
    /// Adds an application with its documents to <paramref name="db"/> (not saved), submitted and accepted: the
    /// certification manager's planning (team assignment) comes next.
    /// </summary>
    public static CertificationApplication Accepted(PcfCertDbContext db, SchemeDefinition scheme, Guid id, string number, Guid organisationId,
        PartyDetails party, CertificationUnit unit, DateTimeOffset at)
    {
        at = at.ToUniversalTime();
        var application = CertificationApplication.StartDraft(id, number, scheme, organisationId, party, at);
        application.UpdateForm(scheme, party, party, party, null, [unit], new FactoryProfile(Certification.Organisations.EnterpriseNature.Private, "电子元器件制造", true));
        var applicant = new Actor("demo-applicant", party.Name);
        foreach (var doc in application.DocumentsFor(scheme).Where(application.IsRequired))
        {
            var file = FileStore.Create("%PDF-1.4\n% demo document\n"u8.ToArray(), "application/pdf", doc.Key + ".pdf", organisationId, applicant.UserId, at);
            db.Files.Add(file);
            application.AttachDocument(scheme, new DocumentUpload(doc.Key, file.Id, file.FileName, file.Sha256, file.Size, at));
        }
        application.Submit(scheme, applicant, at, scheme.ApplicationReview.Declarations.Select(d => d.Key).ToList());
        application.Accept(scheme, Today(at), Reviewed(scheme, Today(at)), Manager, at);
        db.Applications.Add(application);
        return application;
    }

    /// <summary>
    /// Adds an application to <paramref name="db"/> (not saved) accepted, planned with <paramref name="team"/>, its
    /// document review done and its on-site inspection started: the team's checklist and verification come next.
    /// </summary>
    public static CertificationApplication Inspecting(PcfCertDbContext db, SchemeDefinition scheme, Guid id, string number, Guid organisationId,
        PartyDetails party, CertificationUnit unit, IReadOnlyList<TeamAssignment> team, DateTimeOffset at)
    {
        at = at.ToUniversalTime();
        var application = Accepted(db, scheme, id, number, organisationId, party, unit, at);
        var leader = team.Single(m => m.Role == TeamRole.Leader).Person;
        var lead = new Actor(leader.UserId ?? leader.Id.ToString(), leader.Name);
        var today = Today(at);
        var plan = new InspectionPlan("初次认证现场检查", "认证实施规则", "全部认证单元", today, today.AddDays(1));
        var rule = scheme.TeamRules.PersonDays;
        application.AssignTeam(scheme, team, rule.Minimum * Math.Max(1, application.ProductionSites.Count), plan, Manager, at);
        if (scheme.FindStep(ProcedureStepKeys.DocumentReview) is not null)
        {
            application.CompleteDocumentReview(scheme, DocumentReviewConclusion.Ready, null, lead, at);
        }
        application.StartInspection(scheme, lead, at);
        return application;
    }

    private static readonly Actor Manager = new("demo-manager", "certification manager");

    private static DateOnly Today(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>The body's acceptance review of the demo: every item satisfied, the credit system checked that day, undertakings confirmed.</summary>
    public static AcceptanceReviewInput Reviewed(SchemeDefinition scheme, DateOnly on) =>
        new(scheme.ApplicationReview.AtAcceptance, new Dictionary<string, string>(), on, "全国企业信用信息公示系统查询记录（演示）", [],
            scheme.ApplicationReview.Undertakings.Select(u => u.Key).ToList());

    private static void Verify(PcfCertDbContext db, SchemeDefinition scheme, CertificationApplication application, string modelJson, Actor lead, DateTimeOffset at)
    {
        var parsed = ModelDocument.Parse(modelJson);
        var cutOff = (double?)scheme.Parameters.CutOffMassShareMax.Value ?? CalculationOptions.Default.CutOffLimitShare;
        var result = FootprintCalculator.Calculate(parsed.Value!, CalculationOptions.Default with { CutOffLimitShare = cutOff }).Value!;
        var record = new FootprintModelRecord
        {
            Id = Guid.NewGuid(), ApplicationId = application.Id, Version = application.ModelVersions.Count + 1, ModelJson = modelJson,
            ResultJson = ResultDocument.Write(result), InputSha256 = result.InputSha256, CreatedAt = at,
        };
        db.FootprintModels.Add(record);
        var unit = $"{result.DeclaredUnit.Amount.ToString(CultureInfo.InvariantCulture)} {result.DeclaredUnit.Unit}";
        var version = application.AttachModel(scheme, record.Id, result.InputSha256, result.TotalKgCO2e, unit, lead, at);
        foreach (var item in scheme.Verification.Items)
        {
            application.RecordVerificationItem(scheme, new VerificationItemResult(item.Key, true, null));
        }
        application.RecordVerifiedValue(scheme, version.Version, lead, at, []);
    }
}
