using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Certificates;

public static class CertificatesApi
{
    public sealed record CertificateDto(Guid Id, string Number, string SchemeId, CertificateStatus Status, DateOnly IssuedOn, DateOnly ValidUntil,
        int Version, DateOnly? ChangedOn, CertificateParticulars Particulars, bool RecertificationRequired, DateOnly? SuspendedOn,
        string? ReplacesNumber, string? ReplacedByNumber, IReadOnlyList<HistoryDto> History, Guid ConcurrencyStamp,
        Guid? ApplicationId = null, int? UnitIndex = null, CertificateRecovery? Recovery = null, DateOnly? RecoveryRecordedOn = null)
    {
        public static CertificateDto From(Certificate c) => new(c.Id, c.Number, c.SchemeId, c.Status, c.IssuedOn, c.ValidUntil,
            c.Current.Version, c.Contents.ChangedOn, c.Current.Particulars, c.RecertificationRequired, c.SuspendedOn, c.ReplacesNumber,
            c.ReplacedByNumber, c.History.Select(h => new HistoryDto(h.On, h.Trigger, h.From, h.To, h.Note, h.Late)).ToList(), c.ConcurrencyStamp,
            c.ApplicationId, c.UnitIndex, c.Recovery, c.RecoveryRecordedOn);
    }

    public sealed record HistoryDto(DateOnly On, CertificateTrigger Trigger, CertificateStatus? From, CertificateStatus To, string? Note, bool Late);

    public static void MapCertificatesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/certificates").WithTags("Certificates");

        group.MapPost("/", async (IssueCertificateCommand command, HttpRequest http, CurrentUser me, IssueCertificate issue, CancellationToken ct) =>
            !CertificateAccess.CanManage(me) ? Results.Forbid()
            : (await issue.Handle(command, http.Headers["Idempotency-Key"].FirstOrDefault(), ct)).ToHttpResult(i => i.Replayed
                ? Results.Ok(CertificateDto.From(i.Certificate))
                : Results.Created($"/api/v1/certificates/{i.Certificate.Id}", CertificateDto.From(i.Certificate))))
            .WithSummary("Issues the certificate of one unit of an approved application (certification manager). The particulars come from "
                + "the application and its verified value; a second certificate for the same unit is refused (409); a retry "
                + "with the same Idempotency-Key header, or without a key the same request again, answers 200 with the first one.");

        group.MapGet("/", async (PcfCertDbContext db, CurrentUser me, CancellationToken ct) =>
        {
            var query = db.Certificates.AsNoTracking();
            if (me.IsApplicant)
            {
                query = query.Where(c => me.OrganisationId != null && c.HolderOrganisationId == me.OrganisationId);
            }
            var list = await query.OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Number).ToListAsync(ct);
            return TypedResults.Ok(list.Select(CertificateDto.From).ToList());
        }).WithSummary("Certificates the caller may see (an applicant: its own organisation's).");

        group.MapGet("/{id:guid}", async (Guid id, PcfCertDbContext db, CurrentUser me, CancellationToken ct) =>
            await Visible(db, me, id, ct) is { } c ? Results.Ok(CertificateDto.From(c)) : Results.NotFound());

        group.MapGet("/{id:guid}/pdf", async (Guid id, int? version, HttpRequest request, PcfCertDbContext db, CurrentUser me,
            RenderCertificatePdf render, CancellationToken ct) =>
        {
            if (await Visible(db, me, id, ct) is not { } c || (version is { } v && c.Versions.All(x => x.Version != v)))
            {
                return Results.NotFound();
            }
            try
            {
                var pdf = await render.Handle(c, version, render.PublicBaseUrl(request), ct);
                return Results.File(pdf, "application/pdf", $"{c.Number}.pdf");
            }
            catch (PdfUnavailableException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF rendering unavailable");
            }
        }).WithSummary("The certificate as PDF with its status at printing; 503 with an explanation when Chromium is not installed.");

        Manage(group, "/{id:guid}/suspend", (Guid id, SuspendCertificate.Input input, SuspendCertificate uc, CancellationToken ct) => uc.Handle(id, input, ct));
        Manage(group, "/{id:guid}/restore", (Guid id, RestoreCertificate.Input input, RestoreCertificate uc, CancellationToken ct) => uc.Handle(id, input, ct));
        Manage(group, "/{id:guid}/revoke", (Guid id, RevokeCertificate.Input input, RevokeCertificate uc, CancellationToken ct) => uc.Handle(id, input, ct));
        Manage(group, "/{id:guid}/cancel", (Guid id, RevokeCertificate.Input input, RevokeCertificate uc, CancellationToken ct) => uc.Cancel(id, input, ct));
        Manage(group, "/{id:guid}/recovery", (Guid id, RecordRecovery.Input input, RecordRecovery uc, CancellationToken ct) => uc.Handle(id, input, ct));

        group.MapPost("/{id:guid}/holder-requests", async (Guid id, FileHolderRequest.Input input, PcfCertDbContext db, CurrentUser me,
            FileHolderRequest file, CancellationToken ct) =>
            await Holder(db, me, id, ct) is not { } c ? Results.NotFound()
            : (await file.Handle(c, input, ct)).ToHttpResult(r => Results.Created($"/api/v1/certificates/{id}", new { r.Id, r.Kind, r.Status })))
            .WithSummary("The holder asks for suspension or cancellation, or for restoration within the suspension period (CEC 7.4, PCEC 9.4).");
        group.MapPost("/holder-requests/{requestId:guid}/{decision:regex(^(accept|decline)$)}", async (Guid requestId, string decision, CurrentUser me,
            DecideHolderRequest decide, CancellationToken ct) =>
            !CertificateAccess.CanManage(me) ? Results.Forbid()
            : (await decide.Handle(requestId, decision == "accept", ct)).ToHttpResult(r => Results.Ok(new { r.Id, r.Kind, r.Status })));

        group.MapGet("/{id:guid}/changes", async (Guid id, PcfCertDbContext db, CurrentUser me, CancellationToken ct) =>
            await Visible(db, me, id, ct) is null ? Results.NotFound()
            : Results.Ok((await db.CertificateChangeRequests.AsNoTracking().Where(r => r.CertificateId == id).ToListAsync(ct))
                .OrderBy(r => r.FiledOn).Select(ChangeDto.From).ToList()))
            .WithSummary("The certificate's change requests with their inspections and the moves allowed now (CEC 7.3, PCEC 9.3).");
        group.MapPost("/{id:guid}/changes", async (Guid id, FileChangeRequest.Input input, PcfCertDbContext db, CurrentUser me,
            FileChangeRequest file, CancellationToken ct) =>
            await Holder(db, me, id, ct) is not { } c ? Results.NotFound()
            : (await file.Handle(c, input, ct)).ToHttpResult(r => Results.Created($"/api/v1/certificates/{id}", ChangeDto.From(r))))
            .WithSummary("The holder files a change request (CEC 7.3, PCEC 9.3).");
        group.MapPost("/changes/{changeId:guid}/review", async (Guid changeId, ReviewChangeRequest.Input input, CurrentUser me,
            ReviewChangeRequest review, CancellationToken ct) =>
            !CertificateAccess.CanManage(me) ? Results.Forbid()
            : (await review.Handle(changeId, input, ct)).ToHttpResult(r => Results.Ok(ChangeDto.From(r))))
            .WithSummary("RequireInspection, RecordInspection (verdict Passed, Nonconformities with the list, or Failed with the note as reason: CEC 7.3, PCEC 9.3), Approve (issues a new version, same number and validity; after an inspection only once one passed) or Reject.");

        group.MapPost("/{id:guid}/footprint-reports", async (Guid id, ReportFootprint.Input input, PcfCertDbContext db, CurrentUser me,
            ReportFootprint report, CancellationToken ct) =>
            await Holder(db, me, id, ct) is not { } c ? Results.NotFound()
            : (await report.Handle(c, input, ct)).ToHttpResult(v => Results.Ok(v)))
            .WithSummary("The holder reports a month's footprint; the increase rule may mark the certificate for re-certification.");
    }

    public sealed record ChangeDto(Guid Id, Guid CertificateId, ChangeKind Kind, string Description, ChangeRequestStatus Status, int? ResultingVersion,
        string? DecisionNote, bool? InspectionPassed, IReadOnlyList<ChangeInspection> Inspections, IReadOnlyList<ChangeRequestTrigger> Allowed)
    {
        public static ChangeDto From(ChangeRequest r) => new(r.Id, r.CertificateId, r.Kind, r.Description, r.Status, r.ResultingVersion,
            r.DecisionNote, r.InspectionPassed, r.Inspections, r.Allowed());
    }

    private static void Manage<TInput, TUseCase>(RouteGroupBuilder group, string pattern,
        Func<Guid, TInput, TUseCase, CancellationToken, Task<Outcome<Certificate>>> handle) where TUseCase : notnull =>
        group.MapPost(pattern, async (Guid id, TInput input, TUseCase uc, CurrentUser me, CancellationToken ct) =>
            !CertificateAccess.CanManage(me) ? Results.Forbid()
            : (await handle(id, input, uc, ct)).ToHttpResult(c => Results.Ok(CertificateDto.From(c))));

    internal static async Task<Certificate?> Visible(PcfCertDbContext db, CurrentUser me, Guid id, CancellationToken ct) =>
        await db.FindAsync(id, ct) is { } c && CertificateAccess.CanView(me, c) ? c : null;

    internal static async Task<Certificate?> Holder(PcfCertDbContext db, CurrentUser me, Guid id, CancellationToken ct) =>
        await db.FindAsync(id, ct) is { } c && CertificateAccess.IsHolder(me, c) ? c : null;
}
