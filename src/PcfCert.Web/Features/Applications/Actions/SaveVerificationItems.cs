using PcfCert.Certification.Workflow;

namespace PcfCert.Web.Features.Applications.Actions;

/// <summary>
/// All verification items of the scheme as one form: per item whether it is satisfied (<c>satisfied-{key}</c>:
/// <c>true</c>, <c>false</c> or empty for not yet checked) and a note (<c>note-{key}</c>). Items left empty keep what
/// they had (a draft); a note without a result, or a result that is neither, is a problem at that item, all reported
/// together, and then nothing is saved.
/// </summary>
public sealed class SaveVerificationItems : IApplicationAction
{
    public string Name => "save-verification-items";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team];

    public Task Apply(ActionContext c)
    {
        var problems = new List<FormProblem>();
        var results = new List<VerificationItemResult>();
        foreach (var item in c.Scheme.Verification.Items)
        {
            var satisfied = c.Input.Optional("satisfied-" + item.Key);
            var note = c.Input.Optional("note-" + item.Key);
            FormText Row(FormText problem) => new("Verification.RowProblem", item.Name, problem);
            switch (satisfied)
            {
                case null when note is not null:
                    problems.Add(new("satisfied-" + item.Key, Row(new("Verification.ResultNeeded"))));
                    break;
                case null:
                    break;
                case "true" or "false":
                    results.Add(new VerificationItemResult(item.Key, satisfied == "true", note));
                    break;
                default:
                    problems.Add(new("satisfied-" + item.Key, Row(new("Validation.ChoiceField", new FormText("Verification.Result")))));
                    break;
            }
        }
        FormProblemsException.ThrowIfAny(problems);
        c.Application.RecordVerificationItems(c.Scheme, results);
        return Task.CompletedTask;
    }
}
