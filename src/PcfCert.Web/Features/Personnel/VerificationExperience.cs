using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Personnel;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Personnel;

/// <summary>
/// CEC 5.2.2 table 1 "具备 2 个以上碳足迹核查项目经历": the footprint verification projects of each person, counted from
/// PcfCert's own projects (on the team of an application whose verified value was recorded) and from the projects
/// recorded in the register (done before PcfCert or elsewhere).
/// </summary>
public static class VerificationExperience
{
    public sealed record Experience(int InSystem, int Recorded)
    {
        public int Total => InSystem + Recorded;
    }

    public static async Task<IReadOnlyDictionary<Guid, Experience>> CountAsync(PcfCertDbContext db, IReadOnlyCollection<RegisteredPerson> people, CancellationToken ct)
    {
        var ids = people.Select(p => p.Id).ToHashSet();
        // The team is a JSON column: read the teams of verified projects and count membership here.
        var teams = await db.Applications.AsNoTracking().Where(a => a.VerifiedValue != null).Select(a => a.Team).ToListAsync(ct);
        var inSystem = teams.SelectMany(t => t.Select(m => m.PersonId).Distinct()).Where(ids.Contains)
            .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        return people.DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => new Experience(inSystem.GetValueOrDefault(p.Id), p.ProjectHistory.Count));
    }

    public static async Task<int> TotalAsync(PcfCertDbContext db, RegisteredPerson person, CancellationToken ct) =>
        (await CountAsync(db, [person], ct))[person.Id].Total;
}
