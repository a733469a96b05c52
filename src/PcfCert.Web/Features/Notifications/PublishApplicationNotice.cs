using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Notifications;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Applications;

namespace PcfCert.Web.Features.Notifications;

/// <summary>
/// Called by <see cref="RunApplicationAction"/> after an action succeeded and before it is saved, so the notices are
/// stored in the same transaction: the parties the action concerns hear of it, and when the status moved, whoever
/// acts next. The actor is not notified of their own action. Actions that only record work (a checklist clause, an
/// upload) notify nobody.
/// </summary>
public sealed class PublishApplicationNotice(PcfCertDbContext db, Recipients recipients, TimeProvider clock)
{
    private static readonly Dictionary<string, NoticeParty[]> Concerned = new(StringComparer.Ordinal)
    {
        ["submit"] = [NoticeParty.Managers],
        ["request-supplement"] = [NoticeParty.Applicant],
        ["accept"] = [NoticeParty.Applicant],
        ["reject"] = [NoticeParty.Applicant],
        ["assign-team"] = [NoticeParty.Applicant, NoticeParty.Team],
        ["replan-team"] = [NoticeParty.Applicant, NoticeParty.Team],
        ["complete-document-review"] = [NoticeParty.Applicant],
        ["start-inspection"] = [NoticeParty.Applicant],
        ["raise-nonconformity"] = [NoticeParty.Applicant],
        ["submit-rectification"] = [NoticeParty.Team],
        ["judge-rectification"] = [NoticeParty.Applicant],
        ["pass-inspection"] = [NoticeParty.Applicant, NoticeParty.Managers],
        ["fail-inspection"] = [NoticeParty.Applicant, NoticeParty.Managers],
        ["raise-finding"] = [NoticeParty.Applicant],
        ["respond-finding"] = [NoticeParty.Team],
        ["close-finding"] = [NoticeParty.Applicant],
        ["record-verified-value"] = [NoticeParty.Applicant],
        ["issue-evaluation-report"] = [NoticeParty.Managers],
        ["recommend"] = [NoticeParty.DecisionMakers],
        ["decide"] = [NoticeParty.Applicant, NoticeParty.Managers],
    };

    /// <summary>The actions that raise a notice.</summary>
    public static IEnumerable<string> Actions => Concerned.Keys;

    /// <summary>The string key of the notice an action raises, or null when it raises none.</summary>
    public static string? TextKey(string action, CertificationApplication a, ActionInput input) => action switch
    {
        "judge-rectification" => input.Optional("accepted") is "true" or "True" or "on" ? "Notice.Text.rectification-accepted" : "Notice.Text.rectification-returned",
        "decide" => a.Status == ApplicationStatus.Approved ? "Notice.Text.approved" : "Notice.Text.refused",
        _ when Concerned.ContainsKey(action) => "Notice.Text." + action,
        _ => null,
    };

    public async Task Handle(CertificationApplication a, string action, ApplicationStatus before, ActionInput input, Actor actor, CancellationToken ct)
    {
        if (TextKey(action, a, input) is not { } key)
        {
            return;
        }
        var parties = Concerned[action].Concat(a.Status != before ? Recipients.NextFor(a.Status) : []);
        var now = clock.GetUtcNow();
        foreach (var user in (await recipients.Of(a, parties, ct)).Where(u => u != actor.UserId))
        {
            db.Notifications.Add(new Notification
            {
                Id = Guid.NewGuid(),
                Key = $"{action}:{a.Id:N}:{a.ConcurrencyStamp:N}:{user}",
                UserId = user,
                TextKey = key,
                Reference = a.Number,
                Party = a.Applicant.Name,
                Link = ApplicationSteps.Link(a.Id, Anchor(action)),
                CreatedAt = now,
            });
        }
    }

    private static string Anchor(string action) => action switch
    {
        "submit" or "request-supplement" or "accept" or "reject" => "accept",
        "assign-team" or "replan-team" or "complete-document-review" => "assign-team",
        "start-inspection" => "record-checklist",
        "raise-nonconformity" or "submit-rectification" or "judge-rectification" or "pass-inspection" or "fail-inspection" => "record-checklist",
        "raise-finding" or "respond-finding" or "close-finding" or "record-verified-value" => "attach-model",
        "recommend" or "issue-evaluation-report" => "recommend",
        _ => "decide",
    };
}
