namespace PcfCert.Web.Features.Surveillance;

/// <summary>The surveillance team starts the on-site surveillance inspection (a member of the team).</summary>
public sealed class StartSurveillanceInspection(SurveillanceWork work)
{
    public Task<Outcome<Certification.Certificates.Surveillance>> Handle(Guid surveillanceId, CancellationToken ct) =>
        work.RunAsync(surveillanceId, SurveillanceParty.Team, c =>
        {
            c.Surveillance.StartInspection();
            return Task.CompletedTask;
        }, ct);
}
