using PcfCert.Footprint;
using PcfCert.Footprint.Documents;

namespace PcfCert.Web.Features.Footprints;

/// <summary>
/// POST /api/v1/footprints/calculate: a <c>pcfcert.model/1</c> document in, a <c>pcfcert.result/1</c> document out —
/// the same calculation as <c>pcfcert calc</c>. Invalid models give 422 with every error's code, JSON pointer,
/// English message and arguments (for the client to localise by code).
/// </summary>
public static class FootprintApi
{
    /// <summary>Upper bound on Monte Carlo iterations per request, so one call cannot occupy a server for minutes.</summary>
    public const int MaxIterations = 100_000;

    public static void MapFootprintApi(this RouteGroupBuilder api)
    {
        api.MapPost("/footprints/calculate", async (HttpRequest request, int? mc, ulong? seed, double? cutOffLimit, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var parsed = ModelDocument.Parse(await reader.ReadToEndAsync(ct));
            if (!parsed.IsSuccess) return Rejected(parsed.Errors);
            var options = new CalculationOptions(Math.Clamp(mc ?? 0, 0, MaxIterations), seed ?? 1,
                cutOffLimit ?? CalculationOptions.Default.CutOffLimitShare);
            var outcome = FootprintCalculator.Calculate(parsed.Value!, options);
            return outcome.IsSuccess
                ? Results.Text(ResultDocument.Write(outcome.Value!), "application/json")
                : Rejected(outcome.Errors);
        })
        .Accepts<object>("application/json")
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithTags("Footprints")
        .WithName("CalculateFootprint")
        .WithSummary("Calculate a product carbon footprint: pcfcert.model/1 in, pcfcert.result/1 out (docs/model-format.md).");
    }

    private static IResult Rejected(IReadOnlyList<Error> errors) =>
        Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The footprint model cannot be calculated.",
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors.Select(e => new { code = e.Code.ToString(), path = e.Path, message = e.Message, arguments = e.Arguments }).ToList(),
            });
}
