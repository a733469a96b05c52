using PcfCert.Certification.Certificates;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Surveillance;

public static class SurveillanceApi
{
    public sealed record SurveillanceDto(Guid Id, Guid CertificateId, bool Unannounced, UnannouncedTrigger? Trigger, DateOnly OpenedOn,
        SurveillanceStatus Status, DateOnly? CarriedOutOn, bool? Passed, bool? FootprintBelowPreviousYear, bool? ReductionTargetMet,
        IReadOnlyList<NonconformityDto> Nonconformities)
    {
        public static SurveillanceDto From(Certification.Certificates.Surveillance s) => new(s.Id, s.CertificateId, s.Unannounced, s.Trigger,
            s.OpenedOn, s.Status, s.CarriedOutOn, s.Passed, s.FootprintBelowPreviousYear, s.ReductionTargetMet,
            s.Nonconformities.Select(n => new NonconformityDto(n.Id, n.Description, n.FoundOn, n.RectifyBy, n.ClosedOn)).ToList());
    }

    public sealed record NonconformityDto(Guid Id, string Description, DateOnly FoundOn, DateOnly RectifyBy, DateOnly? ClosedOn);

    public static void MapSurveillanceApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/surveillance").WithTags("Surveillance");

        group.MapGet("/due", async (SurveillanceDueList list, CancellationToken ct) => TypedResults.Ok(await list.Handle(ct)))
            .RequireAuthorization(Policies.Staff).WithSummary("Planned surveillances due within 60 days or overdue.");

        group.MapPost("/certificates/{certificateId:guid}", async (Guid certificateId, OpenSurveillance.Input input, CurrentUser me, OpenSurveillance open, CancellationToken ct) =>
            !CertificateAccess.CanManage(me) ? Results.Forbid()
            : (await open.Handle(certificateId, input, ct)).ToHttpResult(s => Results.Created($"/api/v1/surveillance/{s.Id}", SurveillanceDto.From(s))))
            .WithSummary("Opens a planned or unannounced (complaint, footprint doubt, change information) surveillance.");

        group.MapPost("/{id:guid}/complete", async (Guid id, SurveillanceResult result, CurrentUser me, CompleteSurveillance complete, CancellationToken ct) =>
            !CertificateAccess.CanManage(me) ? Results.Forbid()
            : (await complete.Handle(id, result, ct)).ToHttpResult(s => Results.Ok(SurveillanceDto.From(s))))
            .WithSummary("Records the verdict; CEC requires footprintBelowPreviousYear and reductionTargetMet (6.2). A failed one suspends the certificate.");

        group.MapPost("/{id:guid}/nonconformities/{nonconformityId:guid}/close", async (Guid id, Guid nonconformityId, CurrentUser me, CloseNonconformity close, CancellationToken ct) =>
            !CertificateAccess.CanManage(me) ? Results.Forbid()
            : (await close.Handle(id, nonconformityId, ct)).ToHttpResult(s => Results.Ok(SurveillanceDto.From(s))))
            .WithSummary("Closes a nonconformity whose rectification was verified.");
    }
}
