using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Infrastructure.Pact;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.ApiClients;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Pact;

/// <summary>
/// The holder lets one customer organisation's API client (scope <c>pact</c>) read the PACT footprints of one of its
/// certificates; the client is told at once with a PublishedEvent when it has an events URL. Revocable.
/// </summary>
public sealed class GrantPactAccess(PcfCertDbContext db, CurrentUser me, PactEvents events, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public sealed record Input(string? ClientId);

    public sealed record GrantView(Guid Id, string ClientId, string ClientName, string Organisation, DateTimeOffset GrantedAt, string GrantedBy, DateTimeOffset? RevokedAt);

    public async Task<Outcome<GrantView>> Handle(Guid certificateId, Input input, CancellationToken ct)
    {
        var certificate = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == certificateId, ct);
        if (certificate is null || !CertificateAccess.CanView(me, certificate))
        {
            return Outcome<GrantView>.NotFound();
        }
        if (!CertificateAccess.IsHolder(me, certificate))
        {
            return Outcome<GrantView>.Forbidden(l["Pact.HolderOnly"]);
        }
        var clientId = input.ClientId?.Trim();
        var client = string.IsNullOrEmpty(clientId) ? null : await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, ct);
        if (client is null || client.RevokedAt is not null || !ApiScopes.Parse(client.Scopes).Contains(ApiScopes.Pact))
        {
            return Invalid(l["Pact.UnknownClient"]);
        }
        if (client.OrganisationId == certificate.HolderOrganisationId)
        {
            return Invalid(l["Pact.OwnClient"]);
        }
        if (await db.Set<PactGrant>().AnyAsync(g => g.CertificateId == certificateId && g.ApiClientId == client.Id && g.RevokedAt == null, ct))
        {
            return Outcome<GrantView>.Conflict(l["Pact.AlreadyGranted"]);
        }
        var grant = new PactGrant
        {
            Id = Guid.NewGuid(), CertificateId = certificateId, ApiClientId = client.Id, GrantedAt = time.GetUtcNow(), GrantedBy = me.Name ?? me.Id ?? "?",
        };
        db.Add(grant);
        var ids = await db.Set<PactFootprint>().Where(f => f.CertificateId == certificateId).OrderBy(f => f.Sequence).Select(f => f.Id).ToListAsync(ct);
        if (ids.Count > 0 && client.CallbackUrl is not null)
        {
            events.Queue(client, PactEvents.Published, new System.Text.Json.Nodes.JsonObject
            {
                ["pfIds"] = new System.Text.Json.Nodes.JsonArray([.. ids.Select(i => (System.Text.Json.Nodes.JsonNode?)i.ToString())]),
            });
        }
        await db.SaveChangesAsync(ct);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == client.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        return Outcome<GrantView>.Ok(new GrantView(grant.Id, client.ClientId, client.Name, organisation, grant.GrantedAt, grant.GrantedBy, null));
    }

    public async Task<Outcome<Guid>> Revoke(Guid certificateId, Guid grantId, CancellationToken ct)
    {
        var certificate = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == certificateId, ct);
        var grant = await db.Set<PactGrant>().SingleOrDefaultAsync(g => g.Id == grantId && g.CertificateId == certificateId, ct);
        if (certificate is null || grant is null || !CertificateAccess.CanView(me, certificate))
        {
            return Outcome<Guid>.NotFound();
        }
        if (!CertificateAccess.IsHolder(me, certificate))
        {
            return Outcome<Guid>.Forbidden(l["Pact.HolderOnly"]);
        }
        if (grant.RevokedAt is not null)
        {
            return Outcome<Guid>.Conflict(l["Pact.AlreadyRevoked"]);
        }
        grant.RevokedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Ok(grant.Id);
    }

    public async Task<IReadOnlyList<GrantView>> List(Guid certificateId, CancellationToken ct) =>
        (await (from g in db.Set<PactGrant>().AsNoTracking()
                join c in db.ApiClients.AsNoTracking() on g.ApiClientId equals c.Id
                join o in db.Organisations.AsNoTracking() on c.OrganisationId equals o.Id
                where g.CertificateId == certificateId
                select new GrantView(g.Id, c.ClientId, c.Name, o.Name, g.GrantedAt, g.GrantedBy, g.RevokedAt)).ToListAsync(ct))
        .OrderBy(g => g.GrantedAt).ToList();

    private static Outcome<GrantView> Invalid(string message) =>
        Outcome<GrantView>.Invalid(new Dictionary<string, string[]> { [nameof(Input.ClientId)] = [message] });
}
