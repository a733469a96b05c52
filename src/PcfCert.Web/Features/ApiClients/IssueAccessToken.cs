using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PcfCert.Infrastructure.ApiClients;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.ApiClients;

/// <summary>
/// The OAuth 2.0 client-credentials grant (RFC 6749 §4.4): the client authenticates with HTTP Basic (or
/// client_id/client_secret in the form) and gets a bearer token for the scopes it asked for, at most its own.
/// Errors use the RFC 6749 §5.2 codes.
/// </summary>
public sealed class IssueAccessToken(PcfCertDbContext db, TimeProvider time, IOptions<ApiClientOptions> options)
{
    public sealed record Token(string access_token, string token_type, int expires_in, string scope);

    public sealed record TokenError(string error, string error_description);

    public async Task<IResult> Handle(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "The body must be application/x-www-form-urlencoded.");
        }
        var form = await request.ReadFormAsync(ct);
        if (form["grant_type"].ToString() != "client_credentials")
        {
            return Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }
        if (Credentials(request, form) is not var (clientId, secret))
        {
            return InvalidClient(request);
        }
        var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, ct);
        if (client is null || client.RevokedAt is not null || !ApiSecrets.Matches(secret, client.SecretHash))
        {
            return InvalidClient(request);
        }
        var granted = ApiScopes.Parse(client.Scopes);
        var asked = form.ContainsKey("scope") ? ApiScopes.Parse(form["scope"]) : granted;
        if (asked.Count == 0 || asked.Any(s => !granted.Contains(s)))
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_scope", "The client may ask only for: " + client.Scopes);
        }
        var token = ApiSecrets.NewToken();
        var now = time.GetUtcNow();
        var lifetime = TimeSpan.FromMinutes(options.Value.TokenLifetimeMinutes);
        db.ApiAccessTokens.Add(new ApiAccessToken
        {
            Id = Guid.NewGuid(), ApiClientId = client.Id, TokenHash = ApiSecrets.Hash(token), Scopes = ApiScopes.Join(asked),
            IssuedAt = now, ExpiresAt = now + lifetime,
        });
        await db.SaveChangesAsync(ct);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return Results.Json(new Token(token, "Bearer", (int)lifetime.TotalSeconds, ApiScopes.Join(asked)));
    }

    private static (string Id, string Secret)? Credentials(HttpRequest request, IFormCollection form)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } encoded)
        {
            try
            {
                var text = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                var colon = text.IndexOf(':', StringComparison.Ordinal);
                // RFC 6749 §2.3.1: both parts are form-urlencoded before Base64.
                return colon <= 0 ? null : (Uri.UnescapeDataString(text[..colon]), Uri.UnescapeDataString(text[(colon + 1)..]));
            }
            catch (FormatException)
            {
                return null;
            }
        }
        var id = form["client_id"].ToString();
        var secret = form["client_secret"].ToString();
        return id.Length > 0 && secret.Length > 0 ? (id, secret) : null;
    }

    private static IResult InvalidClient(HttpRequest request)
    {
        request.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"pcfcert\"";
        return Results.Json(new TokenError("invalid_client", "Client authentication failed."), statusCode: StatusCodes.Status401Unauthorized);
    }

    private static IResult Error(int status, string code, string description) =>
        Results.Json(new TokenError(code, description), statusCode: status);
}

/// <summary>Settings of the API clients (section <c>ApiClients</c>).</summary>
public sealed class ApiClientOptions
{
    /// <summary>How long an access token lives.</summary>
    public int TokenLifetimeMinutes { get; set; } = 60;

    /// <summary>Refuse the token endpoint and bearer tokens over plain HTTP (PACT requires HTTPS).</summary>
    public bool RequireHttps { get; set; } = true;
}
