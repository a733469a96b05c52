using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Personnel;

public static class PersonnelApi
{
    public static void MapPersonnelApi(this RouteGroupBuilder api)
    {
        api.MapGet("/personnel", async (PcfCertDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Personnel.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct)))
            .RequireAuthorization(Policies.Staff)
            .WithTags("Personnel")
            .WithSummary("The personnel register: personnel types, qualifications with expiry, product areas, declared conflicts (staff only).");
    }
}
