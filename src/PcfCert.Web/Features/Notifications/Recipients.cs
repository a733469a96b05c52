using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Access;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Notifications;

/// <summary>Who a notice goes to.</summary>
public enum NoticeParty
{
    Applicant,
    Team,
    Managers,
    Reviewers,
    DecisionMakers,
}

/// <summary>Resolves parties of an application to user ids; reviewers and decision makers exclude the team (and the reviewer).</summary>
public sealed class Recipients(PcfCertDbContext db)
{
    public async Task<IReadOnlyList<string>> Of(CertificationApplication a, IEnumerable<NoticeParty> parties, CancellationToken ct)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var party in parties.Distinct())
        {
            IEnumerable<string> found = party switch
            {
                NoticeParty.Applicant => await OrganisationUsers(a.OrganisationId, ct),
                NoticeParty.Team => a.Team.Where(m => m.UserId is not null).Select(m => m.UserId!),
                NoticeParty.Managers => await InRole(Roles.CertificationManager, ct),
                NoticeParty.Reviewers => (await InRole(Roles.TechnicalReviewer, ct)).Where(u => !a.WasOnTeam(u)),
                NoticeParty.DecisionMakers => (await InRole(Roles.DecisionMaker, ct)).Where(u => !a.WasOnTeam(u) && a.Review?.Reviewer.UserId != u),
                _ => [],
            };
            ids.UnionWith(found);
        }
        return ids.Order(StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<string>> OrganisationUsers(Guid organisationId, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.OrganisationId == organisationId).Select(u => u.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<string>> InRole(string role, CancellationToken ct) =>
        await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where r.Name == role select ur.UserId).ToListAsync(ct);

    /// <summary>Whose turn it is in each status: they hear of it when an action moves the application there.</summary>
    public static IReadOnlyList<NoticeParty> NextFor(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted or ApplicationStatus.Accepted or ApplicationStatus.Approved => [NoticeParty.Managers],
        ApplicationStatus.Planned or ApplicationStatus.DocumentReviewed or ApplicationStatus.Inspecting or ApplicationStatus.Verifying
            or ApplicationStatus.AwaitingEvaluationReport => [NoticeParty.Team],
        ApplicationStatus.AwaitingReview => [NoticeParty.Reviewers],
        ApplicationStatus.AwaitingDecision => [NoticeParty.DecisionMakers],
        ApplicationStatus.Draft or ApplicationStatus.AwaitingSupplement => [NoticeParty.Applicant],
        _ => [],
    };
}
