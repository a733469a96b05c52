using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Workflow;
using PcfCert.Footprint;
using PcfCert.Footprint.Documents;
using PcfCert.Infrastructure.Files;

namespace PcfCert.Web.Features.Applications.Actions;

/// <summary>
/// Attaches a footprint model version (pasted or uploaded pcfcert.model/1 JSON), computes it with the engine and stores
/// the model, the result document and its input hash. The applicant's corrected model is a new version.
/// </summary>
public sealed class AttachFootprintModel : IApplicationAction
{
    public const int MaxModelBytes = 5 * 1024 * 1024;

    public string Name => "attach-model";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team, ActionParty.Applicant];

    public async Task Apply(ActionContext c)
    {
        var json = c.Input.Optional("model");
        if (json is null && c.Input.Files.FirstOrDefault() is { } file)
        {
            if (file.Length > MaxModelBytes)
            {
                throw new ActionInputException("model", "Validation.FileTooLarge");
            }
            using var reader = new StreamReader(file.OpenReadStream());
            json = await reader.ReadToEndAsync();
        }
        if (json is null)
        {
            throw new ActionInputException("model", "Validation.RequiredField");
        }
        var (model, errors) = Footprints.ComputedModel.Compute(json, c.Scheme);
        if (model is null)
        {
            throw new ModelRejectedException(errors);
        }
        var record = new FootprintModelRecord
        {
            Id = Guid.NewGuid(),
            ApplicationId = c.Application.Id,
            Version = c.Application.ModelVersions.Count + 1,
            ModelJson = json,
            ResultJson = model.ResultJson,
            InputSha256 = model.InputSha256,
            CreatedAt = c.Now,
        };
        c.Db.FootprintModels.Add(record);
        c.Application.AttachModel(c.Scheme, record.Id, model.InputSha256, model.TotalKgCO2e, model.DeclaredUnit, c.Actor, c.Now, model.CutOffPassed);
    }
}

/// <summary>The engine refused the model; each error names the JSON path.</summary>
public sealed class ModelRejectedException(IReadOnlyList<Error> errors) : Exception(string.Join("; ", errors))
{
    public IReadOnlyList<Error> Errors { get; } = errors;
}

/// <summary>Records the team's check of one verification item.</summary>
public sealed class RecordVerificationItem : IApplicationAction
{
    public string Name => "record-verification-item";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team];

    public Task Apply(ActionContext c)
    {
        c.Application.RecordVerificationItem(c.Scheme, new VerificationItemResult(c.Input.Required("itemKey"), c.Input.Bool("satisfied"), c.Input.Optional("note")));
        return Task.CompletedTask;
    }
}

/// <summary>Raises a finding on one line of a model version.</summary>
public sealed class RaiseFinding : IApplicationAction
{
    public string Name => "raise-finding";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team];

    public async Task Apply(ActionContext c)
    {
        var i = c.Input;
        var version = i.Int("modelVersion");
        var stored = await c.Db.FootprintModels.AsNoTracking()
            .Where(m => m.ApplicationId == c.Application.Id && m.Version == version).Select(m => m.ModelJson).SingleOrDefaultAsync();
        c.Application.RaiseFinding(c.Scheme, version, i.Required("path"), i.Enum<FindingClass>("class"), i.Required("description"), i.Required("requestedCorrection"),
            path => stored is not null && JsonPointer.Exists(stored, path));
    }
}

/// <summary>The applicant responds to a finding.</summary>
public sealed class RespondToFinding : IApplicationAction
{
    public string Name => "respond-finding";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Applicant];

    public Task Apply(ActionContext c)
    {
        c.Application.RespondToFinding(c.Input.Int("number"), c.Input.Required("response"));
        return Task.CompletedTask;
    }
}

/// <summary>The verifier closes a finding.</summary>
public sealed class CloseFinding : IApplicationAction
{
    public string Name => "close-finding";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team];

    public Task Apply(ActionContext c)
    {
        c.Application.CloseFinding(c.Input.Int("number"), c.Input.Required("closingEvidence"));
        return Task.CompletedTask;
    }
}

/// <summary>
/// Records the verified value from a model version, with the report cover's accompanying persons (PCEC annex 2
/// 检查组同行人员): <c>accompanyingPersons</c>, one per line, or <c>noAccompanyingPersons</c> true; both at once is refused.
/// </summary>
public sealed class RecordVerifiedValue : IApplicationAction
{
    public string Name => "record-verified-value";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team];

    public Task Apply(ActionContext c)
    {
        c.Application.RecordVerifiedValue(c.Scheme, c.Input.Int("modelVersion"), c.Actor, c.Now, AccompanyingPersons(c.Input));
        return Task.CompletedTask;
    }

    internal static IReadOnlyList<string>? AccompanyingPersons(ActionInput input)
    {
        var lines = input.Values("accompanyingPersons").SelectMany(v => v.Split('\n')).Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        var none = input.Bool("noAccompanyingPersons");
        if (none && lines.Count > 0)
        {
            throw new ActionInputException("report.accompanyingPersons", "Verification.AccompanyingPersonsContradict");
        }
        return lines.Count > 0 ? lines : none ? [] : null;
    }
}
