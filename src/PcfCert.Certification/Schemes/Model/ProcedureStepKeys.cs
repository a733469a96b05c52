namespace PcfCert.Certification.Schemes;

/// <summary>The procedure-step keys a definition may use; the workflow refers to steps by these.</summary>
public static class ProcedureStepKeys
{
    /// <summary>认证申请 (and 受理).</summary>
    public const string Application = "application";

    /// <summary>申请评审 (PCEC).</summary>
    public const string ApplicationReview = "application-review";

    /// <summary>文件评审 (CEC).</summary>
    public const string DocumentReview = "document-review";

    /// <summary>认证策划 / 方案策划: team, person-days, plan.</summary>
    public const string Planning = "planning";

    /// <summary>现场检查.</summary>
    public const string OnSiteInspection = "on-site-inspection";

    /// <summary>产品碳足迹核查 as a step of its own (PCEC).</summary>
    public const string PcfVerification = "pcf-verification";

    /// <summary>认证复核与决定 / 认证结果评价与批准.</summary>
    public const string TechnicalReviewAndDecision = "technical-review-and-decision";

    /// <summary>获证后监督.</summary>
    public const string Surveillance = "surveillance";

    /// <summary>再认证.</summary>
    public const string Recertification = "recertification";

    /// <summary>Every known key.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>
    {
        Application, ApplicationReview, DocumentReview, Planning, OnSiteInspection, PcfVerification,
        TechnicalReviewAndDecision, Surveillance, Recertification,
    };
}
