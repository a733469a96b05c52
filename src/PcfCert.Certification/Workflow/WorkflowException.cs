namespace PcfCert.Certification.Workflow;

/// <summary>A rule of the scheme or of the procedure refused an action. Nothing was changed.</summary>
public sealed class WorkflowException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="error">Which rule refused.</param>
    /// <param name="arguments">Values for the message (field names, counts, dates).</param>
    public WorkflowException(WorkflowError error, params object[] arguments)
        : base($"{error}: {string.Join(", ", arguments)}")
    {
        Error = error;
        Arguments = arguments;
    }

    /// <summary>Which rule refused; the UI localises it as <c>Workflow.Error.{Error}</c>.</summary>
    public WorkflowError Error { get; }

    /// <summary>Values for the message.</summary>
    public IReadOnlyList<object> Arguments { get; }
}

/// <summary>The rules a workflow action can break.</summary>
public enum WorkflowError
{
    /// <summary>The move is not in the transition table (args: status, trigger).</summary>
    IllegalTransition,

    /// <summary>A required application document is missing (args: document key).</summary>
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

    /// <summary>No team member holds a qualification the scheme requires (args: requirement key).</summary>
    QualificationMissing,

    /// <summary>No team member, experts included, has the product field of a certification unit (args: product-field key).</summary>
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

    /// <summary>The item referred to does not exist (args: id).</summary>
    UnknownItem,

    /// <summary>A value is out of range (args: field).</summary>
    InvalidValue,
}
