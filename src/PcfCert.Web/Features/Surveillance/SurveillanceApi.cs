using PcfCert.Certification.Certificates;
using PcfCert.Certification.Workflow;
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
            s.Nonconformities.Select(n => new NonconformityDto(n.Id, n.Description, n.FoundOn, n.RectifyBy, n.Status, n.Submissions, n.ClosedOn)).ToList());
    }

    public sealed record NonconformityDto(Guid Id, string Description, DateOnly FoundOn, DateOnly RectifyBy, NonconformityStatus Status,
        IReadOnlyList<RectificationSubmission> Submissions, DateOnly? ClosedOn);

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

        group.MapPost("/{id:guid}/nonconformities/{nonconformityId:guid}/rectifications", async (Guid id, Guid nonconformityId,
            SubmitSurveillanceRectification.Input input, SubmitSurveillanceRectification submit, CancellationToken ct) =>
            (await submit.Handle(id, nonconformityId, input, ct)).ToHttpResult(s => Results.Ok(SurveillanceDto.From(s))))
            .WithSummary("The holder submits rectification evidence before the deadline (CEC 6.3: 2 months; PCEC 7.4.2: at most twice).");

        group.MapPost("/{id:guid}/nonconformities/{nonconformityId:guid}/judgement", async (Guid id, Guid nonconformityId,
            JudgeSurveillanceRectification.Input input, CurrentUser me, JudgeSurveillanceRectification judge, CancellationToken ct) =>
            !CertificateAccess.CanManage(me) ? Results.Forbid()
            : (await judge.Handle(id, nonconformityId, input, ct)).ToHttpResult(s => Results.Ok(SurveillanceDto.From(s))))
            .WithSummary("Accepts (closes) or returns (comment required) the latest submission; a returned last allowed one fails it and suspends the certificate.");

        group.MapPost("/{id:guid}/nonconformities/{nonconformityId:guid}/close", async (Guid id, Guid nonconformityId, CurrentUser me,
            JudgeSurveillanceRectification judge, CancellationToken ct) =>
            !CertificateAccess.CanManage(me) ? Results.Forbid()
            : (await judge.Handle(id, nonconformityId, new JudgeSurveillanceRectification.Input(true, null), ct)).ToHttpResult(s => Results.Ok(SurveillanceDto.From(s))))
            .WithSummary("Closes a nonconformity whose submitted rectification was verified (same as an accepting judgement).");
    }
}
