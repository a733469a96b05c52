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

    // The product field as the rule names it (the category, or the product where the field is a product key).
    private static LocalizedText AreaName(SchemeDefinition scheme, string area) =>
        scheme.ProductScope.Categories.FirstOrDefault(c => string.Equals(c.Code, area, StringComparison.OrdinalIgnoreCase))?.Name
        ?? scheme.Products.FirstOrDefault(p => p.Key == area)?.Name
        ?? new LocalizedText(area, area);

    private void CheckTeam(SchemeDefinition scheme, IReadOnlyList<TeamAssignment> members, decimal personDays, InspectionPlan plan,
        IReadOnlyDictionary<Guid, int>? verificationProjects)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(plan);
        var problems = new List<Rules.DomainProblem>();
        void Problem(WorkflowError error, string path, params object[] args) => problems.Add(WorkflowException.Problem(error, path, args));
        foreach (var (field, value) in new[] { ("plan.purpose", plan.Purpose), ("plan.basis", plan.Basis), ("plan.scope", plan.Scope) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Problem(WorkflowError.MissingField, field, field);
            }
        }
        if (plan.To < plan.From)
        {
            Problem(WorkflowError.InvalidValue, "plan.to", "plan.to");
        }
        foreach (var conflicted in members.Where(m => m.Person.ConflictsOfInterest.Contains(OrganisationId)))
        {
            Problem(WorkflowError.ConflictOfInterest, "members", conflicted.Person.Name);
        }
        var leaders = members.Where(m => m.Role == TeamRole.Leader).ToList();
        if (leaders.Count != 1)
        {
            Problem(WorkflowError.TeamLeaderMissing, "leader");
        }
        var inspectors = members.Where(m => m.Role != TeamRole.Expert).ToList();
        var minimum = scheme.Parameters.MinTeamMembers.Value ?? 1;
        if (inspectors.Count < minimum)
        {
            Problem(WorkflowError.TeamTooSmall, "members", inspectors.Count, minimum);
        }
        foreach (var requirement in scheme.TeamRules.Composition.Where(r => r.MinCount > 0 && r.Qualifications.Count > 0))
        {
            // CEC 5.2.1 "指定一名有能力的检查员担任检查组长": a requirement held by the leader is checked on the leader alone.
            var candidates = requirement.HeldByLeader ? leaders : inspectors;
            var holders = candidates.Count(m => m.Person.QualificationsValidOn(plan.From).Intersect(requirement.Qualifications).Any());
            if (holders < requirement.MinCount)
            {
                if (requirement.HeldByLeader)
                {
                    Problem(WorkflowError.LeaderQualificationMissing, "leader", requirement.Name, requirement.Key);
                }
                else
                {
                    Problem(WorkflowError.QualificationMissing, "members", requirement.Name, requirement.Key);
                }
            }
        }
        // CEC 5.2.1: the team has the product field's footprint competence; PCEC 7.3: the team is formed by the product
        // scope, with technical experts where the inspectors' background is not enough. Experts count, so.
        foreach (var area in Units.Select(u => scheme.ProductAreaOf(u.ProductKey)).OfType<string>().Distinct())
        {
            if (!members.Any(m => m.Person.ProductAreas.Contains(area, StringComparer.OrdinalIgnoreCase)))
            {
                Problem(WorkflowError.ProductAreaNotCovered, "members", AreaName(scheme, area), area);
            }
        }
        // CEC 5.4.2 counts the minimum per production site; PCEC 7.3.1 per inspection.
        var rule = scheme.TeamRules.PersonDays;
        var minimumDays = rule.CountedPerSite ? rule.Minimum * Math.Max(1, ProductionSites.Count) : rule.Minimum;
        if (personDays < minimumDays)
        {
            Problem(WorkflowError.PersonDaysTooFew, "personDays", personDays, minimumDays);
        }
        // Impartiality and independence: one person takes one place on the team — the same register entry twice, or two
        // entries of one user account, would count one person as two.
        foreach (var twice in members.GroupBy(m => m.Person.UserId is { } user ? "u:" + user : "p:" + m.Person.Id).Where(g => g.Count() > 1))
        {
            Problem(WorkflowError.SamePersonTwice, "members", twice.First().Person.Name);
        }
        // CEC 5.2.2 table 1: every inspector on the team (leader and members; experts "不宜低于", so not enforced) holds
        // the inspector's professional qualification on the first day of the inspection.
        if (scheme.TeamRules.PersonnelTypes.FirstOrDefault(t => t.Roles?.Contains(Access.Roles.Inspector) == true) is { Advisory: false } inspector)
        {
            foreach (var member in inspectors.Where(m => !PersonnelQualification.Meets(scheme, inspector, m.Person,
                         verificationProjects?.GetValueOrDefault(m.Person.Id) ?? 0, plan.From)))
            {
                Problem(WorkflowError.PersonnelQualificationMissing, member.Role == TeamRole.Leader ? "leader" : "members", member.Person.Name, inspector.Name,
                    inspector.Qualification, verificationProjects?.GetValueOrDefault(member.Person.Id) ?? 0);
            }
        }
        if (problems.Count > 0)
        {
            throw new WorkflowException(problems);
        }
    }

    /// <summary>Whether the user took part in the evaluation (was in the team).</summary>
    public bool WasOnTeam(string userId) => Team.Any(m => m.UserId == userId);
}
