using PcfCert.Certification.Personnel;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

/// <summary>What a team inspects: the organisation (for conflicts of interest), the products (for the product areas) and the person-days the rule asks for.</summary>
/// <param name="OrganisationId">The inspected organisation.</param>
/// <param name="ProductKeys">The certification units' product keys.</param>
/// <param name="MinimumPersonDays">The least person-days the rule asks for this inspection (0 where it sets none).</param>
public sealed record TeamContext(Guid OrganisationId, IReadOnlyList<string> ProductKeys, decimal MinimumPersonDays);

/// <summary>
/// The inspection team rules shared by every on-site inspection the body carries out: the initial inspection and a
/// surveillance, which is carried out "与 5.4 现场检查要求一致" (CEC 6.2) by a team formed under the same rules.
/// </summary>
public static class InspectionTeamRules
{
    // The product field as the rule names it (the category, or the product where the field is a product key).
    private static LocalizedText AreaName(SchemeDefinition scheme, string area) =>
        scheme.ProductScope.Categories.FirstOrDefault(c => string.Equals(c.Code, area, StringComparison.OrdinalIgnoreCase))?.Name
        ?? scheme.Products.FirstOrDefault(p => p.Key == area)?.Name
        ?? new LocalizedText(area, area);

    /// <summary>
    /// Checks a team against the scheme's composition rules and reports every problem at once (CEC 5.2.1, 5.2.2 table 1,
    /// 5.5; PCEC 7.3): plan fields, conflicts of interest with the inspected organisation, exactly one leader holding the
    /// leader's qualification, the minimum number of inspectors, each required qualification, the product areas,
    /// person-days, one person in one place, and every inspector's professional qualification on the first day.
    /// </summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="members">The people and their roles.</param>
    /// <param name="personDays">Planned person-days.</param>
    /// <param name="plan">The inspection plan.</param>
    /// <param name="context">What is inspected.</param>
    /// <param name="verificationProjects">Footprint verification projects per register entry (CEC table 1's experience); none counted when null.</param>
    /// <exception cref="WorkflowException">Every problem found, at once.</exception>
    public static void Check(SchemeDefinition scheme, IReadOnlyList<TeamAssignment> members, decimal personDays, InspectionPlan plan, TeamContext context,
        IReadOnlyDictionary<Guid, int>? verificationProjects)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(context);
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
        foreach (var conflicted in members.Where(m => m.Person.ConflictsOfInterest.Contains(context.OrganisationId)))
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
        foreach (var area in context.ProductKeys.Select(scheme.ProductAreaOf).OfType<string>().Distinct())
        {
            if (!members.Any(m => m.Person.ProductAreas.Contains(area, StringComparer.OrdinalIgnoreCase)))
            {
                Problem(WorkflowError.ProductAreaNotCovered, "members", AreaName(scheme, area), area);
            }
        }
        if (personDays <= 0 || personDays < context.MinimumPersonDays)
        {
            Problem(WorkflowError.PersonDaysTooFew, "personDays", personDays, context.MinimumPersonDays);
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

}
