using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Factors;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Factors;

public static class FactorsApi
{
    public sealed record FactorDto(string Code, int Version, string Key, string NameZh, string NameEn, string Category, string Unit, double? KgCO2e,
        IReadOnlyDictionary<string, double>? Gases, string Origin, string Source, string? SourceUrl, int? Year, string? Geography, string GwpBasis,
        double? Ter, double? Ger, double? Tir, double? P, double? UncertaintyGsd, string? LicenceNote, string Status, string? ChangeNote,
        string CreatedBy, DateTimeOffset CreatedAt)
    {
        public static FactorDto From(EmissionFactorVersion v) => new(v.Code, v.Version, v.Key, v.NameZh, v.NameEn, v.Category, v.Unit, v.KgCO2e, v.Gases,
            v.Origin.ToString(), v.Source, v.SourceUrl, v.Year, v.Geography, v.GwpBasis, v.Ter, v.Ger, v.Tir, v.P, v.UncertaintyGsd, v.LicenceNote,
            v.Status, v.ChangeNote, v.CreatedBy, v.CreatedAt);
    }

    public static void MapFactorsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/factors").WithTags("Factors");
        group.MapGet("/", async (string? q, string? category, int? page, SearchFactors search, Hosting.CurrentUser me, HttpContext http, CancellationToken ct) =>
        {
            var result = await search.Handle(q, category, ct, me, page ?? 1);
            // The body stays the array it always was; the count and the page travel in headers.
            http.Response.Headers["X-Total-Count"] = result.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
            http.Response.Headers["X-Page"] = result.Page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            http.Response.Headers["X-Page-Count"] = result.Pages.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Ok(result.Items.Select(FactorDto.From));
        })
            .WithSummary("Current factor versions matching a name (Chinese or English), code or source; 50 per page (page=1, 2, …), the number of matches in X-Total-Count.");
        group.MapGet("/{code}", async (string code, PcfCertDbContext db, Hosting.CurrentUser me, CancellationToken ct) =>
        {
            // Another organisation's supplier factor does not exist for an applicant.
            if (await db.EmissionFactors.AsNoTracking().SingleOrDefaultAsync(e => e.Code == code, ct) is { } entry && !SearchFactors.MayRead(entry, me))
            {
                return Results.NotFound();
            }
            var versions = await db.EmissionFactorVersions.AsNoTracking().Where(v => v.Code == code).ToListAsync(ct);
            return versions.Count == 0 ? Results.NotFound() : Results.Ok(versions.OrderBy(v => v.Version).Select(FactorDto.From));
        }).WithSummary("Every version of a factor, oldest first.");
        group.MapGet("/{code}/versions/{version:int}", async (string code, int version, PcfCertDbContext db, Hosting.CurrentUser me, CancellationToken ct) =>
            await db.EmissionFactors.AsNoTracking().SingleOrDefaultAsync(e => e.Code == code, ct) is { } entry && !SearchFactors.MayRead(entry, me)
                ? Results.NotFound()
                : await db.EmissionFactorVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Code == code && v.Version == version, ct) is { } v
                ? Results.Ok(FactorDto.From(v))
                : Results.NotFound())
            .WithSummary("One exact version, as a model that names code@version uses it.");
    }
}
