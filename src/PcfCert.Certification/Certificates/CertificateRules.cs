namespace PcfCert.Certification.Certificates;

/// <summary>
/// The parameters of one scheme that govern a certificate's life. Values come from the implementation rule;
/// <see cref="SchemeCatalogCertificateRules"/> reads them from the scheme catalog.
/// </summary>
/// <param name="SchemeId">Scheme identity as in the scheme catalog (e.g. <c>cec-7065cvp-a0</c>).</param>
/// <param name="NumberPrefix">Prefix of certificate numbers, followed by year and sequence.</param>
/// <param name="ValidityMonths">Validity of a certificate in months.</param>
/// <param name="SurveillanceIntervalMaxMonths">Longest allowed interval between surveillances.</param>
/// <param name="FirstSurveillanceEarliestMonths">Months after the initial inspection (or issuance) before which no first surveillance may take place; null when the rule sets none.</param>
/// <param name="SuspensionMaxMonths">Longest suspension; a suspension that reaches it becomes a revocation.</param>
/// <param name="SuspensionDeadlineDays">Days after confirming the facts within which the suspension must be applied; null when the rule sets none.</param>
/// <param name="Renewal">When the holder applies for re-certification.</param>
/// <param name="UnplannedIncreaseThreshold">Relative footprint increase after an unplanned change that calls for re-certification (0.10 = 10 %).</param>
/// <param name="PlannedIncreaseThreshold">Relative footprint increase after a planned change that calls for re-certification.</param>
/// <param name="IncreasePersistenceMonths">The increase must last more than this many months.</param>
/// <param name="RectificationMonths">Months to close a surveillance nonconformity before the certificate is suspended.</param>
/// <param name="SurveillanceRecordsYearOnYearReduction">Whether a surveillance must record whether the footprint fell against the previous year and whether the reduction target was met.</param>
/// <param name="MaxRectificationSubmissions">How many times rectification evidence may be submitted for one nonconformity (PCEC 7.4.2: two); null when unlimited.</param>
/// <param name="RestorationRequiresInspection">Whether restoring a suspended certificate needs a passed re-inspection (PCEC 9.4: yes; CEC 7.4: "按照相关规定", no).</param>
/// <param name="ChangeKeepsNumber">Whether the certificate issued after an approved change keeps the number (CEC 7.3: yes; PCEC 9.3 says only the validity is kept: a new number).</param>
/// <param name="ChangeKeepsValidity">Whether it keeps the validity dates (CEC 7.3, PCEC 9.3: yes); when false it gets a fresh validity from the change date.</param>
public sealed record CertificateRules(
    string SchemeId,
    string NumberPrefix,
    int ValidityMonths,
    int SurveillanceIntervalMaxMonths,
    int? FirstSurveillanceEarliestMonths,
    int SuspensionMaxMonths,
    int? SuspensionDeadlineDays,
    RenewalWindow Renewal,
    decimal UnplannedIncreaseThreshold,
    decimal PlannedIncreaseThreshold,
    int IncreasePersistenceMonths,
    int RectificationMonths,
    bool SurveillanceRecordsYearOnYearReduction,
    int? MaxRectificationSubmissions = null,
    bool RestorationRequiresInspection = true,
    bool ChangeKeepsNumber = true,
    bool ChangeKeepsValidity = true);

/// <summary>How a rule words the time for a re-certification application.</summary>
public enum RenewalModality
{
    /// <summary>CEC 7.2 "在有效期届满前 6 个月内": the application falls within the last months before expiry.</summary>
    WithinFinalMonths,

    /// <summary>PCEC 10 "在认证证书有效期届满前6个月提交": the application is due no later than that many months before expiry.</summary>
    AtLeastMonthsBefore,
}

/// <summary>The re-certification application window of a scheme.</summary>
/// <param name="Months">The number of months the rule names.</param>
/// <param name="Modality">How the rule words it.</param>
public sealed record RenewalWindow(int Months, RenewalModality Modality)
{
    /// <summary>Months before the CEC-style deadline, or before a PCEC-style deadline, at which PcfCert reminds the holder (platform choice, ADR 0005).</summary>
    public const int ReminderLeadMonths = 1;

    /// <summary>First day on which an application is in time; null when any earlier day is also in time.</summary>
    /// <param name="validUntil">Last day of validity.</param>
    /// <returns>The opening day or null.</returns>
    public DateOnly? OpensOn(DateOnly validUntil) =>
        Modality == RenewalModality.WithinFinalMonths ? validUntil.AddMonths(-Months) : null;

    /// <summary>Last day on which an application is in time.</summary>
    /// <param name="validUntil">Last day of validity.</param>
    /// <returns>The deadline.</returns>
    public DateOnly DeadlineOn(DateOnly validUntil) =>
        Modality == RenewalModality.WithinFinalMonths ? validUntil : validUntil.AddMonths(-Months);

    /// <summary>The day PcfCert reminds the holder: when the window opens (CEC) or one month before the deadline (PCEC).</summary>
    /// <param name="validUntil">Last day of validity.</param>
    /// <returns>The reminder day.</returns>
    public DateOnly ReminderOn(DateOnly validUntil) =>
        OpensOn(validUntil) ?? DeadlineOn(validUntil).AddMonths(-ReminderLeadMonths);
}

/// <summary>Supplies the certificate rules of a scheme (<see cref="SchemeCatalogCertificateRules"/> in the product).</summary>
public interface ICertificateRulesSource
{
    /// <summary>The rules of a scheme, or null for an unknown scheme.</summary>
    /// <param name="schemeId">Scheme identity.</param>
    /// <returns>The rules or null.</returns>
    CertificateRules? Find(string schemeId);

    /// <summary>Every scheme the source knows.</summary>
    IReadOnlyList<CertificateRules> All { get; }
}
