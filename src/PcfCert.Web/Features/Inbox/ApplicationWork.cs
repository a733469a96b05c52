using PcfCert.Certification.Access;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Web.Features.Applications;

namespace PcfCert.Web.Features.Inbox;

/// <summary>
/// What one application asks of one user now: the applicant's organisation for drafts, supplements, rectifications
/// and findings; managers for acceptance, planning and the certificate; the team for inspection and verification;
/// reviewers and decision makers who were not on the team (and, for the decision, not the reviewer). The deadline is
/// the application's nearest one from <see cref="ApplicationDeadlines"/>, or the nonconformity's own.
/// </summary>
public static class ApplicationWork
{
    public static IEnumerable<WorkItem> For(CertificationApplication a, SchemeDefinition scheme, Worker who, DateOnly today, bool certificateIssued)
    {
        var deadlines = ApplicationDeadlines.Of(a, scheme, today);
        var applicant = who.OrganisationId == a.OrganisationId && who.Is(Roles.Applicant);
        var team = a.WasOnTeam(who.UserId);
        var manager = who.Is(Roles.CertificationManager);
        WorkItem Item(WorkKind kind, string task, string anchor, DateOnly? due = null) =>
            due is { } d
                ? new(kind, task, a.Number, a.Applicant.Name, ApplicationSteps.Link(a.Id, anchor), d, d.DayNumber - today.DayNumber)
                : new(kind, task, a.Number, a.Applicant.Name, ApplicationSteps.Link(a.Id, anchor), deadlines.Nearest?.Date, deadlines.Nearest?.DaysLeft);

        switch (a.Status)
        {
            case ApplicationStatus.Draft when applicant:
                yield return Item(WorkKind.Application, "Inbox.Task.CompleteDraft", "save-form");
                break;
            case ApplicationStatus.AwaitingSupplement when applicant:
                yield return Item(WorkKind.Supplement, "Inbox.Task.Supplement", "upload-document");
                break;
            case ApplicationStatus.Submitted when manager:
                yield return Item(WorkKind.Application, "Inbox.Task.Accept", "accept");
                break;
            case ApplicationStatus.Accepted when manager:
                yield return Item(WorkKind.Application, "Inbox.Task.Plan", "assign-team");
                break;
            case ApplicationStatus.Planned when team:
                yield return Item(WorkKind.Inspection, a.AllowedTriggers(scheme).Contains(WorkflowTrigger.CompleteDocumentReview) ? "Inbox.Task.DocumentReview" : "Inbox.Task.StartInspection", "assign-team");
                break;
            case ApplicationStatus.DocumentReviewed when team:
                yield return Item(WorkKind.Inspection, "Inbox.Task.StartInspection", "assign-team");
                break;
            case ApplicationStatus.Inspecting when team:
                yield return Item(WorkKind.Inspection, "Inbox.Task.Inspect", "record-checklist");
                break;
            case ApplicationStatus.Verifying when team:
                yield return Item(WorkKind.Verification, "Inbox.Task.Verify", "attach-model");
                break;
            case ApplicationStatus.AwaitingEvaluationReport when team:
                yield return Item(WorkKind.Application, "Inbox.Task.EvaluationReport", "recommend");
                break;
            case ApplicationStatus.AwaitingReview when who.Is(Roles.TechnicalReviewer) && !team:
                yield return Item(WorkKind.Review, "Inbox.Task.Review", "recommend");
                break;
            case ApplicationStatus.AwaitingDecision when who.Is(Roles.DecisionMaker) && !team && a.Review?.Reviewer.UserId != who.UserId:
                yield return Item(WorkKind.Decision, "Inbox.Task.Decide", "decide");
                break;
            case ApplicationStatus.Approved when manager && !certificateIssued:
                yield return Item(WorkKind.Certificate, "Inbox.Task.IssueCertificate", "decide");
                break;
        }
        if (a.Status == ApplicationStatus.Inspecting)
        {
            foreach (var nc in a.Nonconformities)
            {
                if (nc.Status == NonconformityStatus.Open && applicant)
                {
                    yield return Item(WorkKind.Rectification, "Inbox.Task.Rectify", "record-checklist", nc.Deadline);
                }
                else if (nc.Status == NonconformityStatus.EvidenceSubmitted && team)
                {
                    yield return Item(WorkKind.Rectification, "Inbox.Task.JudgeRectification", "record-checklist", nc.Deadline);
                }
            }
        }
        if (a.Status is ApplicationStatus.Inspecting or ApplicationStatus.Verifying)
        {
            foreach (var f in a.Findings.Where(f => !f.Closed))
            {
                if (f.Response is null && applicant)
                {
                    yield return Item(WorkKind.Finding, "Inbox.Task.AnswerFinding", "attach-model");
                }
                else if (f.Response is not null && team)
                {
                    yield return Item(WorkKind.Finding, "Inbox.Task.CloseFinding", "attach-model");
                }
            }
        }
    }
}
