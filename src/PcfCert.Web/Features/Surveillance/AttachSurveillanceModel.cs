using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Files;
using PcfCert.Web.Features.Footprints;

namespace PcfCert.Web.Features.Surveillance;

/// <summary>
/// The holder (or the team) submits the footprint model of the surveillance period — the updated inventory as a
/// pcfcert.model/1 document — and the engine computes it under the scheme's cut-off limit (CEC 6.2 a, PCEC 8.1 3)).
/// The document and its result are stored; each submission is a new version.
/// </summary>
public sealed class AttachSurveillanceModel(SurveillanceWork work)
{
    public const int MaxModelBytes = 5 * 1024 * 1024;

    public Task<Outcome<Certification.Certificates.Surveillance>> Handle(Guid surveillanceId, string? modelJson, CancellationToken ct) =>
        work.RunAsync(surveillanceId, SurveillanceParty.TeamOrHolder, c =>
        {
            if (string.IsNullOrWhiteSpace(modelJson) || modelJson.Length > MaxModelBytes)
            {
                throw new WorkflowException(WorkflowError.MissingField, "model");
            }
            var (model, errors) = ComputedModel.Compute(modelJson, c.Scheme);
            if (model is null)
            {
                throw new Applications.Actions.ModelRejectedException(errors);
            }
            var record = new SurveillanceModelRecord
            {
                Id = Guid.NewGuid(), SurveillanceId = c.Surveillance.Id, Version = c.Surveillance.ModelVersions.Count + 1,
                ModelJson = modelJson, ResultJson = model.ResultJson, InputSha256 = model.InputSha256, CreatedAt = c.Now,
            };
            c.Surveillance.AttachModel(record.Id, model.InputSha256, model.TotalKgCO2e, model.DeclaredUnit, c.Actor, c.Now, model.CutOffPassed);
            c.Db.SurveillanceModels.Add(record);
            return Task.CompletedTask;
        }, ct);
}
