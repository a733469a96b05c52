using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PcfCert.Certification.Access;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.ApiClients;

/// <summary>
/// Authenticates <c>Authorization: Bearer …</c> with a token from <see cref="IssueAccessToken"/>: one indexed look-up
/// of the token's hash joined to its client, so a revoked client is refused at once on every instance. The principal
/// is an applicant of the client's organisation, so every endpoint applies the same rules as to that organisation's
/// users; scopes are checked by <see cref="ApiScopeRequirement"/>.
/// </summary>
public sealed class ApiBearerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PcfCertDbContext db, TimeProvider time, IOptions<ApiClientOptions> settings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiBearer";
    public const string ScopeClaim = "scope";
    public const string ClientClaim = "pcfcert:client";
    private const string FailureKey = "pcfcert:bearer-failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        if (settings.Value.RequireHttps && !Request.IsHttps)
        {
            return Fail(BearerFailure.HttpsRequired);
        }
        var hash = ApiSecrets.Hash(header["Bearer ".Length..].Trim());
        var found = await (from t in db.ApiAccessTokens.AsNoTracking()
                           join c in db.ApiClients.AsNoTracking() on t.ApiClientId equals c.Id
                           where t.TokenHash == hash
                           select new { t.ExpiresAt, t.Scopes, c.ClientId, c.Name, c.OrganisationId, c.RevokedAt })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (found is null || found.RevokedAt is not null)
        {
            return Fail(BearerFailure.Invalid);
        }
        if (found.ExpiresAt <= time.GetUtcNow())
        {
            return Fail(BearerFailure.Expired);
        }
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, "client:" + found.ClientId),
            new("pcfcert:name", found.Name),
            new(ClaimTypes.Role, Roles.Applicant),
            new(CurrentUser.OrganisationClaim, found.OrganisationId.ToString()),
            new(ClientClaim, found.ClientId),
            .. ApiScopes.Parse(found.Scopes).Select(s => new Claim(ScopeClaim, s)),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private AuthenticateResult Fail(BearerFailure failure)
    {
        Context.Items[FailureKey] = failure;
        return AuthenticateResult.Fail(failure.ToString());
    }

    /// <summary>Whether the principal is an API client authenticated by its bearer token.</summary>
    public static bool IsClient(ClaimsPrincipal user) => user.FindFirst(ClientClaim) is not null;

    /// <summary>Why the bearer token of this request was refused; null when it was not refused.</summary>
    public static BearerFailure? FailureOf(HttpContext context) => context.Items[FailureKey] as BearerFailure?;

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = FailureOf(Context);
        Response.StatusCode = failure == BearerFailure.HttpsRequired ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        if (Request.Path.StartsWithSegments("/pact"))
        {
            await Pact.PactErrors.Write(Context, Response.StatusCode, failure switch
            {
                BearerFailure.Expired => Pact.PactErrors.TokenExpired("The access token has expired."),
                BearerFailure.HttpsRequired => Pact.PactErrors.AccessDenied("HTTPS is required."),
                _ => Pact.PactErrors.BadRequest("Invalid token provided."),
            });
        }
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        if (Request.Path.StartsWithSegments("/pact"))
        {
            await Pact.PactErrors.Write(Context, Response.StatusCode, Pact.PactErrors.AccessDenied("The client's scopes do not allow this request."));
        }
    }
}

public enum BearerFailure
{
    Invalid,
    Expired,
    HttpsRequired,
}
