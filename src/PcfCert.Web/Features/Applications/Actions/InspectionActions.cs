using PcfCert.Certification.Workflow;

namespace PcfCert.Web.Features.Applications.Actions;

/// <summary>CEC 5.3: concludes the document review.</summary>
public sealed class CompleteDocumentReview : IApplicationAction
{
    public string Name => "complete-document-review";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team];

    public Task Apply(ActionContext c)
    {
        c.Application.CompleteDocumentReview(c.Scheme, c.Input.Enum<DocumentReviewConclusion>("conclusion"), c.Input.Optional("itemsToSupply"), c.Actor, c.Now);
        return Task.CompletedTask;
    }
}

/// <summary>Opens the on-site inspection.</summary>
public sealed class StartInspection : IApplicationAction
{
    public string Name => "start-inspection";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team];

    public Task Apply(ActionContext c)
    {
        c.Application.StartInspection(c.Scheme, c.Actor, c.Now);
        return Task.CompletedTask;
    }
}

/// <summary>Records the verdict on one factory-assurance clause.</summary>
public sealed class RecordChecklistVerdict : IApplicationAction
{
    public string Name => "record-checklist";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team];

    public async Task Apply(ActionContext c)
    {
        var clauseId = c.Input.Required("clauseId");
        var verdict = c.Input.Enum<ChecklistVerdict>("verdict");
        // New attachments are added to those already recorded for the clause.
        var files = c.Application.Checklist.FirstOrDefault(r => r.ClauseId == clauseId)?.Attachments.ToList() ?? [];
        foreach (var file in c.Input.Files)
        {
            files.Add((await FileStore.StoreAsync(c, file, "files")).Id);
        }
        c.Application.RecordChecklist(c.Scheme, new ChecklistResult(clauseId, verdict, c.Input.Optional("evidence"), files));
    }
}

/// <summary>Records the product-consistency check of a sampled unit.</summary>
public sealed class RecordConsistencyCheck : IApplicationAction
{
    public string Name => "record-consistency";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team];

    public Task Apply(ActionContext c)
    {
        c.Application.RecordConsistencyCheck(c.Scheme, new ConsistencyCheck(c.Input.Int("unitIndex"), c.Input.Required("sample"), c.Input.Bool("consistent"), c.Input.Optional("note")));
        return Task.CompletedTask;
    }
}

/// <summary>Raises a nonconformity with its rectification deadline.</summary>
public sealed class RaiseNonconformity : IApplicationAction
{
    public string Name => "raise-nonconformity";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team];

    public Task Apply(ActionContext c)
    {
        c.Application.RaiseNonconformity(c.Scheme, c.Input.Required("clauseId"), c.Input.Required("description"), c.Input.OptionalDate("deadline"), c.Now);
        return Task.CompletedTask;
    }
}

/// <summary>The applicant submits rectification evidence, with optional files.</summary>
public sealed class SubmitRectification : IApplicationAction
{
    public string Name => "submit-rectification";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Applicant];

    public async Task Apply(ActionContext c)
    {
        var number = c.Input.Int("number");
        var evidence = c.Input.Required("evidence");
        var files = new List<Guid>();
        foreach (var file in c.Input.Files)
        {
            files.Add((await FileStore.StoreAsync(c, file, "files")).Id);
        }
        c.Application.SubmitRectification(c.Scheme, number, evidence, files, c.Now);
    }
}

/// <summary>The team accepts or returns the latest rectification submission.</summary>
public sealed class JudgeRectification : IApplicationAction
{
    public string Name => "judge-rectification";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team];

    public Task Apply(ActionContext c)
    {
        c.Application.JudgeRectification(c.Scheme, c.Input.Int("number"), c.Input.Bool("accepted"), c.Input.Optional("comment"), c.Actor, c.Now);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Concludes the inspection as passed with the CEC 5.6 a–d conclusion and the team's record of each on-site inspection
/// condition of the scheme (PCEC 7.4.1 normal production: <c>condition.{key}</c> true/false and
/// <c>conditionObservation.{key}</c>, what the team observed).
/// </summary>
public sealed class PassInspection : IApplicationAction
{
    public string Name => "pass-inspection";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team];

    public Task Apply(ActionContext c)
    {
        var i = c.Input;
        c.Application.PassInspection(c.Scheme,
            new InspectionConclusion(i.Required("purposeBasisScope"), i.Required("applicantDetails"), i.Required("conformityStatement"), i.Required("conclusion"),
                Conditions(c)),
            c.Actor, c.Now);
        return Task.CompletedTask;
    }

    /// <summary>The conditions answered on the form; one left unanswered is absent, and the domain names it.</summary>
    internal static IReadOnlyList<InspectionCondition> Conditions(ActionContext c) =>
        c.Scheme.OnSiteInspectionConditions
            .Where(k => c.Input.Optional("condition." + k.Key) is not null && c.Input.Optional("conditionObservation." + k.Key) is not null)
            .Select(k => new InspectionCondition(k.Key, c.Input.Bool("condition." + k.Key), c.Input.Optional("conditionObservation." + k.Key)!.Trim()))
            .ToList();
}

/// <summary>Concludes the inspection as failed.</summary>
public sealed class FailInspection : IApplicationAction
{
    public string Name => "fail-inspection";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team];

    public Task Apply(ActionContext c)
    {
        c.Application.FailInspection(c.Scheme, c.Input.Required("reason"), c.Actor, c.Now);
        return Task.CompletedTask;
    }
}
