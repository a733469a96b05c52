namespace PcfCert.Certification.Certificates;

/// <summary>
/// The parameters of one scheme that govern a certificate's life. Values come from the implementation rule;
/// <see cref="BuiltInCertificateRules"/> holds them for the two seed rules until the scheme catalog supplies them.
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
    bool SurveillanceRecordsYearOnYearReduction);

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

/// <summary>Supplies the certificate rules of a scheme. The scheme catalog will implement it; until then <see cref="BuiltInCertificateRules"/>.</summary>
public interface ICertificateRulesSource
{
    /// <summary>The rules of a scheme, or null for an unknown scheme.</summary>
    /// <param name="schemeId">Scheme identity.</param>
    /// <returns>The rules or null.</returns>
    CertificateRules? Find(string schemeId);

    /// <summary>Every scheme the source knows.</summary>
    IReadOnlyList<CertificateRules> All { get; }
}

/// <summary>The certificate parameters of the two seed rules, each value cited to its clause.</summary>
public sealed class BuiltInCertificateRules : ICertificateRulesSource
{
    /// <summary>Scheme identity of CEC-7065CVP-A/0.</summary>
    public const string CecId = "cec-7065cvp-a0";

    /// <summary>Scheme identity of ZCXH/XZ-15-2024 V4.0.</summary>
    public const string PcecId = "zcxh-xz-15-2024-v4.0";

    /// <summary>CEC-7065CVP-A/0 (中环联合认证中心, electronic components).</summary>
    public static readonly CertificateRules Cec = new(
        SchemeId: CecId,
        NumberPrefix: "CEC-PCF", // not in the rule; PcfCert's choice
        ValidityMonths: 36, // 7.2 有效期为 3 年
        SurveillanceIntervalMaxMonths: 12, // 6.1 监督周期不大于 12 个月
        FirstSurveillanceEarliestMonths: null, // 6.1 sets no earliest date
        SuspensionMaxMonths: 6, // 7.4 证书暂停不超过 6 个月
        SuspensionDeadlineDays: null, // 7.4 sets no deadline
        Renewal: new RenewalWindow(6, RenewalModality.WithinFinalMonths), // 7.2 有效期届满前 6 个月内
        UnplannedIncreaseThreshold: 0.10m, // annex 3 clause 10.1 1) 计划外变化 ... 增加 10% 以上
        PlannedIncreaseThreshold: 0.05m, // annex 3 clause 10.1 2) 计划内变化 ... 增加 5% 以上
        IncreasePersistenceMonths: 3, // annex 3 clause 10.1 持续超过三个月以上
        RectificationMonths: 2, // 6.3 工厂应在 2 个月内完成整改 ... 暂停认证证书
        SurveillanceRecordsYearOnYearReduction: true); // 6.2 a) 较上一年度有所下降 b) 减碳目标是否达成

    /// <summary>ZCXH/XZ-15-2024 V4.0 (中创新海 PCEC).</summary>
    public static readonly CertificateRules Pcec = new(
        SchemeId: PcecId,
        NumberPrefix: "PCEC-PCF", // not in the rule; PcfCert's choice
        ValidityMonths: 24, // 9.2 有效期为2年
        SurveillanceIntervalMaxMonths: 12, // 8.2 每次监督检查间隔不超过12个月
        FirstSurveillanceEarliestMonths: 6, // 8.2 初始现场检查结束或获证后6个月后即可安排年度监督检查
        SuspensionMaxMonths: 6, // 9.4 证书暂停不超过 6 个月
        SuspensionDeadlineDays: 5, // 9.4 在确认相关情况后 5 日内，暂停
        Renewal: new RenewalWindow(6, RenewalModality.AtLeastMonthsBefore), // 10 有效期届满前6个月提交再认证申请
        UnplannedIncreaseThreshold: 0.10m, // annex 1 clause 11.1 (1) 计划外变化 ... 增加10%以上
        PlannedIncreaseThreshold: 0.05m, // annex 1 clause 11.1 (2) 计划内变化 ... 增加5%以上
        IncreasePersistenceMonths: 3, // annex 1 clause 11.1 持续超过三个月以上
        RectificationMonths: 2, // 7.4 (8.3 规定期限) 工厂应在2个月期限内完成整改
        SurveillanceRecordsYearOnYearReduction: false);

    /// <inheritdoc />
    public IReadOnlyList<CertificateRules> All { get; } = [Cec, Pcec];

    /// <inheritdoc />
    public CertificateRules? Find(string schemeId) => All.FirstOrDefault(r => r.SchemeId == schemeId);
}
