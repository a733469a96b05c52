using PcfCert.Certification.Calendar;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

public sealed partial class CertificationApplication
{
    /// <summary>Supplement requests, oldest first.</summary>
    public IReadOnlyList<SupplementRequest> SupplementRequests { get; private set; } = [];

    /// <summary>Day the file was last complete (submitted with every required document).</summary>
    public DateOnly? FileCompleteOn { get; private set; }

    /// <summary>Applicant flagged as ordered to suspend business (责令停业整顿), PCEC 7.2.</summary>
    public bool OrderedToSuspendBusiness { get; private set; }

    /// <summary>Applicant listed as a seriously illegal, dishonest enterprise (严重违法失信名单), PCEC 7.2.</summary>
    public bool ListedAsSeriouslyIllegal { get; private set; }

    /// <summary>Day the application was accepted: the overall time limit starts.</summary>
    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>Date of the certification contract.</summary>
    public DateOnly? ContractDate { get; private set; }

    /// <summary>Why the application was not accepted.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>Pauses of the overall time limit for delays caused by the applicant (CEC 5.2.3, PCEC 6).</summary>
    public IReadOnlyList<PauseInterval> Pauses { get; private set; } = [];

    /// <summary>Asks the applicant for supplements; the application goes back to the applicant.</summary>
    public void RequestSupplement(SchemeDefinition scheme, string items, Actor by, DateTimeOffset at)
    {
        var what = Required(items, "items");
        Move(scheme, WorkflowTrigger.RequestSupplement, by, at, what);
        SupplementRequests = [.. SupplementRequests, new SupplementRequest(ChinaDate(at), what, null)];
        FileCompleteOn = null;
    }

    /// <summary>Records the review flags of PCEC 7.2 (an applicant so flagged cannot be accepted).</summary>
    public void FlagApplicant(bool orderedToSuspendBusiness, bool listedAsSeriouslyIllegal)
    {
        Require(ApplicationStatus.Submitted);
        OrderedToSuspendBusiness = orderedToSuspendBusiness;
        ListedAsSeriouslyIllegal = listedAsSeriouslyIllegal;
        Touch();
    }

    /// <summary>The body's review recorded when it accepted (PCEC 7.2, CEC 5.1.2).</summary>
    public AcceptanceReview? AcceptanceReview { get; private set; }

    /// <summary>
    /// Accepts the application: records the contract date and opens the certification project. The review comes first
    /// and is stored with it: every review item the scheme names for acceptance concluded as satisfied (PCEC 7.2: capability,
    /// documents, competence, requirements accepted), the credit-system check behind each refusal ground with its date and
    /// reference (PCEC 7.2; a ground found bars acceptance), and the body's undertakings (PCEC 7.2 保密义务).
    /// Every problem is reported at once.
    /// </summary>
    public void Accept(SchemeDefinition scheme, DateOnly contractDate, AcceptanceReviewInput review, Actor by, DateTimeOffset at)
    {
        CheckScheme(scheme);
        ArgumentNullException.ThrowIfNull(review);
        if (OrderedToSuspendBusiness || ListedAsSeriouslyIllegal || review.GroundsFound.Count > 0)
        {
            throw new WorkflowException(WorkflowError.ApplicantBarred);
        }
        var rules = scheme.ApplicationReview;
        var problems = new List<Rules.DomainProblem>();
        foreach (var key in rules.AtAcceptance)
        {
            if (!review.SatisfiedItems.Contains(key))
            {
                var item = rules.Items.First(i => i.Key == key);
                problems.Add(WorkflowException.Problem(WorkflowError.ReviewItemMissing, "review", item.Name));
            }
        }
        var today = ChinaDate(at);
        var submittedOn = Transitions.FirstOrDefault(t => t.Trigger == WorkflowTrigger.Submit) is { } first ? ChinaDate(first.At) : today;
        CreditCheck? credit = null;
        if (rules.RefusalGrounds.Count > 0)
        {
            if (review.CreditCheckedOn is not { } checkedOn || string.IsNullOrWhiteSpace(review.CreditCheckReference))
            {
                problems.AddRange(rules.RefusalGrounds.Select(g => WorkflowException.Problem(WorkflowError.CreditCheckMissing, "creditCheckReference", g.Name)));
            }
            else if (checkedOn < submittedOn || checkedOn > today)
            {
                problems.Add(WorkflowException.Problem(WorkflowError.InvalidValue, "creditCheckedOn", "creditCheckedOn"));
            }
            else
            {
                credit = new CreditCheck(checkedOn, review.CreditCheckReference.Trim(), rules.RefusalGrounds.Select(g => g.Key).ToList());
            }
        }
        foreach (var undertaking in rules.Undertakings.Where(u => !review.Undertakings.Contains(u.Key)))
        {
            problems.Add(WorkflowException.Problem(WorkflowError.UndertakingMissing, "undertakings", undertaking.Name));
        }
        if (problems.Count > 0)
        {
            throw new WorkflowException(problems);
        }
        Move(scheme, WorkflowTrigger.Accept, by, at);
        ContractDate = contractDate;
        AcceptedOn = today;
        AcceptanceReview = new AcceptanceReview(
            rules.AtAcceptance.Select(k => new ReviewItemConclusion(k, true, review.Notes.GetValueOrDefault(k))).ToList(),
            credit, rules.Undertakings.Select(u => u.Key).ToList(), by, today);
    }

    /// <summary>Refuses to accept, with the reason.</summary>
    public void Reject(SchemeDefinition scheme, string reason, Actor by, DateTimeOffset at)
    {
        var why = Required(reason, "reason");
        Move(scheme, WorkflowTrigger.Reject, by, at, why);
        RejectionReason = why;
    }

    /// <summary>Pauses the overall time limit for a delay the applicant caused (from the scheme's list of excluded delays).</summary>
    public void PauseClock(SchemeDefinition scheme, string delayKey, DateTimeOffset at)
    {
        CheckScheme(scheme);
        if (AcceptedOn is null || ApplicationLifecycle.IsTerminal(Status))
        {
            throw new WorkflowException(WorkflowError.IllegalTransition, Status.ToString(), "PauseClock");
        }
        if (scheme.CertificationTimeLimit.ExcludedDelays.All(d => d.Key != delayKey))
        {
            throw new WorkflowException(WorkflowError.UnknownItem, delayKey);
        }
        Pauses = [.. TimeLimit(scheme)!.Pause(ChinaDate(at), delayKey).Pauses];
        Touch();
    }

    /// <summary>Resumes the clock after a pause.</summary>
    public void ResumeClock(SchemeDefinition scheme, DateTimeOffset at)
    {
        CheckScheme(scheme);
        var clock = TimeLimit(scheme) ?? throw new WorkflowException(WorkflowError.IllegalTransition, Status.ToString(), "ResumeClock");
        Pauses = [.. clock.Resume(ChinaDate(at)).Pauses];
        Touch();
    }

    /// <summary>The overall time limit (null before acceptance or when the scheme sets none).</summary>
    public TimeLimitClock? TimeLimit(SchemeDefinition scheme) =>
        AcceptedOn is { } start && scheme.Parameters.CertificationTimeLimitDays.Value is { } days
            ? new TimeLimitClock(start, days, Pauses)
            : null;

    /// <summary>CEC 5.1.3: the last day to accept, counted in working days from the day the file was complete.</summary>
    public DateOnly? AcceptanceDeadline(SchemeDefinition scheme, IWorkingCalendar calendar) =>
        Status == ApplicationStatus.Submitted && FileCompleteOn is { } complete
            && scheme.Parameters.ApplicationAcceptanceWorkingDays.Value is { } days
            ? calendar.AddWorkingDays(complete, days)
            : null;
}
