namespace PcfCert.Web.Features.Surveillance;

/// <summary>
/// The team raises a nonconformity against a checklist clause during the surveillance; the holder has the scheme's
/// rectification period from today (CEC 6.3: 2 months), after which the scheduled duties suspend the certificate.
/// </summary>
public sealed class RaiseSurveillanceNonconformity(SurveillanceWork work)
{
    public sealed record Input(string? ClauseId, string? Description);

    public Task<Outcome<Certification.Certificates.Surveillance>> Handle(Guid surveillanceId, Input input, CancellationToken ct) =>
        work.RunAsync(surveillanceId, SurveillanceParty.Team, c =>
        {
            c.Surveillance.RaiseNonconformity(c.Scheme, input.ClauseId ?? "", input.Description ?? "", c.Today, c.Rules);
            return Task.CompletedTask;
        }, ct);
}
