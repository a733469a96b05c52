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
    /// Forms the team under the scheme's composition rules (CEC 5.2.1: at least two, one leader, a registered GHG
    /// verifier, a voluntary- or green-product inspector; experts optional), refusing anyone with a declared conflict
    /// of interest, and checks person-days against the scheme's minimum per production site.
    /// </summary>
    public void AssignTeam(SchemeDefinition scheme, IReadOnlyList<TeamAssignment> members, decimal personDays, InspectionPlan plan, Actor by, DateTimeOffset at)
    {
        CheckScheme(scheme);
        Require(ApplicationStatus.Accepted);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(plan);
        Required(plan.Purpose, "plan.purpose");
        Required(plan.Basis, "plan.basis");
        Required(plan.Scope, "plan.scope");
        if (plan.To < plan.From)
        {
            throw new WorkflowException(WorkflowError.InvalidValue, "plan.to");
        }
        if (members.FirstOrDefault(m => m.Person.ConflictsOfInterest.Contains(OrganisationId)) is { } conflicted)
        {
            throw new WorkflowException(WorkflowError.ConflictOfInterest, conflicted.Person.Name);
        }
        if (members.Count(m => m.Role == TeamRole.Leader) != 1)
        {
            throw new WorkflowException(WorkflowError.TeamLeaderMissing);
        }
        var inspectors = members.Where(m => m.Role != TeamRole.Expert).ToList();
        var minimum = scheme.Parameters.MinTeamMembers.Value ?? 1;
        if (inspectors.Count < minimum)
        {
            throw new WorkflowException(WorkflowError.TeamTooSmall, inspectors.Count, minimum);
        }
        foreach (var requirement in scheme.TeamRules.Composition.Where(r => r.MinCount > 0 && r.Qualifications.Count > 0))
        {
            var holders = inspectors.Count(m => m.Person.QualificationsValidOn(plan.From).Intersect(requirement.Qualifications).Any());
            if (holders < requirement.MinCount)
            {
                throw new WorkflowException(WorkflowError.QualificationMissing, requirement.Key);
            }
        }
        // CEC 5.2.1: the team has the product field's footprint competence; PCEC 7.3: the team is formed by the product
        // scope, with technical experts where the inspectors' background is not enough. Experts count, so.
        foreach (var area in Units.Select(u => scheme.ProductAreaOf(u.ProductKey)).OfType<string>().Distinct())
        {
            if (!members.Any(m => m.Person.ProductAreas.Contains(area, StringComparer.OrdinalIgnoreCase)))
            {
                throw new WorkflowException(WorkflowError.ProductAreaNotCovered, area);
            }
        }
        // CEC 5.4.2 counts the minimum per production site; PCEC 7.3.1 per inspection.
        var rule = scheme.TeamRules.PersonDays;
        var minimumDays = rule.CountedPerSite ? rule.Minimum * Math.Max(1, ProductionSites.Count) : rule.Minimum;
        if (personDays < minimumDays)
        {
            throw new WorkflowException(WorkflowError.PersonDaysTooFew, personDays, minimumDays);
        }

        Move(scheme, WorkflowTrigger.AssignTeam, by, at);
        Team = members.Select(m => new TeamMember(m.Person.Id, m.Person.UserId, m.Person.Name, m.Role, m.Person.QualificationsValidOn(plan.From))).ToList();
        PersonDays = personDays;
        Plan = plan;
    }

    /// <summary>Whether the user took part in the evaluation (was in the team).</summary>
    public bool WasOnTeam(string userId) => Team.Any(m => m.UserId == userId);
}
