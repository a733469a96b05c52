using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.ApiClients;

/// <summary>Registering and revoking API clients (administrators), and the token endpoint (clients).</summary>
public static class ApiClientsApi
{
    public sealed record ClientView(Guid Id, string ClientId, string Name, Guid OrganisationId, string Scopes, string? CallbackUrl,
        DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, string? RevokedBy);

    public static void MapApiClientsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/api-clients").WithTags("API clients").RequireAuthorization(Policies.Administrator);
        group.MapGet("/", async (PcfCertDbContext db, CancellationToken ct) => TypedResults.Ok(
                await db.ApiClients.AsNoTracking().OrderBy(c => c.Name)
                    .Select(c => new ClientView(c.Id, c.ClientId, c.Name, c.OrganisationId, c.Scopes, c.CallbackUrl, c.CreatedAt, c.CreatedBy, c.RevokedAt, c.RevokedBy))
                    .ToListAsync(ct)))
            .WithSummary("Every registered client (never its secret).");
        group.MapPost("/", async (RegisterApiClient.Input input, RegisterApiClient register, CancellationToken ct) =>
                (await register.Handle(input, ct)).ToHttpResult(r => Results.Created($"/api/v1/api-clients/{r.Id}", r)))
            .WithSummary("Registers a client for an organisation with scopes api, api.read and/or pact; the answer holds the secret, shown only this once.");
        group.MapPost("/{id:guid}/revoke", async (Guid id, RevokeApiClient revoke, CancellationToken ct) =>
                (await revoke.Handle(id, ct)).ToHttpResult(_ => Results.NoContent()))
            .WithSummary("Revokes a client: its tokens stop working at once.");
    }

    /// <summary>The token endpoint at <c>/auth/token</c> and, for PACT's auth base URL, <c>/pact/auth/token</c>.</summary>
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        foreach (var path in new[] { "/auth/token", "/pact/auth/token" })
        {
            app.MapPost(path, async (HttpRequest request, IssueAccessToken issue, IOptions<ApiClientOptions> options, CancellationToken ct) =>
                    options.Value.RequireHttps && !request.IsHttps
                        ? Results.Json(new IssueAccessToken.TokenError("invalid_request", "HTTPS is required."), statusCode: StatusCodes.Status403Forbidden)
                        : await issue.Handle(request, ct))
                .AllowAnonymous().DisableAntiforgery().WithTags("API clients")
                .WithSummary("OAuth 2.0 client credentials: Basic client_id:client_secret, grant_type=client_credentials, optional scope.");
        }
        return app;
    }
}
