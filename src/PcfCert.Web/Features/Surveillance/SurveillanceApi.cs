using PcfCert.Certification.Certificates;
using PcfCert.Certification.Workflow;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Surveillance;

public static class SurveillanceApi
{
    public sealed record SurveillanceDto(Guid Id, Guid CertificateId, bool Unannounced, UnannouncedTrigger? Trigger, DateOnly OpenedOn,
        SurveillanceStatus Status, IReadOnlyList<SurveillanceTrigger> Allowed, IReadOnlyList<TeamMember> Team, decimal PersonDays, InspectionPlan? Plan,
        IReadOnlyList<ChecklistResult> Checklist, IReadOnlyList<ConsistencyCheck> ConsistencyChecks, IReadOnlyList<ModelVersion> ModelVersions,
        VerifiedFootprint? VerifiedValue, DateOnly? CarriedOutOn, string? ReportNumber, InspectionConclusion? Report, bool? Passed,
        decimal? FootprintValue, decimal? PreviousFootprintValue, decimal? FootprintChange, bool? FootprintBelowPreviousYear,
        decimal? ReductionTarget, bool? ReductionTargetMet, decimal? NextReductionTarget, IReadOnlyList<NonconformityDto> Nonconformities,
        ProductChangeInformation? ProductChanges)
    {
        public static SurveillanceDto From(Certification.Certificates.Surveillance s) => new(s.Id, s.CertificateId, s.Unannounced, s.Trigger,
            s.OpenedOn, s.Status, s.Allowed, s.Team, s.PersonDays, s.Plan, s.Checklist, s.ConsistencyChecks, s.ModelVersions, s.VerifiedValue,
            s.CarriedOutOn, s.InspectionReference, s.Report, s.Passed, s.FootprintValue, s.PreviousFootprintValue, s.FootprintChange,
            s.FootprintBelowPreviousYear, s.ReductionTarget, s.ReductionTargetMet, s.NextReductionTarget,
            s.Nonconformities.Select(n => new NonconformityDto(n.Id, n.ClauseId, n.Description, n.FoundOn, n.RectifyBy, n.Status, n.Submissions, n.ClosedOn)).ToList(),
            s.ProductChanges);
    }

    public sealed record NonconformityDto(Guid Id, string? ClauseId, string Description, DateOnly FoundOn, DateOnly RectifyBy, NonconformityStatus Status,
        IReadOnlyList<RectificationSubmission> Submissions, DateOnly? ClosedOn);

    private static IResult Answer(Outcome<Certification.Certificates.Surveillance> outcome) => outcome.ToHttpResult(s => Results.Ok(SurveillanceDto.From(s)));

    public static void MapSurveillanceApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/surveillance").WithTags("Surveillance");

        group.MapGet("/due", async (SurveillanceDueList list, CancellationToken ct) => TypedResults.Ok(await list.Handle(ct)))
            .RequireAuthorization(Policies.Staff).WithSummary("Planned surveillances due within 60 days or overdue.");

        group.MapPost("/certificates/{certificateId:guid}", async (Guid certificateId, OpenSurveillance.Input input, CurrentUser me, OpenSurveillance open, CancellationToken ct) =>
            !CertificateAccess.CanManage(me) ? Results.Forbid()
            : (await open.Handle(certificateId, input, ct)).ToHttpResult(s => Results.Created($"/api/v1/surveillance/{s.Id}", SurveillanceDto.From(s))))
            .WithSummary("Opens a planned or unannounced (complaint, footprint doubt, change information) surveillance.");

        group.MapGet("/{id:guid}", async (Guid id, SurveillanceWork work, CancellationToken ct) =>
            await work.LoadAsync(id, ct) is { } c ? Results.Ok(SurveillanceDto.From(c.Surveillance)) : Results.NotFound())
            .WithSummary("A surveillance with its inspection, comparison and nonconformities; 'allowed' lists the moves legal now.");

        group.MapPost("/{id:guid}/team", async (Guid id, AssignSurveillanceTeam.Input input, AssignSurveillanceTeam assign, CancellationToken ct) =>
            Answer(await assign.Handle(id, input, ct)))
            .WithSummary("Assigns or re-plans the surveillance team and plan under the initial inspection's rules (manager; CEC 6.2, 5.2.1).");

        group.MapPost("/{id:guid}/start", async (Guid id, StartSurveillanceInspection start, CancellationToken ct) => Answer(await start.Handle(id, ct)))
            .WithSummary("Starts the on-site surveillance inspection (team member).");

        group.MapPost("/{id:guid}/checklist", async (Guid id, IReadOnlyList<RecordSurveillanceChecklist.Item> items, RecordSurveillanceChecklist record, CancellationToken ct) =>
            Answer(await record.Handle(id, items, ct)))
            .WithSummary("Records factory-assurance checklist verdicts (team; CEC annex 3, PCEC annex 1).");

        group.MapPost("/{id:guid}/consistency", async (Guid id, RecordSurveillanceConsistency.Input input, RecordSurveillanceConsistency record, CancellationToken ct) =>
            Answer(await record.Handle(id, input, ct)))
            .WithSummary("Records the product-consistency check (team; CEC 5.4.2, PCEC 7.4.1 (2)).");

        group.MapPost("/{id:guid}/product-changes", async (Guid id, RecordSurveillanceProductChanges.Input input, RecordSurveillanceProductChanges record, CancellationToken ct) =>
            Answer(await record.Handle(id, input, ct)))
            .WithSummary("The holder or the team states whether site or production process changed since the certificate and how (CEC annex 1 五); required before a CEC surveillance concludes.");

        group.MapPost("/{id:guid}/nonconformities", async (Guid id, RaiseSurveillanceNonconformity.Input input, RaiseSurveillanceNonconformity raise, CancellationToken ct) =>
            Answer(await raise.Handle(id, input, ct)))
            .WithSummary("Raises a nonconformity against a checklist clause; rectify within the scheme's period (CEC 6.3: 2 months).");

        group.MapPost("/{id:guid}/models", async (Guid id, HttpRequest request, AttachSurveillanceModel attach, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            return Answer(await attach.Handle(id, await reader.ReadToEndAsync(ct), ct));
        })
            .Accepts<object>("application/json")
            .WithSummary("The holder or the team submits the surveillance period's pcfcert.model/1 document; the engine computes it (CEC 6.2 a).");

        group.MapPost("/{id:guid}/verified-value", async (Guid id, RecordSurveillanceVerifiedValue.Input input, RecordSurveillanceVerifiedValue record, CancellationToken ct) =>
            Answer(await record.Handle(id, input, ct)))
            .WithSummary("Records a computed model version as the footprint verified at this surveillance (team; PCEC 8.1 3)).");

        group.MapPost("/{id:guid}/conclusion", async (Guid id, ConcludeSurveillance.Input input, ConcludeSurveillance conclude, CancellationToken ct) =>
            Answer(await conclude.Handle(id, input, ct)))
            .WithSummary("The team leader passes or fails the surveillance with its report; a pass needs the whole inspection, a failure suspends the certificate.");

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
