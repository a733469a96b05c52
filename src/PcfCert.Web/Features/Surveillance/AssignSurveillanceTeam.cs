using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Workflow;
using PcfCert.Web.Features.Personnel;

namespace PcfCert.Web.Features.Surveillance;

/// <summary>
/// Forms (or, before the inspection starts, re-plans) the surveillance team from the personnel register under the
/// initial inspection's rules (CEC 6.2 "与 5.4 现场检查要求一致", 5.2.1, table 1; PCEC 8.1 with 7.3) (manager).
/// </summary>
public sealed class AssignSurveillanceTeam(SurveillanceWork work)
{
    public sealed record Input(Guid? Leader, IReadOnlyList<Guid>? Members, IReadOnlyList<Guid>? Experts, decimal? PersonDays,
        string? Purpose, string? Basis, string? Scope, DateOnly? From, DateOnly? To);

    public Task<Outcome<Certification.Certificates.Surveillance>> Handle(Guid surveillanceId, Input input, CancellationToken ct) =>
        work.RunAsync(surveillanceId, SurveillanceParty.Manager, async c =>
        {
            var members = input.Members ?? [];
            var experts = input.Experts ?? [];
            var ids = (input.Leader is { } l ? new[] { l } : []).Concat(members).Concat(experts).Distinct().ToList();
            var people = await c.Db.Personnel.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            if (input.Leader is null)
            {
                throw new WorkflowException(WorkflowError.TeamLeaderMissing);
            }
            if (people.Count != ids.Count)
            {
                throw new WorkflowException([WorkflowException.Problem(WorkflowError.UnknownItem, "members", string.Join(", ", ids.Where(i => !people.ContainsKey(i))))]);
            }
            IReadOnlyList<TeamAssignment> team =
            [
                new(people[input.Leader.Value], TeamRole.Leader),
                .. members.Select(m => new TeamAssignment(people[m], TeamRole.Member)),
                .. experts.Select(m => new TeamAssignment(people[m], TeamRole.Expert)),
            ];
            var plan = new InspectionPlan(input.Purpose ?? "", input.Basis ?? "", input.Scope ?? "", input.From ?? c.Today, input.To ?? input.From ?? c.Today);
            // CEC 5.5 sets its 2 person-days for the initial inspection only; a surveillance's are planned by the body.
            var context = new TeamContext(c.Application?.OrganisationId ?? c.Certificate.HolderOrganisationId ?? Guid.Empty,
                c.Application?.Units.Select(u => u.ProductKey).ToList() ?? [], 0m);
            var experience = (await VerificationExperience.CountAsync(c.Db, team.Select(t => t.Person).ToList(), ct)).ToDictionary(e => e.Key, e => e.Value.Total);
            c.Surveillance.AssignTeam(c.Scheme, team, input.PersonDays ?? 0m, plan, context, experience);
        }, ct);
}
