using System.Text.Json;
using PcfCert.Footprint;
using PcfCert.Footprint.Documents;
using PcfCert.Infrastructure.Files;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>
/// The figures a verification report prints, read from the stored result document of the verified model version; the
/// uncertainty analysis is a Monte Carlo run of that model (10,000 iterations, seed 1: reproducible) when its lines
/// carry distributions and the stored result has none.
/// </summary>
public sealed record FootprintFigures(JsonElement Result, UncertaintyFigures? Uncertainty)
{
    public const int Iterations = 10_000;

    public static FootprintFigures? From(FootprintModelRecord? record, double cutOffShare)
    {
        if (record is null)
        {
            return null;
        }
        var result = JsonDocument.Parse(record.ResultJson).RootElement.Clone();
        if (result.TryGetProperty("uncertainty", out var stored) && stored.ValueKind == JsonValueKind.Object)
        {
            return new FootprintFigures(result, UncertaintyFigures.Read(stored));
        }
        var parsed = ModelDocument.Parse(record.ModelJson);
        if (!parsed.IsSuccess)
        {
            return new FootprintFigures(result, null);
        }
        var run = FootprintCalculator.Calculate(parsed.Value!, new CalculationOptions(Iterations, 1, cutOffShare));
        return new FootprintFigures(result, run.Value?.Uncertainty is { UncertainParameters: > 0 } u
            ? new UncertaintyFigures(u.Iterations, u.Seed, u.UncertainParameters, u.Mean, u.StandardDeviation, u.P2_5, u.P50, u.P97_5)
            : null);
    }

    public double Total => Result.GetProperty("totalKgCO2e").GetDouble();

    public IEnumerable<(string Stage, double Value)> Stages => Result.GetProperty("byStage").EnumerateObject().Select(p => (p.Name, p.Value.GetDouble()));

    public IEnumerable<(string Gas, double Value)> Gases => Result.GetProperty("byGas").EnumerateObject().Select(p => (p.Name, p.Value.GetDouble()));

    public IEnumerable<(string Process, double Value, double Share)> Processes => Result.GetProperty("byProcess").EnumerateArray()
        .Select(p => (p.GetProperty("id").GetString()!, p.GetProperty("kgCO2e").GetDouble(), p.GetProperty("share").GetDouble()));

    public string Text(string property) => Result.TryGetProperty(property, out var v) ? v.ToString() : "—";

    public JsonElement? Object(string property) => Result.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;
}

/// <summary>Monte Carlo statistics of the footprint per declared unit.</summary>
public sealed record UncertaintyFigures(int Iterations, ulong Seed, int Parameters, double Mean, double StandardDeviation, double P2_5, double P50, double P97_5)
{
    public static UncertaintyFigures Read(JsonElement u) => new(u.GetProperty("iterations").GetInt32(), u.GetProperty("seed").GetUInt64(),
        u.GetProperty("uncertainParameters").GetInt32(), u.GetProperty("mean").GetDouble(), u.GetProperty("standardDeviation").GetDouble(),
        u.GetProperty("p2_5").GetDouble(), u.GetProperty("p50").GetDouble(), u.GetProperty("p97_5").GetDouble());
}
