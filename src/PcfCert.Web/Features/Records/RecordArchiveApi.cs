using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Infrastructure.Records;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Records;

/// <summary>The archive of a certification file, its deletion after the retention period, and checking a record by its SHA-256.</summary>
public static class RecordArchiveApi
{
    public static void Map(RouteGroupBuilder group, RouteGroupBuilder api)
    {
        group.MapGet("/archive.zip", async (Guid id, HttpRequest request, PcfCertDbContext db, SchemeCatalog schemes, CurrentUser me,
            BuildArchive build, RenderCertificatePdf certificates, CancellationToken ct) =>
        {
            if (await CertificationFile.LoadAsync(db, schemes, id, ct) is not { } file || !RecordAccess.CanView(me, file.Application))
            {
                return Results.NotFound();
            }
            if (!RecordAccess.CanArchive(me))
            {
                return Results.Forbid();
            }
            try
            {
                var zip = await build.Handle(file, certificates.PublicBaseUrl(request), me.Id!, ct);
                return Results.File(zip, "application/zip", $"{file.Application.Number}-archive.zip");
            }
            catch (PdfUnavailableException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF rendering unavailable");
            }
        }).WithSummary("The whole certification file as a ZIP with a SHA-256 manifest (managers, reviewers, decision makers).");

        group.MapDelete("/", async (Guid id, CurrentUser me, DeleteRecords delete, CancellationToken ct) =>
            !RecordAccess.CanDelete(me) ? Results.Forbid() : (await delete.Handle(id, ct)).ToHttpResult(d => Results.Ok(d)))
            .WithSummary("Deletes the file's documents and uploads once the retention period has passed; 409 with the date before that.");

        api.MapGet("/records/{sha256:regex(^[0-9a-fA-F]{{64}}$)}", async (string sha256, PcfCertDbContext db, CurrentUser me, CancellationToken ct) =>
        {
            var hash = sha256.ToLowerInvariant();
            var record = await db.Set<GeneratedRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Sha256 == hash, ct);
            var application = record?.ApplicationId is { } aid ? await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == aid, ct) : null;
            if (record is null || application is null || RecordKinds.Find(record.Kind) is { } k && !RecordAccess.CanRead(me, application, k) || !RecordAccess.CanView(me, application))
            {
                return Results.NotFound();
            }
            return Results.Ok(new { record.Id, ApplicationNumber = application.Number, record.Kind, record.Subject, record.Language, record.Format, record.Origin,
                record.Sha256, record.SignedBy, record.CreatedAt });
        }).WithTags("Records").WithSummary("Checks a printed or downloaded record: the SHA-256 of its bytes names the record PcfCert generated, or 404.");
    }
}
