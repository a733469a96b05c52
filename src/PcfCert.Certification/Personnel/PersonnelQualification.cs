using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;

namespace PcfCert.Certification.Personnel;

/// <summary>
/// The professional qualification a scheme requires of a personnel type (CEC 5.2.2 table 1): for an inspector "至少应具备
/// 自愿性产品认证或温室气体核查员资质，或具备 2 个以上碳足迹核查项目经历"; for reviewers and decision makers "应不低于检查员的专业
/// 资格要求". A type whose requirement the rule states only in words (education, training) is recorded, not checked here:
/// the competence evaluation records it.
/// </summary>
public static class PersonnelQualification
{
    /// <summary>The type the scheme gives for a PcfCert role (e.g. TechnicalReviewer → 认证复核与决定人员), if any.</summary>
    public static PersonnelType? TypeForRole(SchemeDefinition scheme, string role)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return scheme.TeamRules.PersonnelTypes.FirstOrDefault(t => t.Roles?.Contains(role) == true);
    }

    /// <summary>The type whose qualification applies to <paramref name="type"/>: itself, or the floor it names (not lower than …).</summary>
    public static PersonnelType Effective(SchemeDefinition scheme, PersonnelType type)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(type);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (type.NotLowerThan is { } floor && seen.Add(type.Key)
               && scheme.TeamRules.PersonnelTypes.FirstOrDefault(t => t.Key == floor) is { } next)
        {
            type = next;
        }
        return type;
    }

    /// <summary>
    /// Whether <paramref name="person"/> meets the type's professional qualification on <paramref name="on"/>: one of its
    /// registrations valid that day, or at least the number of verification projects it names. True where the type
    /// states no checkable requirement.
    /// </summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="type">The personnel type (its floor is followed).</param>
    /// <param name="person">The register entry.</param>
    /// <param name="verificationProjects">Footprint verification projects of the person: PcfCert's own and those recorded.</param>
    /// <param name="on">The day the person acts.</param>
    public static bool Meets(SchemeDefinition scheme, PersonnelType type, RegisteredPerson person, int verificationProjects, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(person);
        var rule = Effective(scheme, type);
        var qualifications = rule.Qualifications ?? [];
        if (qualifications.Count == 0 && rule.MinVerificationProjects is null)
        {
            return true;
        }
        return person.QualificationsValidOn(on).Intersect(qualifications, StringComparer.Ordinal).Any()
               || (rule.MinVerificationProjects is { } min && verificationProjects >= min);
    }

    /// <summary>
    /// Refuses a person acting in <paramref name="role"/> (reviewing, deciding) without the register entry of that type
    /// or without the type's qualification (CEC 5.2.2 table 1; PCEC 7.6 "有能力的复核人员"). A scheme without personnel types
    /// still needs the person registered as the role.
    /// </summary>
    /// <exception cref="WorkflowException"><see cref="WorkflowError.NotRegisteredPersonnel"/> or <see cref="WorkflowError.PersonnelQualificationMissing"/>.</exception>
    public static void RequireToAct(SchemeDefinition scheme, string role, Actor actor, RegisteredPerson? person, int verificationProjects, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (person is null || !person.PersonnelTypes.Contains(role))
        {
            throw new WorkflowException(WorkflowError.NotRegisteredPersonnel, actor.Name, role);
        }
        if (TypeForRole(scheme, role) is { Advisory: false } type && !Meets(scheme, type, person, verificationProjects, on))
        {
            throw new WorkflowException(WorkflowError.PersonnelQualificationMissing, person.Name, type.Name, Effective(scheme, type).Qualification, verificationProjects);
        }
    }
}
