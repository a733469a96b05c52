using PcfCert.Certification.Personnel;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;

namespace PcfCert.Certification.Tests.Workflow;

/// <summary>Builds applications in any status, valid by default; a test overrides only what it checks.</summary>
internal sealed class ApplicationBuilder(SchemeDefinition scheme)
{
    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8)); // a Monday
    public static readonly Guid Organisation = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Actor ApplicantUser = new("u-applicant", "申请人");
    public static readonly Actor Manager = new("u-manager", "管理人员");
    public static readonly Actor Leader = new("u-leader", "组长");
    public static readonly Actor Reviewer = new("u-reviewer", "复核人员");
    public static readonly Actor DecisionMaker = new("u-decision", "决定人员");

    private readonly List<CertificationUnit> _units = [];

    public SchemeDefinition Scheme => scheme;

    /// <summary>CEC annex 1 三: the factory's enterprise nature, industry and size.</summary>
    public static readonly FactoryProfile Profile = new(PcfCert.Certification.Organisations.EnterpriseNature.Private, "电子元器件制造", true);

    public static ApplicationBuilder Cec() => new(Tests.Schemes.RealSchemes.Cec);

    public static ApplicationBuilder Pcec() => new(Tests.Schemes.RealSchemes.Pcec);

    public ApplicationBuilder WithUnit(string model, string site)
    {
        _units.Add(Unit(model, site));
        return this;
    }

    public CertificationUnit Unit(string model = "CBB65 450V 30uF", string site = "江苏省苏州市星湖街 100 号") =>
        new(scheme.Products.First().Key, scheme.Products.First().Name.Zh, model, "CTS PCEC 标准", site, "1 件");

    public CertificationApplication Draft()
    {
        var party = new PartyDetails("苏州示例电子元件有限公司", "91320594MA1N2K3P4Y", "江苏省苏州市");
        var app = CertificationApplication.StartDraft(Guid.NewGuid(), "A-TEST", scheme, Organisation, party, Start);
        app.UpdateForm(scheme, party, party, party, null, _units.Count > 0 ? _units : [Unit()], Profile);
        return app;
    }

    public CertificationApplication WithAllDocuments()
    {
        var app = Draft();
        foreach (var doc in app.DocumentsFor(scheme).Where(app.IsRequired))
        {
            app.AttachDocument(scheme, new DocumentUpload(doc.Key, Guid.NewGuid(), doc.Key + ".pdf", new string('a', 64), 1000, Start));
        }
        return app;
    }

    public CertificationApplication Submitted()
    {
        var app = WithAllDocuments();
        app.Submit(scheme, ApplicantUser, Start, Declared());
        return app;
    }

    public CertificationApplication Accepted()
    {
        var app = Submitted();
        app.Accept(scheme, new DateOnly(2025, 3, 4), Reviewed(), Manager, Start.AddDays(1));
        return app;
    }

    public CertificationApplication Planned()
    {
        var app = Accepted();
        app.AssignTeam(scheme, ValidTeam(), 2m * Math.Max(1, app.ProductionSites.Count), Plan(), Manager, Start.AddDays(2));
        return app;
    }

    public CertificationApplication Inspecting()
    {
        var app = Planned();
        if (scheme.FindStep(ProcedureStepKeys.DocumentReview) is not null)
        {
            app.CompleteDocumentReview(scheme, DocumentReviewConclusion.Ready, null, Leader, Start.AddDays(3));
        }
        app.StartInspection(scheme, Leader, Start.AddDays(10));
        return app;
    }

    /// <summary>Everything recorded for a passing inspection (and, for CEC, the verification within it).</summary>
    public CertificationApplication InspectionReadyToPass()
    {
        var app = Inspecting();
        foreach (var clause in scheme.FactoryAssuranceChecklist.Clauses)
        {
            app.RecordChecklist(scheme, new ChecklistResult(clause.Id, ChecklistVerdict.Conforming, "现场查看记录"));
        }
        app.RecordConsistencyCheck(scheme, new ConsistencyCheck(0, "批号 2503-01 随机抽取 1 件", true, null));
        if (scheme.FindStep(ProcedureStepKeys.PcfVerification) is null)
        {
            Verify(app);
        }
        return app;
    }

    public CertificationApplication AwaitingReview()
    {
        var app = InspectionReadyToPass();
        app.PassInspection(scheme, Conclusion(), Leader, Start.AddDays(12));
        if (app.Status == ApplicationStatus.Verifying)
        {
            Verify(app);
        }
        return app;
    }

    /// <summary>Every declaration the scheme asks of the applicant (CEC 5.1.1, PCEC 7.1, 7.2 (3)).</summary>
    public IReadOnlyCollection<string> Declared() => scheme.ApplicationReview.Declarations.Select(d => d.Key).ToList();

    /// <summary>The acceptance review complete: items satisfied, credit system checked on 2025-03-04, undertakings given.</summary>
    public AcceptanceReviewInput Reviewed() =>
        new(scheme.ApplicationReview.AtAcceptance, new Dictionary<string, string>(), new DateOnly(2025, 3, 4), "公示系统查询 2025-03-04 截图存档",
            [], scheme.ApplicationReview.Undertakings.Select(u => u.Key).ToList());

    /// <summary>Inspection (and verification) concluded and, where the scheme asks for it, the team's evaluation report issued.</summary>
    public CertificationApplication ReadyForReview()
    {
        var app = AwaitingReview();
        if (app.Status == ApplicationStatus.AwaitingEvaluationReport)
        {
            app.IssueEvaluationReport(scheme, Leader, "文件评审符合要求", "现场检查通过；核查值 12.5 kg CO2e/件", "符合认证要求", Start.AddDays(14));
        }
        return app;
    }

    public CertificationApplication AwaitingDecision()
    {
        var app = ReadyForReview();
        app.Recommend(scheme, Reviewer, true, "符合要求", Start.AddDays(20));
        return app;
    }

    public void Verify(CertificationApplication app)
    {
        var version = app.AttachModel(scheme, Guid.NewGuid(), new string('b', 64), 12.5, "1 piece", Leader, Start.AddDays(11));
        foreach (var item in scheme.Verification.Items)
        {
            app.RecordVerificationItem(scheme, new VerificationItemResult(item.Key, true, null));
        }
        app.RecordVerifiedValue(scheme, version.Version, Leader, Start.AddDays(13), []);
    }

    // PCEC 7.4.1 "现场检查时，工厂应正常生产": the team recorded normal production (CEC sets no condition; ignored there).
    public static InspectionConclusion Conclusion() => new("目的、依据和范围", "委托人基本情况", "符合，无不符合项", "推荐认证；核查值 12.5 kg CO2e/件",
        [new InspectionCondition("normal-production", true, "两条生产线在产")]);

    public static InspectionPlan Plan() => new("初次认证现场检查", "认证实施规则", "全部认证单元", new DateOnly(2025, 3, 13), new DateOnly(2025, 3, 14));

    public static RegisteredPerson Person(string name, string userId, params string[] qualifications) =>
        RegisteredPerson.Register(Guid.NewGuid(), name, userId, ["Inspector"],
            qualifications.Select(q => new Qualification(q, "REG-" + q, new DateOnly(2027, 12, 31))).ToList(), AllProductAreas);

    /// <summary>Every product field of the two seed schemes, so a builder person is competent for any unit.</summary>
    public static readonly IReadOnlyList<string> AllProductAreas = ["electronic-components", "PV06", "PV11", "PV13", "PV16"];

    /// <summary>CEC 5.2.1: two inspectors, a competent leader, a GHG verifier, a voluntary-product inspector.</summary>
    public static IReadOnlyList<TeamAssignment> ValidTeam() =>
    [
        new(Person("组长", Leader.UserId, "competent-inspector", "voluntary-product-certification-registration"), TeamRole.Leader),
        new(Person("组员", "u-member", "ghg-verifier-registration"), TeamRole.Member),
    ];
}
