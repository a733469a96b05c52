using Microsoft.AspNetCore.Authorization;

namespace PcfCert.Web.Features.ApiClients;

/// <summary>
/// A client's token must carry the scope of what it calls: <c>pact</c> under /pact, <c>api</c> under /api
/// (<c>api.read</c> is enough for GET and HEAD). Signed-in users are not clients; other requirements decide for them.
/// </summary>
public sealed class ApiScopeRequirement : IAuthorizationRequirement, IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        var user = context.User;
        if (user.FindFirst(ApiBearerHandler.ClientClaim) is null)
        {
            context.Succeed(this);
            return Task.CompletedTask;
        }
        var http = context.Resource as HttpContext;
        if (http is not null && Allows(user.FindAll(ApiBearerHandler.ScopeClaim).Select(c => c.Value).ToHashSet(), http.Request))
        {
            context.Succeed(this);
        }
        return Task.CompletedTask;
    }

    public static bool Allows(IReadOnlySet<string> scopes, HttpRequest request)
    {
        if (request.Path.StartsWithSegments("/pact"))
        {
            return scopes.Contains(ApiScopes.Pact);
        }
        if (!request.Path.StartsWithSegments("/api"))
        {
            return false;
        }
        return scopes.Contains(ApiScopes.Api)
            || (scopes.Contains(ApiScopes.ApiRead) && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)));
    }
}
