using PcfCert.Certification.Workflow;

namespace PcfCert.Web.Features.Applications;

/// <summary>The steps of an application as the page shows them: one at a time, the one in progress first.</summary>
public enum ApplicationStep
{
    Application,
    Review,
    Planning,
    Inspection,
    Verification,
    Decision,
}

/// <summary>
/// Which step an application is in, which steps a scheme has (CEC verifies the footprint within the on-site inspection,
/// PCEC in a step of its own), which step an action or section belongs to, and links that open a section on its step.
/// </summary>
public static class ApplicationSteps
{
    public static string Key(this ApplicationStep step) => step.ToString().ToLowerInvariant();

    public static ApplicationStep? Parse(string? key) =>
        Enum.TryParse<ApplicationStep>(key, ignoreCase: true, out var step) && Enum.IsDefined(step) ? step : null;

    /// <summary>The step in progress for a status (a closed application stays on the step where it ended).</summary>
    public static ApplicationStep Current(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft or ApplicationStatus.AwaitingSupplement => ApplicationStep.Application,
        ApplicationStatus.Submitted or ApplicationStatus.Rejected => ApplicationStep.Review,
        ApplicationStatus.Accepted or ApplicationStatus.Planned or ApplicationStatus.DocumentReviewed => ApplicationStep.Planning,
        ApplicationStatus.Inspecting or ApplicationStatus.InspectionFailed => ApplicationStep.Inspection,
        ApplicationStatus.Verifying => ApplicationStep.Verification,
        _ => ApplicationStep.Decision,
    };

    /// <summary>The steps of a scheme, in order; without a separate verification step its sections are on the inspection's.</summary>
    public static IReadOnlyList<ApplicationStep> Of(bool separateVerification) =>
        Enum.GetValues<ApplicationStep>().Where(s => separateVerification || s != ApplicationStep.Verification).ToList();

    /// <summary>The step whose page holds an action's form or a section's anchor (verification on its own step).</summary>
    public static ApplicationStep OfAnchor(string? anchor) => anchor switch
    {
        "save-form" or "submit" or "upload-document" or "upload-documents" or "remove-document" => ApplicationStep.Application,
        "accept" or "reject" or "request-supplement" => ApplicationStep.Review,
        "assign-team" or "replan-team" or "complete-document-review" or "start-inspection" => ApplicationStep.Planning,
        "record-checklist" or "save-checklist" or "record-consistency" or "raise-nonconformity" or "submit-rectification"
            or "judge-rectification" or "pass-inspection" or "fail-inspection" => ApplicationStep.Inspection,
        "attach-model" or "record-verification-item" or "save-verification-items" or "raise-finding" or "respond-finding"
            or "close-finding" or "record-verified-value" => ApplicationStep.Verification,
        "issue-evaluation-report" or "recommend" or "decide" or "send-failure-notice" => ApplicationStep.Decision,
        _ => ApplicationStep.Application,
    };

    /// <summary>The page of an application opened on the step of a section, scrolled to it.</summary>
    public static string Link(Guid applicationId, string anchor) =>
        $"/Applications/Details/{applicationId}?step={OfAnchor(anchor).Key()}#{anchor}";
}
