namespace PcfCert.Certification.Certificates;

/// <summary>Why an unannounced surveillance was opened (CEC 6.1 a–c, PCEC 8.2 1–3).</summary>
public enum UnannouncedTrigger
{
    /// <summary>Serious quality problem or complaint attributable to the manufacturer or factory.</summary>
    Complaint,

    /// <summary>Sufficient reason to doubt the footprint or its conformity.</summary>
    FootprintDoubt,

    /// <summary>Information that organisation, design, key parts, energy, process… changed.</summary>
    ChangeInformation,
}

/// <summary>Status of a surveillance.</summary>
public enum SurveillanceStatus
{
    /// <summary>Opened, not yet concluded.</summary>
    Open,

    /// <summary>Concluded with a verdict.</summary>
    Completed,
}

/// <summary>
/// A surveillance (获证后监督) of a certificate: planned (annual) or unannounced. The inspection and verification
/// themselves belong to the workflow; a surveillance records their reference, the verdict, the CEC 6.2 record and
/// the nonconformities with their rectification deadline.
/// </summary>
public sealed class Surveillance
{
    private readonly List<SurveillanceNonconformity> _nonconformities = [];

    private Surveillance()
    {
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The certificate.</summary>
    public Guid CertificateId { get; private set; }

    /// <summary>Whether it is unannounced.</summary>
    public bool Unannounced { get; private set; }

    /// <summary>The trigger of an unannounced surveillance.</summary>
    public UnannouncedTrigger? Trigger { get; private set; }

    /// <summary>Opening date.</summary>
    public DateOnly OpenedOn { get; private set; }

    /// <summary>Status.</summary>
    public SurveillanceStatus Status { get; private set; }

    /// <summary>Date the on-site work was carried out (the date that counts for the plan).</summary>
    public DateOnly? CarriedOutOn { get; private set; }

    /// <summary>Reference of the workflow's inspection and verification.</summary>
    public string? InspectionReference { get; private set; }

    /// <summary>Whether the surveillance passed.</summary>
    public bool? Passed { get; private set; }

    /// <summary>Verified footprint at this surveillance.</summary>
    public decimal? FootprintValue { get; private set; }

    /// <summary>CEC 6.2 a): whether the footprint fell against the previous year.</summary>
    public bool? FootprintBelowPreviousYear { get; private set; }

    /// <summary>CEC 6.2 b): whether the previous year's reduction target was met.</summary>
    public bool? ReductionTargetMet { get; private set; }

    /// <summary>Nonconformities raised.</summary>
    public IReadOnlyList<SurveillanceNonconformity> Nonconformities => _nonconformities;

    /// <summary>Changes on every update.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>Opens a planned surveillance. PCEC forbids a first one before 6 months after the initial inspection.</summary>
    /// <param name="id">Identity.</param>
    /// <param name="certificate">The certificate; must be valid or suspended.</param>
    /// <param name="today">Opening date.</param>
    /// <returns>The surveillance.</returns>
    public static Surveillance OpenPlanned(Guid id, Certificate certificate, DateOnly today) => Open(id, certificate, today, null);

    /// <summary>Opens an unannounced surveillance on one of the scheme's triggers.</summary>
    /// <param name="id">Identity.</param>
    /// <param name="certificate">The certificate.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="today">Opening date.</param>
    /// <returns>The surveillance.</returns>
    public static Surveillance OpenUnannounced(Guid id, Certificate certificate, UnannouncedTrigger trigger, DateOnly today) =>
        Open(id, certificate, today, trigger);

    private static Surveillance Open(Guid id, Certificate certificate, DateOnly today, UnannouncedTrigger? trigger)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (certificate.Status is not (CertificateStatus.Valid or CertificateStatus.Suspended))
        {
            throw new CertificateDomainException(CertificateError.IllegalSurveillanceMove, $"No surveillance of a certificate in status {certificate.Status}.");
        }
        return new Surveillance
        {
            Id = id, CertificateId = certificate.Id, Unannounced = trigger is not null, Trigger = trigger, OpenedOn = today,
            Status = SurveillanceStatus.Open, ConcurrencyStamp = Guid.NewGuid(),
        };
    }

    /// <summary>Records the verdict. Under CEC the year-on-year reduction and the reduction target must be recorded (6.2).</summary>
    /// <param name="result">The findings.</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <param name="earliestAllowed">The plan's first permitted day for a planned surveillance (PCEC 8.2); null when none.</param>
    public void Complete(SurveillanceResult result, CertificateRules rules, DateOnly? earliestAllowed)
    {
        ArgumentNullException.ThrowIfNull(result);
        var next = RequestLifecycles.Surveillance.Next(Status, SurveillanceTrigger.Complete);
        if (rules.SurveillanceRecordsYearOnYearReduction && (result.FootprintBelowPreviousYear is null || result.ReductionTargetMet is null))
        {
            throw new CertificateDomainException(CertificateError.ReductionRecordRequired,
                "CEC 6.2 requires recording whether the footprint fell against the previous year and whether the reduction target was met.");
        }
        if (result.CarriedOutOn < OpenedOn || (!Unannounced && earliestAllowed is { } e && result.CarriedOutOn < e))
        {
            throw new CertificateDomainException(CertificateError.DateOutOfOrder, "The surveillance date is outside its permitted window.");
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(result.InspectionReference);
        CarriedOutOn = result.CarriedOutOn;
        InspectionReference = result.InspectionReference.Trim();
        Passed = result.Passed;
        FootprintValue = result.FootprintValue;
        FootprintBelowPreviousYear = result.FootprintBelowPreviousYear;
        ReductionTargetMet = result.ReductionTargetMet;
        foreach (var finding in result.Nonconformities.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            _nonconformities.Add(new SurveillanceNonconformity(Guid.NewGuid(), finding.Trim(), result.CarriedOutOn,
                CertificateDates.RectifyBy(result.CarriedOutOn, rules)));
        }
        Status = next;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>Closes a nonconformity after the body verified its rectification.</summary>
    /// <param name="nonconformityId">Which one.</param>
    /// <param name="today">Closing date.</param>
    public void CloseNonconformity(Guid nonconformityId, DateOnly today)
    {
        var nc = _nonconformities.SingleOrDefault(n => n.Id == nonconformityId)
            ?? throw new ArgumentException("Unknown nonconformity.", nameof(nonconformityId));
        nc.Close(today);
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>Open nonconformities whose rectification deadline has passed (CEC 6.3: the certificate is then suspended).</summary>
    /// <param name="today">The date.</param>
    /// <returns>The overdue nonconformities.</returns>
    public IReadOnlyList<SurveillanceNonconformity> OverdueNonconformities(DateOnly today) =>
        _nonconformities.Where(n => n.ClosedOn is null && today > n.RectifyBy).ToList();
}

/// <summary>The findings of a surveillance.</summary>
/// <param name="CarriedOutOn">Date of the on-site work.</param>
/// <param name="InspectionReference">Reference of the inspection and verification report.</param>
/// <param name="Passed">Verdict.</param>
/// <param name="FootprintValue">Verified footprint, if verified.</param>
/// <param name="FootprintBelowPreviousYear">CEC 6.2 a).</param>
/// <param name="ReductionTargetMet">CEC 6.2 b).</param>
/// <param name="Nonconformities">Descriptions of nonconformities raised.</param>
public sealed record SurveillanceResult(
    DateOnly CarriedOutOn,
    string InspectionReference,
    bool Passed,
    decimal? FootprintValue,
    bool? FootprintBelowPreviousYear,
    bool? ReductionTargetMet,
    IReadOnlyList<string> Nonconformities);

/// <summary>A nonconformity raised by a surveillance, with its rectification deadline.</summary>
public sealed class SurveillanceNonconformity
{
    private SurveillanceNonconformity()
    {
        Description = string.Empty;
    }

    internal SurveillanceNonconformity(Guid id, string description, DateOnly foundOn, DateOnly rectifyBy)
    {
        Id = id;
        Description = description;
        FoundOn = foundOn;
        RectifyBy = rectifyBy;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>What was found.</summary>
    public string Description { get; private set; }

    /// <summary>When.</summary>
    public DateOnly FoundOn { get; private set; }

    /// <summary>Last day to rectify.</summary>
    public DateOnly RectifyBy { get; private set; }

    /// <summary>When the rectification was verified; null while open.</summary>
    public DateOnly? ClosedOn { get; private set; }

    internal void Close(DateOnly on)
    {
        if (ClosedOn is not null)
        {
            throw new CertificateDomainException(CertificateError.IllegalSurveillanceMove, "Already closed.");
        }
        if (on < FoundOn)
        {
            throw new CertificateDomainException(CertificateError.DateOutOfOrder, "Closed before it was found.");
        }
        ClosedOn = on;
    }
}
