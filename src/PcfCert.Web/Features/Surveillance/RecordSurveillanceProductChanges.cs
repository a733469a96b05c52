namespace PcfCert.Web.Features.Surveillance;

/// <summary>
/// The holder (or the team) states what changed since the certificate, as the application form asks at surveillance
/// (CEC annex 1 五 "产品信息变化情况（监督/增项/再认证时填写）"): whether the site or the production process changed and how.
/// Kept with the surveillance; a CEC surveillance cannot be concluded without it.
/// </summary>
public sealed class RecordSurveillanceProductChanges(SurveillanceWork work)
{
    /// <param name="SiteOrProcessChanged">地址及生产过程 有变化 (true) / 无变化 (false).</param>
    /// <param name="Changes">具体变化内容, required when something changed.</param>
    public sealed record Input(bool? SiteOrProcessChanged, string? Changes);

    public Task<Outcome<Certification.Certificates.Surveillance>> Handle(Guid surveillanceId, Input input, CancellationToken ct) =>
        work.RunAsync(surveillanceId, SurveillanceParty.TeamOrHolder, c =>
        {
            c.Surveillance.RecordProductChanges(c.Scheme, c.Certificate.Number, input.SiteOrProcessChanged, input.Changes);
            return Task.CompletedTask;
        }, ct);
}
