using PcfCert.Certification.Rules;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;

namespace PcfCert.Certification.Certificates;

public sealed partial class Surveillance
{
    /// <summary>The surveillance team (same composition rules as the initial inspection, <see cref="InspectionTeamRules"/>).</summary>
    public IReadOnlyList<TeamMember> Team { get; private set; } = [];

    /// <summary>Planned person-days.</summary>
    public decimal PersonDays { get; private set; }

    /// <summary>The surveillance inspection plan (purpose, basis, scope, dates).</summary>
    public InspectionPlan? Plan { get; private set; }

    /// <summary>Factory-assurance checklist verdicts, one per clause of the scheme's checklist.</summary>
    public IReadOnlyList<ChecklistResult> Checklist { get; private set; } = [];

    /// <summary>Product-consistency check of the certified product.</summary>
    public IReadOnlyList<ConsistencyCheck> ConsistencyChecks { get; private set; } = [];

    /// <summary>Footprint models of the surveillance period computed by the engine, oldest first.</summary>
    public IReadOnlyList<ModelVersion> ModelVersions { get; private set; } = [];

    /// <summary>The footprint verified at this surveillance (one of <see cref="ModelVersions"/>).</summary>
    public VerifiedFootprint? VerifiedValue { get; private set; }

    /// <summary>The surveillance inspection report's conclusion (CEC 5.6 a–d, as the initial inspection's).</summary>
    public InspectionConclusion? Report { get; private set; }

    /// <summary>产品信息变化情况 the holder or the team recorded for this surveillance (CEC annex 1 五 "监督…时填写").</summary>
    public ProductChangeInformation? ProductChanges { get; private set; }

    /// <summary>
    /// Records what changed since the certificate (CEC annex 1 五, asked at surveillance): the certificate under
    /// surveillance is the existing certificate (one unit), whether site or production process changed and what. Only
    /// where the scheme's form asks for it, until the surveillance is concluded; every missing answer at once.
    /// </summary>
    /// <param name="scheme">The certificate's scheme.</param>
    /// <param name="certificateNumber">The certificate's current number.</param>
    /// <param name="siteOrProcessChanged">地址及生产过程 有变化 / 无变化.</param>
    /// <param name="changes">具体变化内容.</param>
    public void RecordProductChanges(SchemeDefinition scheme, string certificateNumber, bool? siteOrProcessChanged, string? changes)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentException.ThrowIfNullOrWhiteSpace(certificateNumber);
        if (scheme.ApplicationReview.ProductChanges is null || Status == SurveillanceStatus.Completed)
        {
            throw new CertificateDomainException(CertificateError.IllegalSurveillanceMove, "Product changes are not asked now.");
        }
        var info = new ProductChangeInformation(ApplicationPurpose.Surveillance, [certificateNumber], siteOrProcessChanged,
            string.IsNullOrWhiteSpace(changes) ? null : changes.Trim());
        var missing = info.Missing("productChanges").Select(f => WorkflowException.Problem(WorkflowError.MissingField, f, f)).ToList();
        if (missing.Count > 0)
        {
            throw new SurveillanceInspectionException(missing);
        }
        ProductChanges = info;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>CEC 6.2 a): the footprint of the previous year compared against (the certified value, or the previous surveillance's).</summary>
    public decimal? PreviousFootprintValue { get; private set; }

    /// <summary>CEC 6.2 b): the reduction target set for this year, as a share of the previous year's footprint (0.03 = 3 %).</summary>
    public decimal? ReductionTarget { get; private set; }

    /// <summary>The reduction target the holder sets for the coming year (share), read by the next surveillance.</summary>
    public decimal? NextReductionTarget { get; private set; }

    /// <summary>Change of the footprint against <see cref="PreviousFootprintValue"/> (0.05 = +5 %, -0.04 = 4 % lower).</summary>
    public decimal? FootprintChange => FootprintValue is { } now && PreviousFootprintValue is { } before && before > 0
        ? Math.Round((now - before) / before, 4) : null;

    /// <summary>The moves legal now (what a page offers).</summary>
    public IReadOnlyList<SurveillanceTrigger> Allowed => RequestLifecycles.Surveillance.Allowed(Status);

    /// <summary>
    /// Whether the change reaches the footprint-increase threshold of CEC annex 3 §10.1 / PCEC annex 1 §11.1 for a
    /// planned (5 %) or unplanned (10 %) change: "以上" includes the number itself.
    /// </summary>
    /// <param name="rules">The scheme's rules.</param>
    /// <param name="change">Planned or unplanned (none counts as unplanned).</param>
    /// <returns>True when the increase is at or above the threshold.</returns>
    public bool ReachesIncreaseThreshold(CertificateRules rules, FootprintChange change)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var threshold = change == Certificates.FootprintChange.Planned ? rules.PlannedIncreaseThreshold : rules.UnplannedIncreaseThreshold;
        return FootprintChange is { } c && c >= threshold;
    }

    /// <summary>
    /// Assigns (or, before the inspection starts, re-plans) the team under the initial inspection's rules
    /// (<see cref="InspectionTeamRules.Check"/>): leader's and inspectors' qualifications, product areas, conflicts of interest.
    /// </summary>
    /// <param name="scheme">The certificate's scheme.</param>
    /// <param name="members">The people and their roles.</param>
    /// <param name="personDays">Planned person-days.</param>
    /// <param name="plan">The plan; its first day may not precede the opening.</param>
    /// <param name="context">The inspected organisation and products; the person-days the scheme asks for.</param>
    /// <param name="verificationProjects">Verification projects per register entry (CEC 5.2.2 table 1).</param>
    /// <exception cref="WorkflowException">Every team problem at once.</exception>
    public void AssignTeam(SchemeDefinition scheme, IReadOnlyList<TeamAssignment> members, decimal personDays, InspectionPlan plan, TeamContext context,
        IReadOnlyDictionary<Guid, int>? verificationProjects)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var next = RequestLifecycles.Surveillance.Next(Status, SurveillanceTrigger.AssignTeam);
        InspectionTeamRules.Check(scheme, members, personDays, plan, context, verificationProjects);
        if (plan.From < OpenedOn)
        {
            throw new CertificateDomainException(CertificateError.DateOutOfOrder, "plan.from", "The plan starts before the surveillance was opened.");
        }
        Team = members.Select(m => new TeamMember(m.Person.Id, m.Person.UserId, m.Person.Name, m.Role, m.Person.QualificationsValidOn(plan.From))).ToList();
        PersonDays = personDays;
        Plan = plan;
        Move(next);
    }

    /// <summary>Starts the on-site surveillance inspection.</summary>
    public void StartInspection() => Move(RequestLifecycles.Surveillance.Next(Status, SurveillanceTrigger.StartInspection));

    /// <summary>Records the verdicts of checklist clauses (the initial inspection's checklist, <see cref="InspectionChecklist.Merge"/>).</summary>
    /// <param name="scheme">The certificate's scheme.</param>
    /// <param name="results">The verdicts.</param>
    public void RecordChecklist(SchemeDefinition scheme, IReadOnlyList<ChecklistResult> results)
    {
        var next = RequestLifecycles.Surveillance.Next(Status, SurveillanceTrigger.Record);
        Checklist = InspectionChecklist.Merge(scheme, Checklist, results);
        Move(next);
    }

    /// <summary>Records the product-consistency check of the certified product (CEC 5.4.2, PCEC 7.4.1 (2)); unit index 0.</summary>
    /// <param name="check">The check.</param>
    public void RecordConsistencyCheck(ConsistencyCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var next = RequestLifecycles.Surveillance.Next(Status, SurveillanceTrigger.Record);
        if (check.UnitIndex != 0)
        {
            throw new WorkflowException(WorkflowError.UnknownItem, check.UnitIndex);
        }
        if (string.IsNullOrWhiteSpace(check.Sample))
        {
            throw new WorkflowException(WorkflowError.MissingField, "sample");
        }
        ConsistencyChecks = [check with { Sample = check.Sample.Trim() }];
        Move(next);
    }

    /// <summary>
    /// Raises a nonconformity against a checklist clause during the inspection; its deadline is the scheme's
    /// rectification period from the day found (CEC 6.3: 2 months).
    /// </summary>
    /// <param name="scheme">The certificate's scheme.</param>
    /// <param name="clauseId">The clause.</param>
    /// <param name="description">What was found.</param>
    /// <param name="foundOn">The day.</param>
    /// <param name="rules">The scheme's certificate rules.</param>
    /// <returns>The nonconformity.</returns>
    public SurveillanceNonconformity RaiseNonconformity(SchemeDefinition scheme, string clauseId, string description, DateOnly foundOn, CertificateRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var next = RequestLifecycles.Surveillance.Next(Status, SurveillanceTrigger.Record);
        InspectionChecklist.RequireClause(scheme, clauseId);
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new WorkflowException(WorkflowError.MissingField, "description");
        }
        if (foundOn < OpenedOn)
        {
            throw new CertificateDomainException(CertificateError.DateOutOfOrder, "foundOn", "Found before the surveillance was opened.");
        }
        var nc = new SurveillanceNonconformity(Guid.NewGuid(), clauseId, description.Trim(), foundOn, CertificateDates.RectifyBy(foundOn, rules));
        _nonconformities.Add(nc);
        Move(next);
        return nc;
    }

    /// <summary>Attaches a footprint model of the surveillance period, computed by the engine (the holder's updated inventory).</summary>
    /// <param name="recordId">The stored model document.</param>
    /// <param name="inputSha256">Hash of the canonical input.</param>
    /// <param name="totalKgCO2e">The engine's total per declared unit.</param>
    /// <param name="declaredUnit">The declared unit.</param>
    /// <param name="by">Who attached it.</param>
    /// <param name="at">When.</param>
    /// <param name="cutOffPassed">Whether the cut-off check passed the scheme's limit.</param>
    /// <returns>The version.</returns>
    public ModelVersion AttachModel(Guid recordId, string inputSha256, double totalKgCO2e, string declaredUnit, Actor by, DateTimeOffset at, bool cutOffPassed)
    {
        var next = RequestLifecycles.Surveillance.Next(Status, SurveillanceTrigger.Record);
        var version = new ModelVersion(ModelVersions.Count + 1, recordId, inputSha256, totalKgCO2e, declaredUnit, at, by, cutOffPassed);
        ModelVersions = [.. ModelVersions, version];
        Move(next);
        return version;
    }

    /// <summary>Records one attached model version as the footprint verified at this surveillance (PCEC 8.1 3) "同7.5").</summary>
    /// <param name="modelVersion">The version.</param>
    /// <param name="on">The day.</param>
    public void RecordVerifiedValue(int modelVersion, DateOnly on)
    {
        var next = RequestLifecycles.Surveillance.Next(Status, SurveillanceTrigger.Record);
        var version = ModelVersions.FirstOrDefault(v => v.Version == modelVersion)
            ?? throw new WorkflowException(WorkflowError.UnknownItem, modelVersion);
        if (!version.CutOffPassed)
        {
            throw new CertificateDomainException(CertificateError.CutOffFailed, "modelVersion", "The model fails the cut-off limit.");
        }
        VerifiedValue = new VerifiedFootprint(version.TotalKgCO2e, version.DeclaredUnit, version.Version, version.InputSha256, on);
        Move(next);
    }

    /// <summary>
    /// Concludes the surveillance inspection. A pass needs the whole inspection the scheme asks for
    /// (<see cref="SurveillanceParts"/>): every checklist clause judged, a nonconformity raised against every 不符合
    /// clause, the product consistent, the footprint verified and, where the scheme's focus items ask (CEC 6.2 b), the
    /// previous year's reduction target known. Every problem is reported at once and nothing changes. Open
    /// nonconformities stay tracked with their deadline (CEC 6.3). The year-on-year comparison (CEC 6.2 a) is computed
    /// from <paramref name="baseline"/> whenever a footprint was verified.
    /// </summary>
    /// <param name="passed">The verdict.</param>
    /// <param name="conclusion">The date, report number and report.</param>
    /// <param name="scheme">The certificate's scheme.</param>
    /// <param name="rules">The scheme's certificate rules.</param>
    /// <param name="earliestAllowed">The plan's first permitted day for a planned surveillance (PCEC 8.2); null when none.</param>
    /// <param name="baseline">The previous year's footprint and target.</param>
    public void Conclude(bool passed, SurveillanceConclusion conclusion, SchemeDefinition scheme, CertificateRules rules, DateOnly? earliestAllowed,
        SurveillanceBaseline baseline)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(baseline);
        var next = RequestLifecycles.Surveillance.Next(Status, passed ? SurveillanceTrigger.Pass : SurveillanceTrigger.Fail);
        if (conclusion.CarriedOutOn < OpenedOn || (!Unannounced && earliestAllowed is { } e && conclusion.CarriedOutOn < e))
        {
            throw new CertificateDomainException(CertificateError.DateOutOfOrder, "carriedOutOn", "The surveillance date is outside its permitted window.");
        }
        var problems = ReportProblems(conclusion, passed);
        // CEC annex 1 五: the product changes are asked at surveillance and kept with it, whatever the verdict.
        if (scheme.ApplicationReview.ProductChanges is not null && ProductChanges is null)
        {
            problems.Add(WorkflowException.Problem(WorkflowError.MissingField, "productChanges.siteOrProcessChanged", "productChanges.siteOrProcessChanged"));
        }
        var previousTarget = baseline.PreviousReductionTarget ?? conclusion.PreviousReductionTarget;
        if (passed)
        {
            var parts = SurveillanceParts.Of(scheme);
            // PCEC 8.1 repeats 7.4.1, whose "现场检查时，工厂应正常生产" holds for the surveillance inspection too.
            problems.AddRange(InspectionConditions.Problems(scheme, conclusion.Report));
            if (parts.FactoryAssurance)
            {
                problems.AddRange(InspectionChecklist.Unjudged(scheme, Checklist));
                problems.AddRange(InspectionChecklist.NonconformitiesNotRaised(Checklist, _nonconformities.Select(n => n.ClauseId)));
            }
            if (parts.ProductConsistency && (ConsistencyChecks.Count == 0 || ConsistencyChecks.Any(c => !c.Consistent)))
            {
                problems.Add(WorkflowException.Problem(WorkflowError.ChecklistIncomplete, "consistency", InspectionPart.ProductConsistency));
            }
            if (parts.FootprintVerification && VerifiedValue is null)
            {
                problems.Add(new DomainProblem(nameof(CertificateError.SurveillanceFootprintMissing), "verifiedValue"));
            }
            if (rules.SurveillanceRecordsYearOnYearReduction && previousTarget is null)
            {
                problems.Add(new DomainProblem(nameof(CertificateError.ReductionRecordRequired), "previousReductionTarget"));
            }
        }
        if (problems.Count > 0)
        {
            throw new SurveillanceInspectionException(problems);
        }
        CarriedOutOn = conclusion.CarriedOutOn;
        InspectionReference = conclusion.ReportNumber.Trim();
        Report = conclusion.Report;
        Passed = passed;
        NextReductionTarget = conclusion.NextReductionTarget;
        if (VerifiedValue is { } verified)
        {
            FootprintValue = Math.Round((decimal)verified.KgCO2e, 4);
            PreviousFootprintValue = Math.Round((decimal)baseline.PreviousKgCO2e, 4);
            FootprintBelowPreviousYear = FootprintValue < PreviousFootprintValue;
            ReductionTarget = previousTarget;
            ReductionTargetMet = previousTarget is { } target ? -FootprintChange >= target : null;
        }
        Move(next);
    }

    private static List<DomainProblem> ReportProblems(SurveillanceConclusion c, bool passed)
    {
        var problems = new List<DomainProblem>();
        void Need(string? value, string path)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new DomainProblem(nameof(CertificateError.SurveillanceReportIncomplete), path));
            }
        }
        Need(c.ReportNumber, "reportNumber");
        Need(c.Report?.Conclusion, "report.conclusion");
        if (passed)
        {
            Need(c.Report?.PurposeBasisScope, "report.purposeBasisScope");
            Need(c.Report?.ApplicantDetails, "report.applicantDetails");
            Need(c.Report?.ConformityStatement, "report.conformityStatement");
        }
        return problems;
    }

    private void Move(SurveillanceStatus next)
    {
        Status = next;
        ConcurrencyStamp = Guid.NewGuid();
    }
}

/// <summary>The conclusion of a surveillance inspection.</summary>
/// <param name="CarriedOutOn">Last day of the on-site work (the date that counts for the plan).</param>
/// <param name="ReportNumber">Number of the surveillance inspection report.</param>
/// <param name="Report">The report's conclusion (a–d; d) states the verdict and the footprint result or the reason of a failure).</param>
/// <param name="PreviousReductionTarget">CEC 6.2 b): the target set for this year (share), from the holder's documents; used only when no earlier surveillance recorded one.</param>
/// <param name="NextReductionTarget">The target the holder sets for the coming year (share of this year's footprint).</param>
public sealed record SurveillanceConclusion(DateOnly CarriedOutOn, string ReportNumber, InspectionConclusion? Report,
    decimal? PreviousReductionTarget = null, decimal? NextReductionTarget = null);

/// <summary>What a surveillance compares against (CEC 6.2 "较上一年度").</summary>
/// <param name="PreviousKgCO2e">The previous year's footprint: the latest earlier surveillance's verified value, else the certified one (kg CO2e per declared unit).</param>
/// <param name="PreviousReductionTarget">The target recorded by the latest earlier surveillance for this year, if any.</param>
public sealed record SurveillanceBaseline(double PreviousKgCO2e, decimal? PreviousReductionTarget)
{
    /// <summary>The baseline of a surveillance from the certified value and the certificate's earlier concluded surveillances.</summary>
    /// <param name="certifiedKgCO2e">The verified value the certificate was issued on.</param>
    /// <param name="earlier">The certificate's other surveillances.</param>
    /// <returns>The baseline.</returns>
    public static SurveillanceBaseline From(double certifiedKgCO2e, IEnumerable<Surveillance> earlier)
    {
        var last = earlier.Where(s => s.Status == SurveillanceStatus.Completed && s.FootprintValue is not null)
            .OrderBy(s => s.CarriedOutOn).LastOrDefault();
        return last is null
            ? new SurveillanceBaseline(certifiedKgCO2e, null)
            : new SurveillanceBaseline((double)last.FootprintValue!.Value, last.NextReductionTarget);
    }
}

/// <summary>
/// The parts a scheme's surveillance inspection covers, read from its <c>surveillance.contents</c> keys:
/// PCEC 8.1 1) factory-assurance, 2) product-consistency, 3) pcf-verification; CEC 6.2 "与 5.4 现场检查要求一致" lists
/// the same three parts of 5.4.1.
/// </summary>
/// <param name="FactoryAssurance">The factory-assurance checklist.</param>
/// <param name="ProductConsistency">The product-consistency check.</param>
/// <param name="FootprintVerification">The footprint verification.</param>
public sealed record SurveillanceParts(bool FactoryAssurance, bool ProductConsistency, bool FootprintVerification)
{
    /// <summary>Key of the factory-assurance part in <c>surveillance.contents</c>.</summary>
    public const string FactoryAssuranceKey = "factory-assurance";

    /// <summary>Key of the product-consistency part.</summary>
    public const string ProductConsistencyKey = "product-consistency";

    /// <summary>Key of the footprint-verification part.</summary>
    public const string FootprintVerificationKey = "pcf-verification";

    /// <summary>The parts of a scheme.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>The parts.</returns>
    public static SurveillanceParts Of(SchemeDefinition scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var keys = scheme.Surveillance.Contents.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        return new SurveillanceParts(keys.Contains(FactoryAssuranceKey), keys.Contains(ProductConsistencyKey), keys.Contains(FootprintVerificationKey));
    }
}

/// <summary>A surveillance inspection cannot conclude: every missing part, each at its field (codes of <see cref="CertificateError"/> or <see cref="WorkflowError"/>).</summary>
public sealed class SurveillanceInspectionException : DomainException
{
    /// <summary>Creates the error.</summary>
    /// <param name="problems">Every problem.</param>
    public SurveillanceInspectionException(IReadOnlyList<DomainProblem> problems)
        : base(problems, string.Join("; ", problems.Select(p => $"{p.Code} at {p.Path}")))
    {
    }
}
