using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Account;

public static class AccountApi
{
    public sealed record Me(string Id, string? Name, IReadOnlyList<string> Roles, Guid? OrganisationId);

    public static void MapAccountApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (HttpContext http, CurrentUser me) =>
            TypedResults.Ok(new Me(
                me.Id!,
                http.User.FindFirst("pcfcert:name")?.Value,
                [.. http.User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value)],
                me.OrganisationId)))
            .WithName("GetCurrentUser")
            .WithSummary("Who is signed in: id, display name, roles and, for applicants, the organisation.");
    }
}
