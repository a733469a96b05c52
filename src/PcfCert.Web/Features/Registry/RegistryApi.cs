using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PcfCert.Infrastructure.Certificates;

namespace PcfCert.Web.Features.Registry;

/// <summary>The public registry API: anonymous, rate-limited per client.</summary>
public static class RegistryApi
{
    public const string RateLimitPolicy = "registry";

    public static void MapRegistryApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/registry").WithTags("Registry").AllowAnonymous().RequireRateLimiting(RateLimitPolicy);

        group.MapGet("/certificates/{number}", async (string number, LookUpCertificate lookUp, CancellationToken ct) =>
            await lookUp.Handle(number, ct) is { } entry ? Results.Ok(entry) : Results.NotFound())
            .WithSummary("A certificate by its number: what it shows, its status and status history. 404 for an unknown number.");

        group.MapGet("/certificates/{number}/signed", async (string number, LookUpCertificate lookUp, RegistrySigner signer,
            IOptions<JsonOptions> json, CancellationToken ct) =>
        {
            if (await lookUp.Handle(number, ct) is not { } entry)
            {
                return Results.NotFound();
            }
            var payload = JsonSerializer.Serialize(entry, json.Value.SerializerOptions);
            return Results.Text(signer.Sign(payload), "application/jose");
        }).WithSummary("The entry as a compact JWS (ES256) signed with the body's key; verify it with /.well-known/jwks.json.");

        group.MapGet("/certificates", async (string? holder, LookUpCertificate lookUp, CancellationToken ct) =>
            TypedResults.Ok(await lookUp.Search(holder, ct)))
            .WithSummary("Certificates whose holder name contains the text (at least 2 characters; at most 50 results).");

        group.MapGet("/notices", async (LookUpCertificate lookUp, CancellationToken ct) => TypedResults.Ok(await lookUp.Notices(ct)))
            .WithSummary("The published list of suspended and revoked certificates (PCEC 9.4).");
    }

    public static IEndpointRouteBuilder MapJwks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/jwks.json", (RegistrySigner signer) => Results.Json(signer.Jwks()))
            .AllowAnonymous().RequireRateLimiting(RateLimitPolicy).WithTags("Registry")
            .WithSummary("Public keys of the registry signatures, old ones included.");
        return app;
    }
}
