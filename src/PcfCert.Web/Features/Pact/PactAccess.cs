using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.ApiClients;
using PcfCert.Infrastructure.Pact;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Pact;

/// <summary>
/// Which footprints a client reads: those of its own organisation's certificates (the data owner) and those of
/// certificates whose holder granted this client access (a customer, docs/pact.md).
/// </summary>
public static class PactAccess
{
    public static IQueryable<PactFootprint> Visible(PcfCertDbContext db, ApiClient client) =>
        db.Set<PactFootprint>().AsNoTracking().Where(f =>
            f.HolderOrganisationId == client.OrganisationId
            || db.Set<PactGrant>().Any(g => g.CertificateId == f.CertificateId && g.ApiClientId == client.Id && g.RevokedAt == null));

    /// <summary>The visible footprints, oldest first (ordered here: SQLite cannot order by a DateTimeOffset).</summary>
    public static async Task<List<System.Text.Json.Nodes.JsonObject>> DocumentsAsync(PcfCertDbContext db, ApiClient client, CancellationToken ct) =>
        (await Visible(db, client).Select(f => new { f.Created, f.Id, f.Document }).ToListAsync(ct))
            .OrderBy(f => f.Created).ThenBy(f => f.Id).Select(f => System.Text.Json.Nodes.JsonNode.Parse(f.Document)!.AsObject()).ToList();

    /// <summary>The clients with an events URL that may read a certificate's footprints.</summary>
    public static Task<List<ApiClient>> ReadersAsync(PcfCertDbContext db, Guid certificateId, Guid? holder, CancellationToken ct) =>
        db.ApiClients.AsNoTracking()
            .Where(c => c.RevokedAt == null && c.CallbackUrl != null && c.Scopes.Contains(Features.ApiClients.ApiScopes.Pact)
                && (c.OrganisationId == holder || db.Set<PactGrant>().Any(g => g.CertificateId == certificateId && g.ApiClientId == c.Id && g.RevokedAt == null)))
            .ToListAsync(ct);
}
