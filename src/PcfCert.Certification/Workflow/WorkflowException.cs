using PcfCert.Certification.Rules;

namespace PcfCert.Certification.Workflow;

/// <summary>A rule of the scheme or of the procedure refused an action. Nothing was changed.</summary>
public sealed class WorkflowException : DomainException
{
    /// <summary>Creates the error for one rule; a missing or invalid field's name is its path.</summary>
    /// <param name="error">Which rule refused.</param>
    /// <param name="arguments">Values for the message (field names, counts, dates).</param>
    public WorkflowException(WorkflowError error, params object[] arguments)
        : this([new DomainProblem(error.ToString(), PathOf(error, arguments), arguments)])
    {
    }

    /// <summary>Creates the error for every problem found at once.</summary>
    /// <param name="problems">Problems whose codes are <see cref="WorkflowError"/> names.</param>
    public WorkflowException(IReadOnlyList<DomainProblem> problems)
        : base(problems, string.Join("; ", problems.Select(p => $"{p.Code}: {string.Join(", ", p.Arguments)}")))
    {
        Error = Enum.Parse<WorkflowError>(problems[0].Code);
        Arguments = problems[0].Arguments;
    }

    /// <summary>Which rule refused first; the UI localises it as <c>Workflow.Error.{Error}</c>.</summary>
    public WorkflowError Error { get; }

    /// <summary>Values for the first problem's message.</summary>
    public IReadOnlyList<object> Arguments { get; }

    /// <summary>One problem of a workflow rule, for <see cref="WorkflowException(IReadOnlyList{DomainProblem})"/>.</summary>
    /// <param name="error">Which rule.</param>
    /// <param name="path">Which field.</param>
    /// <param name="arguments">Values for the message.</param>
    /// <returns>The problem.</returns>
    public static DomainProblem Problem(WorkflowError error, string path, params object[] arguments) => new(error.ToString(), path, arguments);

    private static string PathOf(WorkflowError error, object[] arguments) =>
        error is WorkflowError.MissingField or WorkflowError.InvalidValue && arguments is [string field, ..] ? field : string.Empty;
}

/// <summary>The rules a workflow action can break.</summary>
public enum WorkflowError
{
    /// <summary>The move is not in the transition table (args: status, trigger).</summary>
    IllegalTransition,

    /// <summary>A required application document is missing (path: documents.{key}; args: document name).</summary>
    MissingDocument,

    /// <summary>The application has no certification unit.</summary>
    NoCertificationUnit,

    /// <summary>The product is outside the scheme's scope table (args: product key).</summary>
    ProductOutOfScope,

    /// <summary>A required field is empty (args: field).</summary>
    MissingField,

    /// <summary>The applicant is flagged as ordered to suspend business or as seriously illegal (PCEC 7.2).</summary>
    ApplicantBarred,

    /// <summary>The team has fewer members than the scheme requires (args: have, need).</summary>
    TeamTooSmall,

    /// <summary>The team has no leader, or more than one.</summary>
    TeamLeaderMissing,

    /// <summary>No team member holds a qualification the scheme requires (args: requirement name, requirement key).</summary>
    QualificationMissing,

    /// <summary>The leader does not hold a qualification the scheme requires of the leader (args: requirement name, key).</summary>
    LeaderQualificationMissing,

    /// <summary>No team member, experts included, has the product field of a certification unit (args: field name, field key).</summary>
    ProductAreaNotCovered,

    /// <summary>A person declared a conflict of interest with the applicant (args: person name).</summary>
    ConflictOfInterest,

    /// <summary>Fewer person-days than the scheme's minimum per production site (args: have, need).</summary>
    PersonDaysTooFew,

    /// <summary>A checklist item has no verdict (args: item id).</summary>
    ChecklistIncomplete,

    /// <summary>A nonconformity is still open (args: nonconformity number).</summary>
    NonconformityOpen,

    /// <summary>The scheme's maximum number of rectification submissions is reached (args: max).</summary>
    TooManySubmissions,

    /// <summary>The rectification deadline has passed (args: deadline).</summary>
    RectificationDeadlinePassed,

    /// <summary>No verification result is recorded.</summary>
    VerificationMissing,

    /// <summary>The reviewer or decision maker took part in the evaluation (args: person name).</summary>
    NotIndependent,

    /// <summary>The user is not in the personnel register as the type the action needs (args: user name, role key).</summary>
    NotRegisteredPersonnel,

    /// <summary>CEC 5.2.2 table 1: the person lacks the type's professional qualification (args: name, type name, the rule's sentence, projects counted).</summary>
    PersonnelQualificationMissing,

    /// <summary>The same person appears twice on one application's team (args: name).</summary>
    SamePersonTwice,

    /// <summary>A competence evaluator evaluated themself (args: name).</summary>
    SelfEvaluation,

    /// <summary>The item referred to does not exist (args: id).</summary>
    UnknownItem,

    /// <summary>A value is out of range (args: field).</summary>
    InvalidValue,

    /// <summary>A finding points at a line that does not exist in the model version (args: path, version).</summary>
    NoSuchModelLine,

    /// <summary>The model version's cut-off check fails the scheme's limit (args: version).</summary>
    CutOffExceeded,

    /// <summary>Findings cannot change after the decision (args: status).</summary>
    FindingsFrozen,

    /// <summary>A checklist clause judged 不符合 has no nonconformity raised against it (args: clause id).</summary>
    NonconformityNotRaised,

    /// <summary>The scheme does not let the footprint be verified in this status (args: status).</summary>
    VerificationNotNow,

    /// <summary>Only the team leader may do this (args: person name).</summary>
    NotTeamLeader,

    /// <summary>The technical review cannot start before the team's comprehensive evaluation report (CEC 5.7.1).</summary>
    EvaluationReportMissing,

    /// <summary>The applicant has not made a declaration the scheme asks for (args: declaration name).</summary>
    DeclarationMissing,

    /// <summary>An application-review item is not recorded as satisfied before acceptance (args: item name).</summary>
    ReviewItemMissing,

    /// <summary>The credit-system check behind a refusal ground is not recorded (args: ground name).</summary>
    CreditCheckMissing,

    /// <summary>The body's undertaking is not recorded (args: undertaking name).</summary>
    UndertakingMissing,

    /// <summary>An on-site inspection condition of the scheme did not hold, so the inspection cannot pass (path: conclusion.conditions.{key}; args: condition name, clause).</summary>
    InspectionConditionNotMet,
}
