using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;
using PcfCert.Footprint.Background;
using PcfCert.Footprint.Documents;
using PcfCert.Footprint.Model;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Background;

public static class BackgroundApi
{
    public static void MapBackgroundApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/background").WithTags("Background data");
        // One import for both formats (detected from the content); /ilcd is the same endpoint under the ILCD name.
        foreach (var route in new[] { "/openlca", "/ilcd" })
        {
            group.MapPost(route, async (HttpContext http, IAntiforgery antiforgery, ImportOpenLcaPackage import, CurrentUser me, CancellationToken ct) =>
            {
                await antiforgery.ValidateRequestAsync(http);
                var form = await http.Request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file");
                await using var stream = file?.OpenReadStream() ?? Stream.Null;
                var request = new ImportOpenLcaPackage.Request(form["source"], form["sourceUrl"], form["licence"], form["gwp"]);
                var outcome = await import.Handle(stream, file?.Length ?? 0, file?.FileName ?? "", request, me.Name ?? me.Id ?? "?", ct);
                return outcome.ToHttpResult(TypedResults.Ok);
            }).RequireAuthorization(Policies.Administrator).DisableAntiforgery()
                .WithSummary("Administrators import an openLCA JSON-LD or ILCD (TianGong) zip, format detected from the content (multipart: file, source, sourceUrl, licence, gwp = AR6|AR5), into the factor library; all or nothing.");
        }

        group.MapPost("/openlca/model", async (HttpContext http, IAntiforgery antiforgery, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            await antiforgery.ValidateRequestAsync(http);
            var form = await http.Request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file");
            await using var stream = file?.OpenReadStream() ?? Stream.Null;
            var (read, errors) = await OpenLcaPackageFile.ReadAsync(stream, file?.Length ?? 0, file?.FileName ?? "", l, ct);
            if (read is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = errors });
            }
            var gwp = Enum.TryParse<GwpSet>(form["gwp"].FirstOrDefault() ?? "AR6", true, out var g) && Enum.IsDefined(g) ? g : GwpSet.AR6;
            var id = form["process"].FirstOrDefault();
            if (read.Package.Processes.All(p => p.Id != id))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["process"] = [l["Background.Error.Process", id ?? ""]] });
            }
            var (model, _, refusal) = BackgroundModelBuilder.Build(read.Package, id!, gwp);
            return model is null
                ? Results.ValidationProblem(new Dictionary<string, string[]> { ["process"] = [refusal!] })
                : Results.Text(ModelDocument.Write(model), "application/json");
        }).RequireAuthorization(Policies.Staff).DisableAntiforgery()
            .WithSummary("The pcfcert.model/1 document of one process of an openLCA JSON-LD zip (multipart: file, process = UUID, gwp) with the providers the package links to it: an upstream a model can use.");
    }
}
