using PcfCert.Certification.Workflow;

namespace PcfCert.Web.Features.Surveillance;

/// <summary>
/// The team records factory-assurance checklist verdicts in the surveillance (CEC 6.2 with 5.4.4 and annex 3; PCEC 8.1 1)
/// with 7.4.1 and annex 1): the initial inspection's checklist and its rules (<see cref="InspectionChecklist"/>).
/// </summary>
public sealed class RecordSurveillanceChecklist(SurveillanceWork work)
{
    public sealed record Item(string ClauseId, ChecklistVerdict Verdict, string? Evidence);

    public Task<Outcome<Certification.Certificates.Surveillance>> Handle(Guid surveillanceId, IReadOnlyList<Item>? items, CancellationToken ct) =>
        work.RunAsync(surveillanceId, SurveillanceParty.Team, c =>
        {
            c.Surveillance.RecordChecklist(c.Scheme,
                (items ?? []).Select(i => new ChecklistResult(i.ClauseId, i.Verdict, string.IsNullOrWhiteSpace(i.Evidence) ? null : i.Evidence.Trim())).ToList());
            return Task.CompletedTask;
        }, ct);
}
