using PcfCert.Certification.Workflow;

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

/// <summary>Status of a surveillance; moves follow <see cref="RequestLifecycles.Surveillance"/>.</summary>
public enum SurveillanceStatus
{
    /// <summary>Opened, no team yet.</summary>
    Open,

    /// <summary>The team and the plan are assigned (may be re-planned until the inspection starts).</summary>
    TeamAssigned,

    /// <summary>The on-site surveillance inspection is under way: checklist, consistency and footprint are recorded.</summary>
    Inspecting,

    /// <summary>Concluded with a verdict and the surveillance report.</summary>
    Completed,
}

/// <summary>
/// A surveillance (获证后监督) of a certificate: planned (annual) or unannounced. It is an on-site inspection like the
/// initial one (CEC 6.2 "与 5.4 现场检查要求一致", PCEC 8.1 1)–3)): a team formed under the same rules records the
/// factory-assurance checklist, product consistency and the footprint verified from the surveillance period's model
/// (Surveillance.Inspection.cs), then concludes with the report, the CEC 6.2 a) year-on-year comparison and b) the
/// reduction target, and the nonconformities with their rectification deadline (CEC 6.3).
/// </summary>
public sealed partial class Surveillance
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

    /// <summary>Number of the surveillance inspection report.</summary>
    public string? InspectionReference { get; private set; }

    /// <summary>Whether the surveillance passed.</summary>
    public bool? Passed { get; private set; }

    /// <summary>Footprint verified at this surveillance, kg CO2e per declared unit rounded to 0.0001 (from <see cref="VerifiedValue"/>).</summary>
    public decimal? FootprintValue { get; private set; }

    /// <summary>CEC 6.2 a): whether the footprint fell against the previous year (computed at the conclusion).</summary>
    public bool? FootprintBelowPreviousYear { get; private set; }

    /// <summary>CEC 6.2 b): whether the previous year's reduction target was met (computed at the conclusion).</summary>
    public bool? ReductionTargetMet { get; private set; }

    /// <summary>Nonconformities raised.</summary>
    public IReadOnlyList<SurveillanceNonconformity> Nonconformities => _nonconformities;

    /// <summary>Changes on every update.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>
    /// Opens a planned surveillance. At most one planned surveillance of a certificate is open at a time: the next
    /// one is planned once the previous one's verdict is recorded (unannounced ones are not limited).
    /// </summary>
    /// <param name="id">Identity.</param>
    /// <param name="certificate">The certificate; must be valid or suspended.</param>
    /// <param name="today">Opening date.</param>
    /// <param name="ofCertificate">The certificate's surveillances so far.</param>
    /// <returns>The surveillance.</returns>
    /// <exception cref="CertificateDomainException"><see cref="CertificateError.PlannedSurveillanceOpen"/> when another planned one is open.</exception>
    public static Surveillance OpenPlanned(Guid id, Certificate certificate, DateOnly today, IEnumerable<Surveillance> ofCertificate)
    {
        ArgumentNullException.ThrowIfNull(ofCertificate);
        if (PlannedOneOpen(ofCertificate.Where(s => s.CertificateId == certificate?.Id)))
        {
            throw new CertificateDomainException(CertificateError.PlannedSurveillanceOpen, "unannounced",
                "Another planned surveillance of this certificate is still open.");
        }
        return Open(id, certificate!, today, null);
    }

    /// <summary>Opens an unannounced surveillance on one of the scheme's triggers.</summary>
    /// <param name="id">Identity.</param>
    /// <param name="certificate">The certificate.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="today">Opening date.</param>
    /// <returns>The surveillance.</returns>
    public static Surveillance OpenUnannounced(Guid id, Certificate certificate, UnannouncedTrigger trigger, DateOnly today) =>
        Open(id, certificate, today, trigger);

    /// <summary>Whether a surveillance of <paramref name="certificate"/> may be opened (valid or suspended).</summary>
    /// <param name="certificate">The certificate.</param>
    /// <returns>True when one may be opened.</returns>
    public static bool MayOpen(Certificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.Status is CertificateStatus.Valid or CertificateStatus.Suspended;
    }

    /// <summary>Whether one of <paramref name="surveillances"/> (of one certificate) is a planned one still open.</summary>
    /// <param name="surveillances">The certificate's surveillances.</param>
    /// <returns>True when a planned one is open: only an unannounced one may be opened now.</returns>
    public static bool PlannedOneOpen(IEnumerable<Surveillance> surveillances) =>
        surveillances.Any(s => !s.Unannounced && !RequestLifecycles.Surveillance.IsTerminal(s.Status));

    private static Surveillance Open(Guid id, Certificate certificate, DateOnly today, UnannouncedTrigger? trigger)
    {
        if (!MayOpen(certificate))
        {
            throw new CertificateDomainException(CertificateError.IllegalSurveillanceMove, $"No surveillance of a certificate in status {certificate.Status}.");
        }
        return new Surveillance
        {
            Id = id, CertificateId = certificate.Id, Unannounced = trigger is not null, Trigger = trigger, OpenedOn = today,
            Status = SurveillanceStatus.Open, ConcurrencyStamp = Guid.NewGuid(),
        };
    }

    /// <summary>The holder submits rectification evidence for a nonconformity (CEC 6.3, PCEC 8.3 with 7.4.2).</summary>
    /// <param name="nonconformityId">Which one.</param>
    /// <param name="evidence">What was corrected.</param>
    /// <param name="at">When.</param>
    /// <param name="today">The body's date.</param>
    /// <param name="rules">The scheme's rules (maximum submissions).</param>
    public void SubmitRectification(Guid nonconformityId, string evidence, DateTimeOffset at, DateOnly today, CertificateRules rules)
    {
        Find(nonconformityId).Submit(evidence, at, today, rules);
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>
    /// The body verifies the latest submission: accepted closes the nonconformity; returned reopens it, or fails it
    /// when it was the last submission the scheme allows (then the certificate is suspended, CEC 6.3).
    /// </summary>
    /// <param name="nonconformityId">Which one.</param>
    /// <param name="accepted">The verdict.</param>
    /// <param name="comment">Why returned (required) or accepted.</param>
    /// <param name="today">The body's date.</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <returns>The nonconformity's new status.</returns>
    public NonconformityStatus JudgeRectification(Guid nonconformityId, bool accepted, string? comment, DateOnly today, CertificateRules rules)
    {
        var status = Find(nonconformityId).Judge(accepted, comment, today, rules);
        ConcurrencyStamp = Guid.NewGuid();
        return status;
    }

    /// <summary>Open nonconformities whose rectification deadline has passed with no evidence pending (CEC 6.3).</summary>
    /// <param name="today">The date.</param>
    /// <returns>The overdue nonconformities.</returns>
    public IReadOnlyList<SurveillanceNonconformity> OverdueNonconformities(DateOnly today) =>
        _nonconformities.Where(n => n.Status == NonconformityStatus.Open && today > n.RectifyBy).ToList();

    /// <summary>Fails every overdue nonconformity (CEC 6.3 "未能按期完成整改的…暂停认证证书"); the caller suspends the certificate.</summary>
    /// <param name="today">The date.</param>
    /// <returns>The nonconformities failed now.</returns>
    public IReadOnlyList<SurveillanceNonconformity> FailOverdueNonconformities(DateOnly today)
    {
        var overdue = OverdueNonconformities(today);
        foreach (var nc in overdue)
        {
            nc.MissDeadline();
        }
        if (overdue.Count > 0)
        {
            ConcurrencyStamp = Guid.NewGuid();
        }
        return overdue;
    }

    private SurveillanceNonconformity Find(Guid nonconformityId) =>
        _nonconformities.SingleOrDefault(n => n.Id == nonconformityId)
        ?? throw new ArgumentException("Unknown nonconformity.", nameof(nonconformityId));
}
