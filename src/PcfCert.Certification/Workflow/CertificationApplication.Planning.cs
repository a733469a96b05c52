using PcfCert.Certification.Personnel;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

/// <summary>A person proposed for the team with the role they would take.</summary>
/// <param name="Person">The register entry.</param>
/// <param name="Role">Leader, member or expert.</param>
public sealed record TeamAssignment(RegisteredPerson Person, TeamRole Role);

public sealed partial class CertificationApplication
{
    /// <summary>检查组.</summary>
    public IReadOnlyList<TeamMember> Team { get; private set; } = [];

    /// <summary>Planned on-site person-days in total.</summary>
    public decimal PersonDays { get; private set; }

    /// <summary>检查计划.</summary>
    public InspectionPlan? Plan { get; private set; }

    /// <summary>
    /// Forms the team under the scheme's composition rules (CEC 5.2.1: at least two, a competent inspector as leader, a
    /// registered GHG verifier, a voluntary- or green-product inspector; experts optional), refusing anyone with a
    /// declared conflict of interest, and checks person-days against the scheme's minimum per production site.
    /// Every problem is reported at once.
    /// </summary>
    /// <param name="scheme">The application's scheme.</param>
    /// <param name="members">The people and their roles.</param>
    /// <param name="personDays">Planned person-days.</param>
    /// <param name="plan">The inspection plan.</param>
    /// <param name="by">Who assigns.</param>
    /// <param name="at">When.</param>
    /// <param name="verificationProjects">Footprint verification projects per register entry (CEC table 1's experience); none counted when null.</param>
    public void AssignTeam(SchemeDefinition scheme, IReadOnlyList<TeamAssignment> members, decimal personDays, InspectionPlan plan, Actor by, DateTimeOffset at,
        IReadOnlyDictionary<Guid, int>? verificationProjects = null)
    {
        CheckScheme(scheme);
        Require(ApplicationStatus.Accepted);
        CheckTeam(scheme, members, personDays, plan, verificationProjects);
        Move(scheme, WorkflowTrigger.AssignTeam, by, at);
        SetTeam(members, personDays, plan);
    }

    /// <summary>
    /// Re-plans the team (and the plan) under the same rules, until the inspection starts; the reason is kept in the
    /// application's history with the team it replaced.
    /// </summary>
    public void ReplanTeam(SchemeDefinition scheme, IReadOnlyList<TeamAssignment> members, decimal personDays, InspectionPlan plan, string reason,
        Actor by, DateTimeOffset at, IReadOnlyDictionary<Guid, int>? verificationProjects = null)
    {
        CheckScheme(scheme);
        var why = Required(reason, "reason");
        ApplicationLifecycle.Next(Status, WorkflowTrigger.ReplanTeam, scheme);
        CheckTeam(scheme, members, personDays, plan, verificationProjects);
        Move(scheme, WorkflowTrigger.ReplanTeam, by, at, $"{why} (was: {string.Join(", ", Team.Select(m => m.Name))})");
        SetTeam(members, personDays, plan);
    }

    private void SetTeam(IReadOnlyList<TeamAssignment> members, decimal personDays, InspectionPlan plan)
    {
        Team = members.Select(m => new TeamMember(m.Person.Id, m.Person.UserId, m.Person.Name, m.Role, m.Person.QualificationsValidOn(plan.From))).ToList();
        PersonDays = personDays;
        Plan = plan;
    }

    private void CheckTeam(SchemeDefinition scheme, IReadOnlyList<TeamAssignment> members, decimal personDays, InspectionPlan plan,
        IReadOnlyDictionary<Guid, int>? verificationProjects)
    {
        // CEC 5.5 counts the minimum per production site; PCEC 7.3.1 per inspection.
        var rule = scheme.TeamRules.PersonDays;
        var minimumDays = rule.CountedPerSite ? rule.Minimum * Math.Max(1, ProductionSites.Count) : rule.Minimum;
        InspectionTeamRules.Check(scheme, members, personDays, plan,
            new TeamContext(OrganisationId, Units.Select(u => u.ProductKey).ToList(), minimumDays), verificationProjects);
    }

    /// <summary>Whether the user took part in the evaluation (was in the team).</summary>
    public bool WasOnTeam(string userId) => Team.Any(m => m.UserId == userId);
}
