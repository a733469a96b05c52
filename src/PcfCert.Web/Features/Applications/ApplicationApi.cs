using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Access;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Applications;

public static class ApplicationApi
{
    public sealed record StartRequest(string? SchemeId);

    public sealed record Summary(Guid Id, string Number, string SchemeId, string Status, string Applicant, DateTimeOffset CreatedAt, Guid ConcurrencyStamp);

    public static void MapApplicationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/applications").WithTags("Applications");

        group.MapGet("/", async (PcfCertDbContext db, CurrentUser me, CancellationToken ct) =>
        {
            var query = db.Applications.AsNoTracking();
            if (me.IsApplicant)
            {
                query = query.Where(a => a.OrganisationId == me.OrganisationId);
            }
            // SQLite cannot order by DateTimeOffset in SQL; the list is per organisation or per body, small enough to sort here.
            var list = (await query.ToListAsync(ct)).OrderByDescending(a => a.CreatedAt).ToList();
            return TypedResults.Ok(list.Select(a => new Summary(a.Id, a.Number, a.SchemeId, a.Status.ToString(), a.Applicant.Name, a.CreatedAt, a.ConcurrencyStamp)).ToList());
        }).WithSummary("Applications the caller may see (an applicant: its own organisation's).");

        group.MapGet("/{id:guid}", async (Guid id, PcfCertDbContext db, CurrentUser me, CancellationToken ct) =>
        {
            var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
            return application is null || !ApplicationAccess.NeedsToKnow(me, application)
                ? Results.NotFound()
                : Results.Json(application, Infrastructure.Persistence.JsonColumn.Options);
        }).WithSummary("The whole application: form, documents, team, inspection, verification, review, decision and transitions.");

        group.MapPost("/", async (StartRequest request, StartApplication start, CancellationToken ct) =>
            (await start.Handle(request.SchemeId, ct)).ToHttpResult(a => Results.Created($"/api/v1/applications/{a.Id}", new { a.Id, a.Number, a.ConcurrencyStamp })))
            .WithSummary("Starts a draft application (applicant users).");

        group.MapPost("/{id:guid}/actions/{action}", async (Guid id, string action, HttpContext http, IAntiforgery antiforgery, RunApplicationAction run, CancellationToken ct) =>
        {
            ActionInput input;
            if (http.Request.HasFormContentType)
            {
                // Reading the form by hand skips minimal-API anti-forgery, so validate explicitly: a form can be cross-site.
                // A client's bearer token is not sent by a browser on its own, so it needs no anti-forgery token.
                if (!ApiClients.ApiBearerHandler.IsClient(http.User))
                {
                    await antiforgery.ValidateRequestAsync(http);
                }
                input = ActionInput.FromForm(await http.Request.ReadFormAsync(ct));
            }
            else
            {
                var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: ct);
                input = ActionInput.FromJson(body);
            }
            return (await run.Handle(id, action, input, ct)).ToHttpResult(a => Results.Ok(new { a.Id, Status = a.Status.ToString(), a.ConcurrencyStamp }));
        })
        .Accepts<JsonElement>("application/json", "multipart/form-data")
        .WithSummary("Runs a workflow action (submit, accept, assign-team, record-checklist, raise-nonconformity, attach-model, decide …). " +
                     "Fields as a JSON object; send concurrencyStamp to detect concurrent edits (409).");

        group.MapGet("/{id:guid}/audit", async (Guid id, PcfCertDbContext db, CurrentUser me, CancellationToken ct) =>
        {
            var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
            if (application is null || !ApplicationAccess.NeedsToKnow(me, application) || me.IsApplicant)
            {
                return Results.NotFound();
            }
            var key = id.ToString();
            var entries = await db.AuditTrail.AsNoTracking().Where(e => e.EntityId == key).OrderBy(e => e.Id).ToListAsync(ct);
            return Results.Ok(entries);
        }).WithSummary("The append-only audit trail of an application (certification-body staff).");

        api.MapGet("/files/{id:guid}", async (Guid id, PcfCertDbContext db, CurrentUser me, CancellationToken ct) =>
        {
            var file = await db.Files.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
            return file is not null && await MaySee(file.Id, file.OrganisationId, db, me, ct)
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.NotFound();
        }).WithTags("Applications").WithSummary("An uploaded file: only the owning applicant and the certification staff assigned to it.");
    }

    /// <summary>
    /// The applicant's own users; managers, reviewers and decision makers; inspectors and experts only when they are on
    /// the team of the application the file belongs to.
    /// </summary>
    private static async Task<bool> MaySee(Guid fileId, Guid organisationId, PcfCertDbContext db, CurrentUser me, CancellationToken ct)
    {
        if (me.IsApplicant)
        {
            return me.OrganisationId == organisationId;
        }
        if (me.IsInRole(Roles.CertificationManager) || me.IsInRole(Roles.TechnicalReviewer) || me.IsInRole(Roles.DecisionMaker))
        {
            return true;
        }
        var applications = await db.Applications.AsNoTracking().Where(a => a.OrganisationId == organisationId).ToListAsync(ct);
        if (me.Id is not { } userId)
        {
            return false;
        }
        var onTeam = applications.Where(a => a.WasOnTeam(userId)).ToList();
        if (onTeam.Any(a => a.Documents.Any(d => d.FileId == fileId)
                || a.Checklist.Any(r => r.Attachments.Contains(fileId))
                || a.Nonconformities.Any(n => n.Submissions.Any(x => x.FileIds.Contains(fileId)))))
        {
            return true;
        }
        // Data collection: an uploaded workbook or a line's evidence of an application the person inspects.
        var ids = onTeam.Select(a => a.Id).ToList();
        if (ids.Count == 0)
        {
            return false;
        }
        if (await db.InventoryImports.AnyAsync(r => ids.Contains(r.ApplicationId) && r.FileId == fileId, ct))
        {
            return true;
        }
        var inventories = db.Inventories.Where(i => ids.Contains(i.ApplicationId)).Select(i => i.Id);
        var evidence = await db.InventoryLines.AsNoTracking().Where(l => inventories.Contains(l.InventoryId)).Select(l => l.Evidence).ToListAsync(ct);
        return evidence.Any(list => list.Any(e => e.FileId == fileId));
    }
}
