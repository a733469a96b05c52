using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;

namespace PcfCert.Web.Features.Shared;

/// <summary>
/// What <c>_ChecklistTable</c> shows: the scheme's factory-assurance checklist with the recorded verdicts, read-only or
/// as the form of one action (per clause <c>verdict-{id}</c>, <c>evidence-{id}</c> and, where files are taken,
/// <c>files-{id}</c>). Used by every on-site inspection: the initial one and a surveillance (CEC 6.2, PCEC 8.1 1)).
/// </summary>
/// <param name="Scheme">The scheme.</param>
/// <param name="Results">The verdicts recorded.</param>
/// <param name="Text">A scheme text in the user's language.</param>
/// <param name="Action">The form's action name (the prefix of its field errors); null for the read-only table.</param>
/// <param name="Posted">The refused form's value of a field, to show it again; null when none.</param>
/// <param name="Files">Whether the form takes attachments.</param>
public sealed record ChecklistTable(SchemeDefinition Scheme, IReadOnlyList<ChecklistResult> Results, Func<LocalizedText, string> Text,
    string? Action = null, Func<string, string?>? Posted = null, bool Files = false)
{
    public bool Editable => Action is not null;

    public ChecklistResult? ResultOf(string clauseId) => Results.FirstOrDefault(r => r.ClauseId == clauseId);

    public string? PostedOr(string field, string? recorded) => Posted?.Invoke(field) ?? recorded;
}
