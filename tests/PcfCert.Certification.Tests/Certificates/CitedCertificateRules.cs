using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Tests.Certificates;

/// <summary>
/// The certificate parameters of the two seed rules, each value typed in by hand from the rule and cited to its
/// clause: the expectation the catalog-derived rules are checked against, and a fixed source for tests.
/// </summary>
public sealed class CitedCertificateRules : ICertificateRulesSource
{
    public const string CecId = SchemeIds.Cec;
    public const string PcecId = SchemeIds.Pcec;

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
        SurveillanceRecordsYearOnYearReduction: true, // 6.2 a) 较上一年度有所下降 b) 减碳目标是否达成
        RestorationRequiresInspection: false, // 7.4 CEC 按照相关规定进行恢复处理 (no re-inspection named)
        ChangeKeepsNumber: true, // 7.3 新证书的编号、批准有效日期保持不变
        ChangeKeepsValidity: true); // 7.3 (same sentence)

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
        SurveillanceRecordsYearOnYearReduction: false,
        MaxRectificationSubmissions: 2, // 7.4.2 整改材料最多提供两次
        RestorationRequiresInspection: true, // 9.4 认证机构再次实施检查，检查通过后方可恢复证书
        ChangeKeepsNumber: false, // 9.3 换发新证书，新证书的有效日期保持不变 — only the validity is kept: a new number
        ChangeKeepsValidity: true); // 9.3 新证书的有效日期保持不变

    /// <inheritdoc />
    public IReadOnlyList<CertificateRules> All { get; } = [Cec, Pcec];

    /// <inheritdoc />
    public CertificateRules? Find(string schemeId) => All.FirstOrDefault(r => r.SchemeId == schemeId);
}
