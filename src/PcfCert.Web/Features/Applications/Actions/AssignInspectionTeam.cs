using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Organisations;
using PcfCert.Certification.Workflow;

namespace PcfCert.Web.Features.Applications.Actions;

/// <summary>Forms the inspection team from the personnel register and records the inspection plan and person-days.</summary>
public sealed class AssignInspectionTeam : IApplicationAction
{
    public string Name => "assign-team";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Manager];

    public async Task Apply(ActionContext c)
    {
        var (team, personDays, plan) = await ReadAsync(c);
        c.Application.AssignTeam(c.Scheme, team, personDays, plan, c.Actor, c.Now, await ExperienceAsync(c, team));
    }

    /// <summary>CEC table 1: each proposed person's footprint verification projects (PcfCert's own and recorded).</summary>
    internal static async Task<IReadOnlyDictionary<Guid, int>> ExperienceAsync(ActionContext c, IReadOnlyList<TeamAssignment> team) =>
        (await Personnel.VerificationExperience.CountAsync(c.Db, team.Select(t => t.Person).ToList(), CancellationToken.None))
            .ToDictionary(e => e.Key, e => e.Value.Total);

    /// <summary>The team, person-days and plan posted by the planning form.</summary>
    internal static async Task<(IReadOnlyList<TeamAssignment> Team, decimal PersonDays, InspectionPlan Plan)> ReadAsync(ActionContext c)
    {
        var i = c.Input;
        var leader = PersonId(i.Required("leader"), "leader");
        // The same person ticked twice (leader and member, member and expert) is refused by the domain, not dropped here.
        var members = i.Values("members").Select(m => PersonId(m, "members")).ToList();
        var experts = i.Values("experts").Select(m => PersonId(m, "experts")).ToList();
        var ids = new[] { leader }.Concat(members).Concat(experts).Distinct().ToList();
        var people = await c.Db.Personnel.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        if (people.Count != ids.Count)
        {
            throw new ActionInputException("members", "Validation.ChoiceField");
        }
        IReadOnlyList<TeamAssignment> team =
        [
            new(people[leader], TeamRole.Leader),
            .. members.Select(m => new TeamAssignment(people[m], TeamRole.Member)),
            .. experts.Select(m => new TeamAssignment(people[m], TeamRole.Expert)),
        ];
        c.Application.CheckImpartiality(people.Values, await InspectedPartiesAsync(c));
        var plan = new InspectionPlan(i.Required("purpose"), i.Required("basis"), i.Required("scope"), i.Date("from"), i.Date("to"));
        return (team, i.Decimal("personDays"), plan);
    }

    /// <summary>The registered organisations whose credit code is the manufacturer's or the factory's.</summary>
    private static async Task<IReadOnlyCollection<Guid>> InspectedPartiesAsync(ActionContext c)
    {
        var ids = new List<Guid>();
        foreach (var text in c.Application.InspectedPartyCreditCodes)
        {
            if (UnifiedSocialCreditCode.TryParse(text, out var code, out _))
            {
                ids.AddRange(await c.Db.Organisations.Where(o => o.CreditCode == code!).Select(o => o.Id).ToListAsync());
            }
        }
        return ids;
    }

    private static Guid PersonId(string value, string field) =>
        Guid.TryParse(value, out var id) ? id : throw new ActionInputException(field, "Validation.ChoiceField");
}

/// <summary>Re-plans the team and plan with a reason, until the inspection starts (the reason and the former team are kept).</summary>
public sealed class ReplanInspectionTeam : IApplicationAction
{
    public string Name => "replan-team";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Manager];

    public async Task Apply(ActionContext c)
    {
        var reason = c.Input.Required("reason");
        var (team, personDays, plan) = await AssignInspectionTeam.ReadAsync(c);
        c.Application.ReplanTeam(c.Scheme, team, personDays, plan, reason, c.Actor, c.Now, await AssignInspectionTeam.ExperienceAsync(c, team));
    }
}
