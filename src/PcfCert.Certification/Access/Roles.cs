namespace PcfCert.Certification.Access;

/// <summary>
/// The roles of PcfCert users: the applicant's own users and the personnel types that the
/// implementation rules name for a certification body (CEC-7065CVP-A/0 table 1), plus the administrator.
/// </summary>
public static class Roles
{
    /// <summary>A user of one enterprise (认证委托人); sees only that organisation's data.</summary>
    public const string Applicant = "Applicant";

    /// <summary>认证管理人员.</summary>
    public const string CertificationManager = "CertificationManager";

    /// <summary>检查员.</summary>
    public const string Inspector = "Inspector";

    /// <summary>认证复核人员.</summary>
    public const string TechnicalReviewer = "TechnicalReviewer";

    /// <summary>认证决定人员.</summary>
    public const string DecisionMaker = "DecisionMaker";

    /// <summary>认证人员能力评价人员.</summary>
    public const string CompetenceEvaluator = "CompetenceEvaluator";

    /// <summary>认证方案制定人员.</summary>
    public const string SchemeOwner = "SchemeOwner";

    /// <summary>技术专家.</summary>
    public const string TechnicalExpert = "TechnicalExpert";

    /// <summary>Creates organisations and users; has no part in certification decisions.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Every role, in the order menus list them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Applicant, CertificationManager, Inspector, TechnicalReviewer, DecisionMaker,
        CompetenceEvaluator, SchemeOwner, TechnicalExpert, Administrator,
    ];

    /// <summary>Roles held by staff of the certification body (everyone but applicants and administrators).</summary>
    public static IReadOnlyList<string> CertificationBodyStaff { get; } =
    [
        CertificationManager, Inspector, TechnicalReviewer, DecisionMaker,
        CompetenceEvaluator, SchemeOwner, TechnicalExpert,
    ];
}
