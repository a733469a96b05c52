using PcfCert.Certification.Rules;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

public sealed partial class CertificationApplication
{
    /// <summary>Model versions, oldest first.</summary>
    public IReadOnlyList<ModelVersion> ModelVersions { get; private set; } = [];

    /// <summary>Checks of the scheme's verification items.</summary>
    public IReadOnlyList<VerificationItemResult> VerificationItems { get; private set; } = [];

    /// <summary>Verifier findings.</summary>
    public IReadOnlyList<VerificationFinding> Findings { get; private set; } = [];

    /// <summary>The verified value, once recorded.</summary>
    public VerifiedFootprint? VerifiedValue { get; private set; }

    /// <summary>Attaches a new model version computed by the engine.</summary>
    public ModelVersion AttachModel(SchemeDefinition scheme, Guid recordId, string inputSha256, double totalKgCO2e, string declaredUnit, Actor by, DateTimeOffset at,
        bool cutOffPassed = true)
    {
        CheckScheme(scheme);
        RequireVerificationStep(scheme);
        var version = new ModelVersion(ModelVersions.Count + 1, recordId, inputSha256, totalKgCO2e, declaredUnit, at, by, cutOffPassed);
        ModelVersions = [.. ModelVersions, version];
        Touch();
        return version;
    }

    /// <summary>Records the check of one verification item.</summary>
    public void RecordVerificationItem(SchemeDefinition scheme, VerificationItemResult result)
    {
        CheckScheme(scheme);
        RequireVerificationStep(scheme);
        if (scheme.Verification.Items.All(i => i.Key != result.ItemKey))
        {
            throw new WorkflowException(WorkflowError.UnknownItem, result.ItemKey);
        }
        VerificationItems = [.. VerificationItems.Where(i => i.ItemKey != result.ItemKey), result];
        Touch();
    }

    /// <summary>
    /// Records the checks of several verification items at once (one form). Items not in <paramref name="results"/>
    /// keep what they had; every unknown or repeated item is reported together and nothing is recorded unless all are valid.
    /// </summary>
    /// <exception cref="WorkflowException">Not in the verification step, nothing to record, or unknown/repeated items (all listed).</exception>
    public void RecordVerificationItems(SchemeDefinition scheme, IReadOnlyList<VerificationItemResult> results)
    {
        CheckScheme(scheme);
        RequireVerificationStep(scheme);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            throw new WorkflowException(WorkflowError.MissingField, "verificationItems");
        }
        var problems = results
            .Where(r => scheme.Verification.Items.All(i => i.Key != r.ItemKey))
            .Select(r => WorkflowException.Problem(WorkflowError.UnknownItem, $"verificationItems.{r.ItemKey}", r.ItemKey))
            .Concat(results.GroupBy(r => r.ItemKey).Where(g => g.Count() > 1)
                .Select(g => WorkflowException.Problem(WorkflowError.InvalidValue, $"verificationItems.{g.Key}", $"verificationItems.{g.Key}")))
            .ToList();
        if (problems.Count > 0)
        {
            throw new WorkflowException(problems);
        }
        var recorded = results.Select(r => r.ItemKey).ToHashSet(StringComparer.Ordinal);
        VerificationItems = [.. VerificationItems.Where(i => !recorded.Contains(i.ItemKey)), .. results];
        Touch();
    }

    /// <summary>Raises a finding on a line of a model version; the line must exist in that version (<paramref name="pathExists"/>).</summary>
    public VerificationFinding RaiseFinding(SchemeDefinition scheme, int modelVersion, string path, FindingClass findingClass, string description, string requestedCorrection,
        Func<string, bool> pathExists)
    {
        ArgumentNullException.ThrowIfNull(pathExists);
        CheckScheme(scheme);
        RequireVerificationStep(scheme);
        if (ModelVersions.All(v => v.Version != modelVersion))
        {
            throw new WorkflowException(WorkflowError.UnknownItem, modelVersion);
        }
        if (string.IsNullOrWhiteSpace(path) || !path.StartsWith('/') || !pathExists(path))
        {
            throw new WorkflowException([WorkflowException.Problem(WorkflowError.NoSuchModelLine, "path", path ?? string.Empty, modelVersion)]);
        }
        var finding = new VerificationFinding(Findings.Count + 1, modelVersion, path, findingClass,
            Required(description, "description"), Required(requestedCorrection, "requestedCorrection"), null, null, false);
        Findings = [.. Findings, finding];
        Touch();
        return finding;
    }

    /// <summary>The applicant responds to a finding.</summary>
    public void RespondToFinding(int number, string response)
    {
        RequireFindingsOpen();
        var finding = FindFinding(number);
        FindingLifecycle.Table.Next(FindingLifecycle.StatusOf(finding), FindingTrigger.Respond);
        ReplaceFinding(finding with { Response = Required(response, "response") });
    }

    /// <summary>The verifier closes a finding with the closing evidence.</summary>
    public void CloseFinding(int number, string closingEvidence)
    {
        RequireFindingsOpen();
        var finding = FindFinding(number);
        FindingLifecycle.Table.Next(FindingLifecycle.StatusOf(finding), FindingTrigger.Close);
        ReplaceFinding(finding with { ClosingEvidence = Required(closingEvidence, "closingEvidence"), Closed = true });
    }

    /// <summary>Key of the verification-report cover field 检查组同行人员 (PCEC annex 2), which the team leader answers.</summary>
    public const string AccompanyingPersonsField = "accompanying-persons";

    /// <summary>
    /// Records the verified value from a model version. Every verification item must be checked and satisfied
    /// and no major or minor finding may be open. Recording it is a move of the transition table: in its own step it ends
    /// the verification; before or with the inspection the status stays. The report's cover is fixed with it (PCEC annex 2):
    /// body, date and team from the records, and the accompanying persons, which a scheme whose report lists them
    /// requires as an answer (an empty list: none accompanied).
    /// </summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="modelVersion">The verified model version.</param>
    /// <param name="by">The team member.</param>
    /// <param name="at">The instant.</param>
    /// <param name="accompanyingPersons">检查组同行人员, one per entry; empty for none; null when not answered.</param>
    public void RecordVerifiedValue(SchemeDefinition scheme, int modelVersion, Actor by, DateTimeOffset at, IReadOnlyList<string>? accompanyingPersons = null)
    {
        CheckScheme(scheme);
        RequireVerificationStep(scheme);
        var version = ModelVersions.FirstOrDefault(v => v.Version == modelVersion)
            ?? throw new WorkflowException(WorkflowError.UnknownItem, modelVersion);
        // Every problem at once: unchecked or unsatisfied items (by name), the cut-off, open findings.
        var problems = scheme.Verification.Items.Where(i => VerificationItems.All(r => r.ItemKey != i.Key || !r.Satisfied))
            .Select(i => WorkflowException.Problem(WorkflowError.ChecklistIncomplete, $"verification.{i.Key}", i.Name)).ToList();
        // CEC 5.4.3.2 c): a model whose excluded inputs exceed the scheme's limit cannot give the verified value.
        if (!version.CutOffPassed)
        {
            problems.Add(WorkflowException.Problem(WorkflowError.CutOffExceeded, "modelVersion", version.Version));
        }
        problems.AddRange(Findings.Where(f => !f.Closed && f.Class != FindingClass.Observation)
            .Select(f => WorkflowException.Problem(WorkflowError.NonconformityOpen, $"findings.{f.Number}", "F" + f.Number)));
        var accompanying = accompanyingPersons?.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (accompanying is null && scheme.VerificationReportFields.Any(f => f.Key == AccompanyingPersonsField))
        {
            problems.Add(WorkflowException.Problem(WorkflowError.MissingField, "report.accompanyingPersons", "report.accompanyingPersons"));
        }
        ThrowIfAny(problems);
        var header = new VerificationReportHeader(scheme.Issuer.Name, ChinaDate(at), Team, accompanying ?? []);
        var value = new VerifiedFootprint(version.TotalKgCO2e, version.DeclaredUnit, version.Version, version.InputSha256, ChinaDate(at), header);
        Move(scheme, WorkflowTrigger.CompleteVerification, by, at, $"v{version.Version} {version.TotalKgCO2e:G6} kg CO2e");
        VerifiedValue = value;
        Touch();
    }

    // When the verification may be done follows the scheme's timing: CEC within the on-site inspection (5.4.1); PCEC before
    // it, with it or in its own step after it (7.5.1, 7). Before the inspection means once the team is planned.
    private void RequireVerificationStep(SchemeDefinition scheme)
    {
        var timing = scheme.Verification.Timing;
        var open = Status switch
        {
            ApplicationStatus.Planned => timing.Allows(VerificationMoment.BeforeInspection),
            ApplicationStatus.Inspecting => timing.Allows(VerificationMoment.WithInspection),
            ApplicationStatus.Verifying => true,
            _ => false,
        };
        if (!open)
        {
            throw new WorkflowException(WorkflowError.VerificationNotNow, Status.ToString());
        }
    }

    /// <summary>Whether findings may still be answered or closed: the record freezes with the decision (or the procedure's end).</summary>
    public bool FindingsOpen => Decision is null && !ApplicationLifecycle.IsTerminal(Status);

    private void RequireFindingsOpen()
    {
        if (!FindingsOpen)
        {
            throw new WorkflowException(WorkflowError.FindingsFrozen, Status);
        }
    }

    private VerificationFinding FindFinding(int number) =>
        Findings.FirstOrDefault(f => f.Number == number) ?? throw new WorkflowException(WorkflowError.UnknownItem, number);

    private void ReplaceFinding(VerificationFinding finding)
    {
        Findings = Findings.Select(f => f.Number == finding.Number ? finding : f).ToList();
        Touch();
    }
}
