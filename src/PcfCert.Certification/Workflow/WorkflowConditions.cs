namespace PcfCert.Certification.Workflow;

/// <summary>
/// The named conditions rows of <see cref="ApplicationLifecycle"/> may depend on besides procedure-step keys, each read
/// from the scheme definition (and, for the pending verification, from the application).
/// </summary>
public static class WorkflowConditions
{
    /// <summary>The scheme lets the verification be completed before the on-site inspection (PCEC 7.5.1).</summary>
    public const string VerificationBeforeInspection = "verification-before-inspection";

    /// <summary>The scheme lets the verification be done with the on-site inspection (CEC 5.4.1, PCEC 7.5.1).</summary>
    public const string VerificationWithInspection = "verification-with-inspection";

    /// <summary>The scheme lets the verification be done in a step of its own after the inspection (PCEC 7).</summary>
    public const string VerificationAfterInspection = "verification-after-inspection";

    /// <summary>The scheme has a verification step after the inspection and no verified value exists yet.</summary>
    public const string VerificationPending = "verification-pending";

    /// <summary>The opposite of <see cref="VerificationPending"/>: nothing of the verification is owed after the inspection.</summary>
    public const string VerificationSettled = "verification-settled";

    /// <summary>The scheme asks the team for a comprehensive evaluation report before the technical review (CEC 5.7.1).</summary>
    public const string TeamEvaluationReport = "team-evaluation-report";

    /// <summary>Both <see cref="VerificationAfterInspection"/> and <see cref="TeamEvaluationReport"/>: the report follows the verification step.</summary>
    public const string TeamEvaluationReportAfterVerification = "team-evaluation-report-after-verification";
}
