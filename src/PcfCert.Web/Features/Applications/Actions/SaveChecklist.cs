using PcfCert.Certification.Workflow;

namespace PcfCert.Web.Features.Applications.Actions;

/// <summary>
/// The whole factory-assurance checklist as one form (CEC annex 3, PCEC annex 1): per clause a verdict
/// (<c>verdict-{id}</c>), evidence notes (<c>evidence-{id}</c>) and any number of attachments (<c>files-{id}</c>).
/// A clause left without a verdict stays as it was, so the day's partial checklist is kept as a draft; a clause with
/// evidence or files but no verdict, an unknown verdict or a refused file is a problem at that clause, all of them
/// reported together, and then nothing is saved.
/// </summary>
public sealed class SaveChecklist : IApplicationAction
{
    public string Name => "save-checklist";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team];

    public async Task Apply(ActionContext c)
    {
        var problems = new List<FormProblem>();
        var results = new List<ChecklistResult>();
        foreach (var clause in c.Scheme.FactoryAssuranceChecklist.Clauses)
        {
            var verdictText = c.Input.Optional("verdict-" + clause.Id);
            var evidence = c.Input.Optional("evidence-" + clause.Id);
            var files = c.Input.Files.Where(f => f.Name == "files-" + clause.Id).ToList();
            FormText Row(FormText problem) => new("Checklist.RowProblem", clause.Id, clause.Title, problem);
            ChecklistVerdict? verdict = null;
            if (verdictText is null)
            {
                if (evidence is not null || files.Count > 0)
                {
                    problems.Add(new("verdict-" + clause.Id, Row(new("Checklist.VerdictNeeded"))));
                }
            }
            else if (Enum.TryParse<ChecklistVerdict>(verdictText, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
            {
                verdict = parsed;
            }
            else
            {
                problems.Add(new("verdict-" + clause.Id, Row(new("Validation.ChoiceField", new FormText("Checklist.Verdict")))));
            }
            // Earlier attachments stay; new ones are added.
            var attachments = c.Application.Checklist.FirstOrDefault(r => r.ClauseId == clause.Id)?.Attachments.ToList() ?? [];
            foreach (var file in files)
            {
                var (stored, problem) = await FileStore.TryStoreAsync(c, file);
                if (stored is null)
                {
                    problems.Add(new("files-" + clause.Id, Row(new(problem!, $"“{Path.GetFileName(file.FileName)}”"))));
                }
                else
                {
                    attachments.Add(stored.Id);
                }
            }
            if (verdict is { } v)
            {
                results.Add(new ChecklistResult(clause.Id, v, evidence, attachments));
            }
        }
        FormProblemsException.ThrowIfAny(problems);
        c.Application.RecordChecklist(c.Scheme, results);
    }
}
