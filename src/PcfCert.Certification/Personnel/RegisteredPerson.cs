namespace PcfCert.Certification.Personnel;

/// <summary>A qualification held by a person, e.g. a GHG verifier registration, valid until a date.</summary>
/// <param name="Key">Qualification key as the schemes name it (e.g. <c>ghg-verifier-registration</c>).</param>
/// <param name="RegistrationNumber">注册证书编号.</param>
/// <param name="ValidUntil">Last day of validity.</param>
public sealed record Qualification(string Key, string RegistrationNumber, DateOnly ValidUntil)
{
    /// <summary>Whether the qualification is valid on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) => date <= ValidUntil;
}

/// <summary>
/// A person in the certification body's personnel register (人员名册): personnel types, qualifications with
/// expiry dates, product areas, and declared conflicts of interest with applicant organisations.
/// </summary>
public sealed class RegisteredPerson
{
    private RegisteredPerson()
    {
        Name = string.Empty;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Name.</summary>
    public string Name { get; private set; }

    /// <summary>The user account of the person, if any.</summary>
    public string? UserId { get; private set; }

    /// <summary>Personnel types (role keys, e.g. Inspector, TechnicalReviewer).</summary>
    public IReadOnlyList<string> PersonnelTypes { get; private set; } = [];

    /// <summary>Qualifications.</summary>
    public IReadOnlyList<Qualification> Qualifications { get; private set; } = [];

    /// <summary>Product areas the person is competent for (scheme product keys or category codes).</summary>
    public IReadOnlyList<string> ProductAreas { get; private set; } = [];

    /// <summary>Organisations the person declared a conflict of interest with.</summary>
    public IReadOnlyList<Guid> ConflictsOfInterest { get; private set; } = [];

    /// <summary>Verification projects outside PcfCert recorded as experience (CEC table 1).</summary>
    public IReadOnlyList<RecordedProject> ProjectHistory { get; private set; } = [];

    /// <summary>Competence evaluations (CEC 5.2.2), oldest first.</summary>
    public IReadOnlyList<CompetenceEvaluation> Evaluations { get; private set; } = [];

    /// <summary>Renewed on every change.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>Registers a person.</summary>
    public static RegisteredPerson Register(Guid id, string name, string? userId, IReadOnlyList<string> personnelTypes,
        IReadOnlyList<Qualification> qualifications, IReadOnlyList<string> productAreas)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new RegisteredPerson
        {
            Id = id,
            Name = name.Trim(),
            UserId = userId,
            PersonnelTypes = personnelTypes,
            Qualifications = qualifications,
            ProductAreas = productAreas,
            ConcurrencyStamp = Guid.NewGuid(),
        };
    }

    /// <summary>Replaces the register entry's details (qualifications renewed, product areas added).</summary>
    public void Update(string name, IReadOnlyList<string> personnelTypes, IReadOnlyList<Qualification> qualifications, IReadOnlyList<string> productAreas)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        PersonnelTypes = personnelTypes;
        Qualifications = qualifications;
        ProductAreas = productAreas;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>Links the entry to a user account (or none) and replaces the declared conflicts of interest.</summary>
    public void Relink(string? userId, IReadOnlyList<Guid> conflicts)
    {
        UserId = string.IsNullOrWhiteSpace(userId) ? null : userId;
        ConflictsOfInterest = conflicts.Distinct().ToList();
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>Records a verification project done outside PcfCert as experience.</summary>
    public void RecordProject(RecordedProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentException.ThrowIfNullOrWhiteSpace(project.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(project.Reference);
        ProjectHistory = [.. ProjectHistory, project];
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>
    /// Records a competence evaluation (CEC 5.2.2). The evaluator may not evaluate themself.
    /// </summary>
    /// <exception cref="Workflow.WorkflowException">The evaluator is the person evaluated (<see cref="Workflow.WorkflowError.SelfEvaluation"/>).</exception>
    public void RecordEvaluation(CompetenceEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        if (UserId is not null && evaluation.EvaluatorUserId == UserId)
        {
            throw new Workflow.WorkflowException(Workflow.WorkflowError.SelfEvaluation, Name);
        }
        Evaluations = [.. Evaluations, evaluation];
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>The latest evaluation for a personnel type, if any.</summary>
    public CompetenceEvaluation? LatestEvaluation(string personnelType) => Evaluations.LastOrDefault(e => e.PersonnelType == personnelType);

    /// <summary>Records a declared conflict of interest with an organisation.</summary>
    public void DeclareConflict(Guid organisationId)
    {
        if (!ConflictsOfInterest.Contains(organisationId))
        {
            ConflictsOfInterest = [.. ConflictsOfInterest, organisationId];
            ConcurrencyStamp = Guid.NewGuid();
        }
    }

    /// <summary>Qualification keys valid on <paramref name="date"/>.</summary>
    public IReadOnlyList<string> QualificationsValidOn(DateOnly date) =>
        Qualifications.Where(q => q.IsValidOn(date)).Select(q => q.Key).Distinct().ToList();
}
