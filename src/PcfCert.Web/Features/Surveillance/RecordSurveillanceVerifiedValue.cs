namespace PcfCert.Web.Features.Surveillance;

/// <summary>The team records one computed model of the surveillance period as the verified footprint (PCEC 8.1 3) "同7.5"; CEC 6.2 with 5.4.3).</summary>
public sealed class RecordSurveillanceVerifiedValue(SurveillanceWork work)
{
    public sealed record Input(int ModelVersion);

    public Task<Outcome<Certification.Certificates.Surveillance>> Handle(Guid surveillanceId, Input input, CancellationToken ct) =>
        work.RunAsync(surveillanceId, SurveillanceParty.Team, c =>
        {
            c.Surveillance.RecordVerifiedValue(input.ModelVersion, c.Today);
            return Task.CompletedTask;
        }, ct);
}
