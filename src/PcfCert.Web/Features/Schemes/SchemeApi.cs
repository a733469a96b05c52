using PcfCert.Certification.Schemes;

namespace PcfCert.Web.Features.Schemes;

public static class SchemeApi
{
    public sealed record SchemeSummary(
        string Id, string Code, string Version, LocalizedText Title, LocalizedText Issuer, DateOnly PublishedOn, DateOnly EffectiveOn)
    {
        public static SchemeSummary From(SchemeDefinition d) =>
            new(d.Id, d.Code, d.Version, d.Title, d.Issuer.Name, d.PublishedOn, d.EffectiveOn);
    }

    public static void MapSchemeApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/schemes").WithTags("Schemes");

        // Written with the definition-file conventions (camelCase, kebab-case enums) so the API shows
        // exactly what schemes/*.json holds.
        group.MapGet("/", (SchemeCatalog catalog) =>
            Results.Json(catalog.Schemes.Select(SchemeSummary.From).ToList(), SchemeJson.Options))
            .Produces<List<SchemeSummary>>()
            .WithSummary("The implementation rules the platform runs.");

        group.MapGet("/{id}", (string id, SchemeCatalog catalog) =>
            catalog.Find(id) is { } definition ? Results.Json(definition, SchemeJson.Options) : Results.NotFound())
            .Produces<SchemeDefinition>()
            .WithSummary("One whole scheme definition; time limits and counts under `parameters`.");
    }
}
