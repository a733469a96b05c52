using PcfCert.Certification.Workflow;

namespace PcfCert.Web.Features.Surveillance;

/// <summary>The team records the product-consistency check of the certified product (CEC 6.2 with 5.4.2; PCEC 8.1 2) with 7.4.1 (2)).</summary>
public sealed class RecordSurveillanceConsistency(SurveillanceWork work)
{
    public sealed record Input(string? Sample, bool Consistent, string? Note);

    public Task<Outcome<Certification.Certificates.Surveillance>> Handle(Guid surveillanceId, Input input, CancellationToken ct) =>
        work.RunAsync(surveillanceId, SurveillanceParty.Team, c =>
        {
            c.Surveillance.RecordConsistencyCheck(new ConsistencyCheck(0, input.Sample ?? "", input.Consistent,
                string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim()));
            return Task.CompletedTask;
        }, ct);
}
