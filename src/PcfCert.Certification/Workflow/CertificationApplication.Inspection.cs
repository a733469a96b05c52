using PcfCert.Certification.Calendar;
using PcfCert.Certification.Rules;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

public sealed partial class CertificationApplication
{
    /// <summary>CEC 5.3 document-review conclusion.</summary>
    public DocumentReviewConclusion? DocumentReview { get; private set; }

    /// <summary>Items to supply at the on-site inspection (conclusion b).</summary>
    public string? ItemsToSupplyOnSite { get; private set; }

    /// <summary>Factory-assurance checklist verdicts, one per clause.</summary>
    public IReadOnlyList<ChecklistResult> Checklist { get; private set; } = [];

    /// <summary>Product-consistency checks on sampled units.</summary>
    public IReadOnlyList<ConsistencyCheck> ConsistencyChecks { get; private set; } = [];

    /// <summary>Nonconformities raised in the inspection.</summary>
    public IReadOnlyList<Nonconformity> Nonconformities { get; private set; } = [];

    /// <summary>The inspection conclusion (CEC 5.6 a–d).</summary>
    public InspectionConclusion? InspectionConclusion { get; private set; }

    /// <summary>Concludes the CEC document review.</summary>
    public void CompleteDocumentReview(SchemeDefinition scheme, DocumentReviewConclusion conclusion, string? itemsToSupply, Actor by, DateTimeOffset at)
    {
        if (conclusion == DocumentReviewConclusion.ReadyWithItemsToSupply)
        {
            itemsToSupply = Required(itemsToSupply, "itemsToSupply");
        }
        Move(scheme, WorkflowTrigger.CompleteDocumentReview, by, at, conclusion.ToString());
        DocumentReview = conclusion;
        ItemsToSupplyOnSite = conclusion == DocumentReviewConclusion.ReadyWithItemsToSupply ? itemsToSupply : null;
    }

    /// <summary>Opens the on-site inspection.</summary>
    public void StartInspection(SchemeDefinition scheme, Actor by, DateTimeOffset at) => Move(scheme, WorkflowTrigger.StartInspection, by, at);

    /// <summary>Records the verdict on one checklist clause (replacing an earlier one).</summary>
    public void RecordChecklist(SchemeDefinition scheme, ChecklistResult result)
    {
        CheckScheme(scheme);
        Require(ApplicationStatus.Inspecting);
        Checklist = InspectionChecklist.Merge(scheme, Checklist, [result]);
        Touch();
    }

    /// <summary>
    /// Records the verdicts of several clauses at once (the day's checklist saved as one form). Clauses not in
    /// <paramref name="results"/> keep what they had, so a partly judged checklist is a draft to be completed later.
    /// Every unknown or repeated clause is reported together, and nothing is recorded unless all are valid.
    /// </summary>
    /// <exception cref="WorkflowException">Not inspecting, nothing to record, or unknown/repeated clauses (all listed).</exception>
    public void RecordChecklist(SchemeDefinition scheme, IReadOnlyList<ChecklistResult> results)
    {
        CheckScheme(scheme);
        Require(ApplicationStatus.Inspecting);
        Checklist = InspectionChecklist.Merge(scheme, Checklist, results);
        Touch();
    }

    /// <summary>Records the consistency check of one sampled unit.</summary>
    public void RecordConsistencyCheck(SchemeDefinition scheme, ConsistencyCheck check)
    {
        CheckScheme(scheme);
        Require(ApplicationStatus.Inspecting);
        if (check.UnitIndex < 0 || check.UnitIndex >= Units.Count)
        {
            throw new WorkflowException(WorkflowError.UnknownItem, check.UnitIndex);
        }
        Required(check.Sample, "sample");
        ConsistencyChecks = [.. ConsistencyChecks.Where(c => c.UnitIndex != check.UnitIndex), check];
        Touch();
    }

    /// <summary>
    /// Raises a nonconformity. Its deadline is the scheme's rectification period (PCEC 7.4: 2 months) from today;
    /// where the scheme sets none (CEC initial inspection) the team sets it.
    /// </summary>
    public Nonconformity RaiseNonconformity(SchemeDefinition scheme, string clauseId, string description, DateOnly? teamDeadline, DateTimeOffset at)
    {
        CheckScheme(scheme);
        Require(ApplicationStatus.Inspecting);
        InspectionChecklist.RequireClause(scheme, clauseId);
        var raised = ChinaDate(at);
        var deadline = scheme.Parameters.RectificationMonths.Value is { } months
            ? CalendarPeriods.AddMonths(raised, months)
            : teamDeadline ?? throw new WorkflowException(WorkflowError.MissingField, "deadline");
        if (deadline < raised)
        {
            throw new WorkflowException(WorkflowError.InvalidValue, "deadline");
        }
        var nc = new Nonconformity(Nonconformities.Count + 1, clauseId, Required(description, "description"), raised, deadline, NonconformityStatus.Open, []);
        Nonconformities = [.. Nonconformities, nc];
        Touch();
        return nc;
    }

    /// <summary>The applicant submits rectification evidence; PCEC allows at most two submissions per nonconformity.</summary>
    public void SubmitRectification(SchemeDefinition scheme, int number, string evidence, IReadOnlyList<Guid> fileIds, DateTimeOffset at)
    {
        CheckScheme(scheme);
        Require(ApplicationStatus.Inspecting);
        var nc = FindNonconformity(number);
        var next = NonconformityLifecycle.Table.Next(nc.Status, NonconformityTrigger.SubmitRectification);
        if (scheme.Parameters.MaxRectificationSubmissions.Value is { } max && nc.Submissions.Count >= max)
        {
            throw new WorkflowException(WorkflowError.TooManySubmissions, max);
        }
        if (ChinaDate(at) > nc.Deadline)
        {
            throw new WorkflowException(WorkflowError.RectificationDeadlinePassed, nc.Deadline);
        }
        var submission = new RectificationSubmission(at, Required(evidence, "evidence"), fileIds, null, null);
        Replace(nc with { Status = next, Submissions = [.. nc.Submissions, submission] });
    }

    /// <summary>
    /// The team accepts or returns the latest submission. A returned last allowed submission fails the
    /// nonconformity and with it the inspection.
    /// </summary>
    public void JudgeRectification(SchemeDefinition scheme, int number, bool accepted, string? comment, Actor by, DateTimeOffset at)
    {
        CheckScheme(scheme);
        Require(ApplicationStatus.Inspecting);
        var nc = FindNonconformity(number);
        var trigger = accepted ? NonconformityTrigger.AcceptRectification : NonconformityTrigger.ReturnRectification;
        var status = NonconformityLifecycle.Table.Next(nc.Status, trigger,
            NonconformityLifecycle.Conditions(nc, scheme.Parameters.MaxRectificationSubmissions.Value));
        if (!accepted)
        {
            Required(comment, "comment");
        }
        var judged = nc.Submissions[^1] with { Accepted = accepted, TeamComment = comment };
        Replace(nc with { Status = status, Submissions = [.. nc.Submissions.SkipLast(1), judged], ClosedOn = accepted ? ChinaDate(at) : null });
        if (status == NonconformityStatus.Failed)
        {
            Move(scheme, WorkflowTrigger.FailInspection, by, at, $"NC {number}: rectification rejected after the last allowed submission");
        }
    }

    /// <summary>Fails every open nonconformity whose deadline has passed, and with it the inspection. Returns whether it did.</summary>
    public bool ExpireOverdueRectifications(SchemeDefinition scheme, Actor system, DateTimeOffset at)
    {
        CheckScheme(scheme);
        if (Status != ApplicationStatus.Inspecting)
        {
            return false;
        }
        var today = ChinaDate(at);
        var overdue = Nonconformities.Where(n => n.Status == NonconformityStatus.Open && today > n.Deadline).ToList();
        if (overdue.Count == 0)
        {
            return false;
        }
        foreach (var nc in overdue)
        {
            Replace(nc with { Status = NonconformityLifecycle.Table.Next(nc.Status, NonconformityTrigger.MissDeadline) });
        }
        Move(scheme, WorkflowTrigger.FailInspection, system, at, $"rectification deadline missed: NC {string.Join(", ", overdue.Select(n => n.Number))}");
        return true;
    }

    /// <summary>Concludes the inspection as passed: every clause judged, every nonconformity closed, products consistent.</summary>
    public void PassInspection(SchemeDefinition scheme, InspectionConclusion conclusion, Actor by, DateTimeOffset at)
    {
        CheckScheme(scheme);
        Require(ApplicationStatus.Inspecting);
        ArgumentNullException.ThrowIfNull(conclusion);
        // Every problem at once, each with its field: conclusion, unjudged clauses (by number and title), open
        // nonconformities, clauses judged nonconforming without one, product consistency, CEC's verified value.
        var problems = new List<DomainProblem>();
        Need(problems, conclusion.PurposeBasisScope, "conclusion.purposeBasisScope");
        Need(problems, conclusion.ApplicantDetails, "conclusion.applicantDetails");
        Need(problems, conclusion.ConformityStatement, "conclusion.conformityStatement");
        Need(problems, conclusion.Conclusion, "conclusion.conclusion");
        problems.AddRange(InspectionChecklist.Unjudged(scheme, Checklist));
        problems.AddRange(InspectionConditions.Problems(scheme, conclusion));
        problems.AddRange(Nonconformities.Where(n => n.Status != NonconformityStatus.Closed)
            .Select(n => WorkflowException.Problem(WorkflowError.NonconformityOpen, $"nonconformities.{n.Number}", n.Number)));
        problems.AddRange(NonconformitiesNotRaised());
        if (ConsistencyChecks.Count == 0 || ConsistencyChecks.Any(c => !c.Consistent))
        {
            problems.Add(WorkflowException.Problem(WorkflowError.ChecklistIncomplete, "consistency", InspectionPart.ProductConsistency));
        }
        // CEC verifies the footprint within the on-site inspection (5.4.1, 5.4.3); its conclusion states the result. A scheme
        // without a verification step after the inspection needs the verified value before the inspection can pass.
        if (!scheme.Verification.Timing.Allows(VerificationMoment.AfterInspection) && VerifiedValue is null)
        {
            problems.Add(WorkflowException.Problem(WorkflowError.VerificationMissing, "verifiedValue"));
        }
        ThrowIfAny(problems);
        Move(scheme, WorkflowTrigger.PassInspection, by, at);
        InspectionConclusion = conclusion;
    }

    /// <summary>Concludes the inspection as failed, with the reason.</summary>
    public void FailInspection(SchemeDefinition scheme, string reason, Actor by, DateTimeOffset at) =>
        Move(scheme, WorkflowTrigger.FailInspection, by, at, Required(reason, "reason"));

    private Nonconformity FindNonconformity(int number) =>
        Nonconformities.FirstOrDefault(n => n.Number == number) ?? throw new WorkflowException(WorkflowError.UnknownItem, number);

    private void Replace(Nonconformity nc)
    {
        Nonconformities = Nonconformities.Select(n => n.Number == nc.Number ? nc : n).ToList();
        Touch();
    }
}
