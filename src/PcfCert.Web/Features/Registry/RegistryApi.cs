using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Certificates;

namespace PcfCert.Web.Features.Registry;

/// <summary>
/// The public registry API: anonymous, rate-limited per client. Look-ups, searches and the notices are served from
/// <see cref="RegistryCache"/> with an ETag (If-None-Match → 304); a change is visible within the cache's poll interval.
/// </summary>
public static class RegistryApi
{
    public const string RateLimitPolicy = "registry";

    public static void MapRegistryApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/registry").WithTags("Registry").AllowAnonymous().RequireRateLimiting(RateLimitPolicy);

        group.MapGet("/certificates/{number}", async (string number, HttpContext http, LookUpCertificate lookUp, RegistryCache cache,
                IOptions<JsonOptions> json, CancellationToken ct) =>
            CertificateNumber.Normalize(number) is not { } normalized ? Results.NotFound()
            : Serve(http, await cache.GetOrAddAsync("entry:" + normalized, async () =>
                await lookUp.Handle(normalized, ct) is { } entry ? Json(entry, json) : null)))
            .WithSummary("A certificate by its number: what it shows, its status and status history. 404 for an unknown number. ETag / If-None-Match.");

        group.MapGet("/certificates/{number}/signed", async (string number, LookUpCertificate lookUp, RegistrySigner signer,
            IOptions<JsonOptions> json, TimeProvider time, CancellationToken ct) =>
        {
            // Not cached: the signature carries its own times (iat/exp) and is made per request.
            if (await lookUp.Handle(number, ct) is not { } entry)
            {
                return Results.NotFound();
            }
            var claims = JsonSerializer.SerializeToNode(entry, json.Value.SerializerOptions)!.AsObject();
            claims["sub"] = entry.Number;
            // The day (China time) on which the entry's status holds, and since when it has held.
            claims["statusDate"] = CertificateDates.Today(time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            claims["statusSince"] = entry.History.LastOrDefault(h => h.Status == entry.Status)?.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return Results.Text(await signer.SignWithLifetimeAsync(claims, ct), "application/jwt");
        }).WithSummary("The entry as a signed JWT (ES256) with iat, a short exp, statusDate and statusSince; verify it with /.well-known/jwks.json.");

        group.MapGet("/certificates", async (string? holder, HttpContext http, LookUpCertificate lookUp, RegistryCache cache,
                IOptions<JsonOptions> json, CancellationToken ct) =>
            Serve(http, await cache.GetOrAddAsync("search:" + (holder ?? "").Trim(), async () => Json(await lookUp.Search(holder, ct), json))))
            .WithSummary("Certificates whose holder name contains the text (at least 2 characters; at most 50 results).");

        group.MapGet("/notices", async (HttpContext http, LookUpCertificate lookUp, RegistryCache cache, IOptions<JsonOptions> json, CancellationToken ct) =>
            Serve(http, await cache.GetOrAddAsync("notices", async () => Json(await lookUp.Notices(ct), json))))
            .WithSummary("The published list of suspended and revoked certificates (PCEC 9.4).");
    }

    public static IEndpointRouteBuilder MapJwks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/jwks.json", async (RegistrySigner signer, CancellationToken ct) => Results.Json(await signer.JwksAsync(ct)))
            .AllowAnonymous().RequireRateLimiting(RateLimitPolicy).WithTags("Registry")
            .WithSummary("Public keys of the registry signatures, old ones included.");
        return app;
    }

    private static RegistryCache.Body Json<T>(T value, IOptions<JsonOptions> json) =>
        RegistryCache.ToBody(JsonSerializer.SerializeToUtf8Bytes(value, json.Value.SerializerOptions), "application/json; charset=utf-8");

    /// <summary>200 with the bytes and their ETag, 304 when the client has them, 404 for nothing.</summary>
    internal static IResult Serve(HttpContext http, RegistryCache.Body? body)
    {
        if (body is null)
        {
            return Results.NotFound();
        }
        http.Response.Headers.ETag = body.ETag;
        http.Response.Headers.CacheControl = "public, no-cache";
        return http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == body.ETag || t.Trim() == "*"))
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(body.Bytes, body.ContentType);
    }
}
