using PcfCert.Certification.Calendar;
using PcfCert.Certification.Rules;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

/// <summary>
/// One application for initial certification under one scheme, from draft to decision. After acceptance it is
/// the certification project. Every status change goes through <see cref="ApplicationLifecycle"/>; the scheme
/// passed to each action supplies the rules (documents, team, deadlines, counts).
/// </summary>
public sealed partial class CertificationApplication
{
    private CertificationApplication()
    {
        SchemeId = string.Empty;
        Applicant = Manufacturer = Factory = new PartyDetails(string.Empty, string.Empty, string.Empty);
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Human-readable number, e.g. <c>A-2026-7F3K2Q</c>.</summary>
    public string Number { get; private set; } = string.Empty;

    /// <summary>The scheme (认证实施规则) the application is made under.</summary>
    public string SchemeId { get; private set; }

    /// <summary>The applicant's organisation (who may see and edit the application).</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>认证委托人.</summary>
    public PartyDetails Applicant { get; private set; }

    /// <summary>生产者（制造商）.</summary>
    public PartyDetails Manufacturer { get; private set; }

    /// <summary>生产企业（生产厂）.</summary>
    public PartyDetails Factory { get; private set; }

    /// <summary>商标注册证号/商标名称.</summary>
    public string? Trademark { get; private set; }

    /// <summary>认证单元.</summary>
    public IReadOnlyList<CertificationUnit> Units { get; private set; } = [];

    /// <summary>Uploaded application documents.</summary>
    public IReadOnlyList<DocumentUpload> Documents { get; private set; } = [];

    /// <summary>Current status.</summary>
    public ApplicationStatus Status { get; private set; }

    /// <summary>Every status change, oldest first.</summary>
    public IReadOnlyList<TransitionRecord> Transitions { get; private set; } = [];

    /// <summary>Created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Renewed on every change; detects concurrent edits.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>Starts a draft.</summary>
    public static CertificationApplication StartDraft(Guid id, string number, SchemeDefinition scheme, Guid organisationId, PartyDetails applicant, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return new CertificationApplication
        {
            Id = id,
            Number = number,
            SchemeId = scheme.Id,
            OrganisationId = organisationId,
            Applicant = applicant,
            Manufacturer = applicant,
            Factory = applicant,
            Status = ApplicationStatus.Draft,
            CreatedAt = at,
            ConcurrencyStamp = Guid.NewGuid(),
        };
    }

    /// <summary>The distinct production sites of the units; person-days are counted per site.</summary>
    public IReadOnlyList<string> ProductionSites =>
        Units.Select(u => u.ProductionSite.Trim()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The triggers the scheme allows now.</summary>
    public IReadOnlyList<WorkflowTrigger> AllowedTriggers(SchemeDefinition scheme) => ApplicationLifecycle.Allowed(Status, scheme, VerifiedValue is not null);

    private void Move(SchemeDefinition scheme, WorkflowTrigger trigger, Actor by, DateTimeOffset at, string? note = null)
    {
        CheckScheme(scheme);
        var to = ApplicationLifecycle.Next(Status, trigger, scheme, VerifiedValue is not null);
        Transitions = [.. Transitions, new TransitionRecord(Status, trigger, to, at, by, note)];
        Status = to;
        RaiseFailureNoticeIfTerminated(scheme, note);
        Touch();
    }

    private void Require(params ApplicationStatus[] statuses)
    {
        if (!statuses.Contains(Status))
        {
            throw new WorkflowException(WorkflowError.IllegalTransition, Status.ToString(), string.Join("/", statuses));
        }
    }

    private void CheckScheme(SchemeDefinition scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (scheme.Id != SchemeId)
        {
            throw new ArgumentException($"Application {Number} is under {SchemeId}, not {scheme.Id}.", nameof(scheme));
        }
    }

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();

    private static DateOnly ChinaDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ChinaToday.Offset).DateTime);

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new WorkflowException(WorkflowError.MissingField, field) : value.Trim();

    // Collects a missing field instead of stopping at it, so that every problem is reported at once.
    private static void Need(List<DomainProblem> problems, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(WorkflowException.Problem(WorkflowError.MissingField, field, field));
        }
    }

    private static void ThrowIfAny(List<DomainProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new WorkflowException(problems);
        }
    }
}
