namespace PcfCert.Certification.Schemes;

/// <summary>Inspection-team and personnel rules.</summary>
/// <param name="Composition">Roles the team must (or may) include; the minimum size is <see cref="SchemeParameters.MinTeamMembers"/>.</param>
/// <param name="GeneralRequirements">Requirements on every member (impartiality, confidentiality, competence).</param>
/// <param name="PersonnelTypes">Personnel types with competence and qualification (CEC table 1); empty when the rule has none.</param>
/// <param name="PersonDays">Minimum on-site person-days.</param>
public sealed record TeamRules(
    IReadOnlyList<TeamRoleRequirement> Composition,
    IReadOnlyList<SchemeItem> GeneralRequirements,
    IReadOnlyList<PersonnelType> PersonnelTypes,
    PersonDaysRule PersonDays);

/// <summary>A role the team must include at least <see cref="MinCount"/> times.</summary>
/// <param name="Key">e.g. "team-leader", "ghg-verifier".</param>
/// <param name="Name">Role name.</param>
/// <param name="MinCount">Minimum members in the role; 0 when optional.</param>
/// <param name="Qualifications">Any one of these qualifications satisfies the role (keys).</param>
/// <param name="Clause">Where the rule says it.</param>
/// <param name="Source">The rule's sentence.</param>
/// <param name="HeldByLeader">True when the team leader must hold the qualification (CEC 5.2.1: the leader is a competent inspector).</param>
public sealed record TeamRoleRequirement(
    string Key, LocalizedText Name, int MinCount, IReadOnlyList<string> Qualifications, string Clause, string Source, bool HeldByLeader = false);

/// <summary>A type of certification personnel with its basic competence and qualification conditions.</summary>
/// <param name="Key">Stable key.</param>
/// <param name="Name">Type name.</param>
/// <param name="Competence">能力要求, quoted.</param>
/// <param name="Qualification">专业资格要求, quoted.</param>
/// <param name="Clause">Where the rule says it.</param>
/// <param name="Roles">The PcfCert roles that act as this type (e.g. TechnicalReviewer and DecisionMaker for 认证复核与决定人员).</param>
/// <param name="Qualifications">Registrations of which any one, valid on the day, meets the 专业资格要求; empty when the rule names none.</param>
/// <param name="MinVerificationProjects">Footprint verification projects that meet the requirement instead (CEC table 1: "2 个以上" = at least 2).</param>
/// <param name="NotLowerThan">The type whose requirement applies as a floor ("应不低于检查员的专业资格要求").</param>
/// <param name="Advisory">True where the rule says 宜/不宜 (should), not 应 (shall): shown, not enforced.</param>
public sealed record PersonnelType(string Key, LocalizedText Name, string Competence, string Qualification, string Clause,
    IReadOnlyList<string>? Roles = null, IReadOnlyList<string>? Qualifications = null, int? MinVerificationProjects = null, string? NotLowerThan = null,
    bool Advisory = false);

/// <summary>Minimum on-site inspection person-days (人日).</summary>
/// <param name="Minimum">Minimum person-days.</param>
/// <param name="CountedPerSite">True when each production site must reach the minimum on its own.</param>
/// <param name="InPrinciple">True when the rule says "原则上" (a default the body may justify departing from).</param>
/// <param name="AppliesTo">Which inspections the minimum is stated for.</param>
/// <param name="Clause">Where the rule says it.</param>
/// <param name="Source">The rule's sentences.</param>
public sealed record PersonDaysRule(decimal Minimum, bool CountedPerSite, bool InPrinciple, LocalizedText AppliesTo, string Clause, string Source);
