using Microsoft.Extensions.Localization;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.ApiClients;

/// <summary>An administrator revokes a client: no new token, and its issued tokens are refused from now on.</summary>
public sealed class RevokeApiClient(PcfCertDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Guid>> Handle(Guid id, CancellationToken ct)
    {
        if (!me.IsAdministrator)
        {
            return Outcome<Guid>.Forbidden(l["ApiClients.AdministratorOnly"]);
        }
        var client = await db.ApiClients.FindAsync([id], ct);
        if (client is null)
        {
            return Outcome<Guid>.NotFound();
        }
        if (client.RevokedAt is not null)
        {
            return Outcome<Guid>.Conflict(l["ApiClients.AlreadyRevoked"]);
        }
        client.RevokedAt = time.GetUtcNow();
        client.RevokedBy = me.Name ?? me.Id ?? "?";
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Ok(client.Id);
    }
}
