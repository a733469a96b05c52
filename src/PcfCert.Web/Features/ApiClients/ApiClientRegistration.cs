using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace PcfCert.Web.Features.ApiClients;

/// <summary>
/// Cookie or bearer: a policy scheme sends requests to /api and /pact that carry <c>Authorization: Bearer</c> to
/// <see cref="ApiBearerHandler"/> and everything else to the sign-in cookie. Every policy also checks the client's scope.
/// </summary>
public static class ApiClientRegistration
{
    public const string CookieOrBearer = "CookieOrBearer";

    /// <summary>Only clients with a bearer token, for the PACT API.</summary>
    public const string BearerOnly = "BearerOnly";

    public static IServiceCollection AddApiClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiClientOptions>(configuration.GetSection("ApiClients"));
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearer;
                o.DefaultAuthenticateScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
                o.DefaultForbidScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, null, o => o.ForwardDefaultSelector = c =>
                UsesBearer(c.Request) ? ApiBearerHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiBearerHandler>(ApiBearerHandler.SchemeName, null);
        services.PostConfigure<AuthorizationOptions>(o =>
        {
            var scope = new ApiScopeRequirement();
            o.DefaultPolicy = new AuthorizationPolicyBuilder().Combine(o.DefaultPolicy).AddRequirements(scope).Build();
            if (o.FallbackPolicy is { } fallback)
            {
                o.FallbackPolicy = new AuthorizationPolicyBuilder().Combine(fallback).AddRequirements(scope).Build();
            }
            o.AddPolicy(BearerOnly, p => p.AddAuthenticationSchemes(ApiBearerHandler.SchemeName).RequireAuthenticatedUser().AddRequirements(scope));
        });
        services.AddScoped<RegisterApiClient>();
        services.AddScoped<RevokeApiClient>();
        services.AddScoped<IssueAccessToken>();
        return services;
    }

    private static bool UsesBearer(HttpRequest request) =>
        (request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/pact"))
        && request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
