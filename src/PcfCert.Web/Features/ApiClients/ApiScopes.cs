namespace PcfCert.Web.Features.ApiClients;

/// <summary>What a client may do. <c>api</c>: the REST API as the organisation's user; <c>api.read</c>: only its
/// GET endpoints; <c>pact</c>: the PACT data exchange API (read the footprints shared with the client, send events).</summary>
public static class ApiScopes
{
    public const string Api = "api";
    public const string ApiRead = "api.read";
    public const string Pact = "pact";

    public static readonly IReadOnlyList<string> All = [Api, ApiRead, Pact];

    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    public static string Join(IEnumerable<string> scopes) => string.Join(' ', scopes.Distinct().OrderBy(s => s, StringComparer.Ordinal));
}
