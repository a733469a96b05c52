using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Pact;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Pact;

/// <summary>
/// For those without a PACT API: the PACT JSON of a certificate's current footprint (holder and staff), and the
/// holder's grants of read access to a customer's client.
/// </summary>
public static class PactExportApi
{
    public static void MapPactExportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/pact/certificates/{id:guid}").WithTags("PACT");
        group.MapGet("/footprint", async (Guid id, bool? download, PcfCertDbContext db, CurrentUser me, CancellationToken ct) =>
        {
            var certificate = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
            if (certificate is null || !CertificateAccess.CanView(me, certificate))
            {
                return Results.NotFound();
            }
            var footprint = await db.Set<PactFootprint>().AsNoTracking().Where(f => f.CertificateId == id)
                .OrderByDescending(f => f.Sequence).FirstOrDefaultAsync(ct);
            if (footprint is null)
            {
                return Results.NotFound();
            }
            var bytes = System.Text.Encoding.UTF8.GetBytes(footprint.Document);
            return download == true
                ? Results.File(bytes, "application/json", $"pact-{certificate.Number}.json")
                : Results.Bytes(bytes, "application/json");
        }).WithSummary("The PACT v3 ProductFootprint of the certificate (latest; Deprecated when the certificate is not valid). 404 when none is published.");
        group.MapGet("/grants", async (Guid id, PcfCertDbContext db, CurrentUser me, GrantPactAccess grants, CancellationToken ct) =>
            await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } c && CertificateAccess.CanView(me, c)
                ? Results.Ok(await grants.List(id, ct)) : Results.NotFound())
            .WithSummary("Which customers' clients may read the certificate's PACT footprints.");
        group.MapPost("/grants", async (Guid id, GrantPactAccess.Input input, GrantPactAccess grant, CancellationToken ct) =>
            (await grant.Handle(id, input, ct)).ToHttpResult(g => Results.Created($"/api/v1/pact/certificates/{id}/grants/{g.Id}", g)))
            .WithSummary("The holder grants a customer organisation's PACT client (by its client id) read access to this certificate's footprints.");
        group.MapPost("/grants/{grantId:guid}/revoke", async (Guid id, Guid grantId, GrantPactAccess grant, CancellationToken ct) =>
            (await grant.Revoke(id, grantId, ct)).ToHttpResult(_ => Results.NoContent()))
            .WithSummary("The holder withdraws a grant.");
    }
}
