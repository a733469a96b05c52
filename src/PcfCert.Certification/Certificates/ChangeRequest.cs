namespace PcfCert.Certification.Certificates;

/// <summary>What a change request concerns (CEC 7.3, PCEC 9.3).</summary>
public enum ChangeKind
{
    /// <summary>组织机构.</summary>
    Organisation,

    /// <summary>生产地址.</summary>
    Site,

    /// <summary>生产条件、生产工艺.</summary>
    Process,

    /// <summary>生产装备.</summary>
    Equipment,

    /// <summary>主要原材料、关键件.</summary>
    KeyMaterials,

    /// <summary>产品名称、型号.</summary>
    ProductNameOrModel,

    /// <summary>其他 (design, energy and resources, delivery, use, end of life…).</summary>
    Other,
}

/// <summary>Status of a change request.</summary>
public enum ChangeRequestStatus
{
    /// <summary>Filed by the holder, under review.</summary>
    Filed,

    /// <summary>The body requires an inspection before deciding.</summary>
    InspectionRequired,

    /// <summary>Approved; a new certificate version was issued.</summary>
    Approved,

    /// <summary>Refused.</summary>
    Rejected,
}

/// <summary>A holder's request to change a certified product or its production (变更申请).</summary>
public sealed class ChangeRequest
{
    private ChangeRequest()
    {
        Description = string.Empty;
        Amendment = new CertificateAmendment();
        Inspections = [];
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The certificate concerned.</summary>
    public Guid CertificateId { get; private set; }

    /// <summary>What it concerns.</summary>
    public ChangeKind Kind { get; private set; }

    /// <summary>The holder's description.</summary>
    public string Description { get; private set; }

    /// <summary>What would change on the certificate (may change nothing printed, e.g. equipment).</summary>
    public CertificateAmendment Amendment { get; private set; }

    /// <summary>Status.</summary>
    public ChangeRequestStatus Status { get; private set; }

    /// <summary>Filing date.</summary>
    public DateOnly FiledOn { get; private set; }

    /// <summary>Date of the decision.</summary>
    public DateOnly? DecidedOn { get; private set; }

    /// <summary>The reviewer's note.</summary>
    public string? DecisionNote { get; private set; }

    /// <summary>Reference of the inspection report, when an inspection was required.</summary>
    public string? InspectionReference { get; private set; }

    /// <summary>Whether the latest inspection passed.</summary>
    public bool? InspectionPassed { get; private set; }

    /// <summary>Every inspection recorded for this change, oldest first (a rectification is verified by a further one).</summary>
    public IReadOnlyList<ChangeInspection> Inspections { get; private set; }

    /// <summary>The version the approval issued.</summary>
    public int? ResultingVersion { get; private set; }

    /// <summary>Changes on every update.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>Files a change request.</summary>
    /// <param name="id">Identity.</param>
    /// <param name="certificate">The certificate; must be valid.</param>
    /// <param name="kind">What it concerns.</param>
    /// <param name="description">Description.</param>
    /// <param name="amendment">What changes on the certificate.</param>
    /// <param name="today">Filing date.</param>
    /// <returns>The request.</returns>
    public static ChangeRequest File(Guid id, Certificate certificate, ChangeKind kind, string description, CertificateAmendment amendment, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(amendment);
        if (!CertificateTransitions.Allows(certificate.Status, CertificateTrigger.IssueChangedVersion))
        {
            throw new CertificateDomainException(CertificateError.IllegalTransition, $"No change can be filed for a certificate in status {certificate.Status}.");
        }
        if (today > certificate.Current.ValidUntil)
        {
            throw new CertificateDomainException(CertificateError.ValidityEnded, $"The certificate was valid until {certificate.Current.ValidUntil:yyyy-MM-dd}.");
        }
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new CertificateDomainException(CertificateError.ReasonRequired, "A description is required.");
        }
        return new ChangeRequest
        {
            Id = id, CertificateId = certificate.Id, Kind = kind, Description = description.Trim(), Amendment = amendment,
            Status = ChangeRequestStatus.Filed, FiledOn = today, ConcurrencyStamp = Guid.NewGuid(),
        };
    }

    /// <summary>The body decides that an inspection is needed before approval.</summary>
    /// <param name="note">Why.</param>
    public void RequireInspection(string? note)
    {
        Move(ChangeRequestTrigger.RequireInspection);
        DecisionNote = note?.Trim();
    }

    /// <summary>The moves the table allows now: approval after an inspection only once one has passed.</summary>
    /// <returns>The legal triggers, in declaration order.</returns>
    public IReadOnlyList<ChangeRequestTrigger> Allowed() => RequestLifecycles.ChangeRequest.Allowed(Status, Holds);

    /// <summary>
    /// Records the inspection a change required, with its verdict (CEC 7.3, PCEC 9.3): passed, nonconformities to rectify
    /// (the request stays open; a later inspection verifies the rectification) or failed (the request is refused with
    /// the reason). Every missing item is reported at once.
    /// </summary>
    /// <param name="reference">Inspection report reference.</param>
    /// <param name="verdict">The verdict.</param>
    /// <param name="nonconformities">The nonconformities found; at least one for <see cref="ChangeInspectionVerdict.Nonconformities"/>.</param>
    /// <param name="reason">Why it failed; required for <see cref="ChangeInspectionVerdict.Failed"/>.</param>
    /// <param name="today">Date recorded.</param>
    /// <exception cref="CertificateDomainException">A required item is missing or the request is not awaiting an inspection.</exception>
    public void RecordInspection(string? reference, ChangeInspectionVerdict verdict, IReadOnlyList<string>? nonconformities, string? reason, DateOnly today)
    {
        var found = (nonconformities ?? []).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        var problems = new List<Rules.DomainProblem>();
        if (string.IsNullOrWhiteSpace(reference))
        {
            problems.Add(new(nameof(CertificateError.InspectionReferenceRequired), "inspectionReference"));
        }
        if (verdict == ChangeInspectionVerdict.Nonconformities && found.Count == 0)
        {
            problems.Add(new(nameof(CertificateError.NonconformitiesRequired), "nonconformities"));
        }
        if (verdict == ChangeInspectionVerdict.Failed && string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(new(nameof(CertificateError.ReasonRequired), "note"));
        }
        var next = RequestLifecycles.ChangeRequest.Next(Status, ChangeRequestTrigger.RecordInspection,
            c => c == RequestLifecycles.InspectionFailed && verdict == ChangeInspectionVerdict.Failed);
        if (problems.Count > 0)
        {
            throw new CertificateDomainException(problems);
        }
        Status = next;
        InspectionReference = reference!.Trim();
        InspectionPassed = verdict == ChangeInspectionVerdict.Passed;
        Inspections = [.. Inspections, new ChangeInspection(InspectionReference, today, verdict,
            verdict == ChangeInspectionVerdict.Nonconformities ? found : [], string.IsNullOrWhiteSpace(reason) ? null : reason.Trim())];
        if (verdict == ChangeInspectionVerdict.Failed)
        {
            DecidedOn = today;
            DecisionNote = reason!.Trim();
        }
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>
    /// Approves the change and issues the new certificate version, noting the change date; number and validity as the
    /// scheme's flags say (<see cref="Certificate.IssueChangedVersion"/>: CEC 7.3 keeps both, PCEC 9.3 the validity only).
    /// </summary>
    /// <param name="certificate">The certificate.</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <param name="newNumber">The next number when the scheme does not keep it; null when it does.</param>
    /// <param name="note">Reviewer's note.</param>
    /// <param name="today">Decision date = change date.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The new version.</returns>
    public CertificateVersion Approve(Certificate certificate, CertificateRules rules, CertificateNumber? newNumber, string? note, DateOnly today, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (certificate.Id != CertificateId)
        {
            throw new ArgumentException("Another certificate.", nameof(certificate));
        }
        if (Status == ChangeRequestStatus.InspectionRequired && InspectionPassed != true)
        {
            throw new CertificateDomainException(CertificateError.ChangeInspectionRequired, "The required inspection has not passed.");
        }
        var status = RequestLifecycles.ChangeRequest.Next(Status, ChangeRequestTrigger.Approve, Holds);
        var version = certificate.IssueChangedVersion(Id, Amendment, rules, newNumber, today, at);
        Status = status;
        ConcurrencyStamp = Guid.NewGuid();
        DecidedOn = today;
        DecisionNote = note?.Trim();
        ResultingVersion = version.Version;
        return version;
    }

    /// <summary>Rejects the change.</summary>
    /// <param name="note">Why.</param>
    /// <param name="today">Decision date.</param>
    public void Reject(string note, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new CertificateDomainException(CertificateError.ReasonRequired, "A reason is required.");
        }
        Move(ChangeRequestTrigger.Reject);
        DecidedOn = today;
        DecisionNote = note.Trim();
    }

    private bool Holds(string condition) => condition == RequestLifecycles.InspectionPassed && InspectionPassed == true;

    private void Move(ChangeRequestTrigger trigger)
    {
        Status = RequestLifecycles.ChangeRequest.Next(Status, trigger, Holds);
        ConcurrencyStamp = Guid.NewGuid();
    }
}
