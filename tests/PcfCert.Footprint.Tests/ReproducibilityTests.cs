using System.Globalization;
using System.Text.Json.Nodes;
using PcfCert.Footprint.Documents;

namespace PcfCert.Footprint.Tests;

/// <summary>Item 3 of issue 16: figures depend only on the canonical model.</summary>
public class ReproducibilityTests
{
    // 0.221 kg CO2 + 0.0086 kg CH4 × 29.8 + 0.00079 kg N2O × 273 sums to 0.6929500000000001 in some orders and
    // 0.69295 in others; the hash is the same for every key order, so the figure must be too.
    [Theory]
    [InlineData("""{ "CO2": 0.221, "CH4": 0.0086, "N2O": 0.00079 }""")]
    [InlineData("""{ "N2O": 0.00079, "CO2": 0.221, "CH4": 0.0086 }""")]
    [InlineData("""{ "CH4": 0.0086, "N2O": 0.00079, "CO2": 0.221 }""")]
    [InlineData("""{ "CO2": 0.221, "N2O": 0.00079, "CH4": 0.0086 }""")]
    public void Gas_key_order_changes_neither_the_hash_nor_a_single_bit(string gases)
    {
        var json = Doc.OneProcess("""[ { "factor": "f", "amount": 1, "unit": "kg" } ]""", factors: $$"""[ { "id": "f", "unit": "kg", "gases": {{gases}} } ]""");
        var reference = Doc.OneProcess("""[ { "factor": "f", "amount": 1, "unit": "kg" } ]""",
            factors: """[ { "id": "f", "unit": "kg", "gases": { "CH4": 0.0086, "CO2": 0.221, "N2O": 0.00079 } } ]""");
        Assert.Equal(ResultDocument.Write(Doc.Calculate(reference)), ResultDocument.Write(Doc.Calculate(json)));
    }

    [Theory]
    [InlineData(1)] [InlineData(2)] [InlineData(3)] [InlineData(4)] [InlineData(5)] [InlineData(6)]
    public void Shuffled_keys_and_process_order_give_the_same_bytes_with_and_without_monte_carlo(int seed)
    {
        var rng = new Random(seed);
        var model = RandomModel(rng);
        var options = new CalculationOptions(120, 11);
        var expected = Strip(ResultDocument.Write(Doc.Calculate(model.ToJsonString(), options)));
        var expectedHash = ModelDocument.Parse(model.ToJsonString()).Value!.InputSha256;
        for (var round = 0; round < 2; round++)
        {
            var keysOnly = Shuffle(model, rng, arrays: false).ToJsonString();
            Assert.Equal(expectedHash, ModelDocument.Parse(keysOnly).Value!.InputSha256);
            Assert.Equal(expected, Strip(ResultDocument.Write(Doc.Calculate(keysOnly, options))));
            // Process and factor order is part of the hash (arrays keep their order), not of the figures.
            var reordered = Shuffle(model, rng, arrays: true).ToJsonString();
            Assert.Equal(expected, Strip(ResultDocument.Write(Doc.Calculate(reordered, options))));
        }
    }

    private static string Strip(string result) =>
        string.Join('\n', result.Split('\n').Where(l => !l.Contains("\"inputSha256\"", StringComparison.Ordinal)));

    /// <summary>5–14 processes with cycles, factors with several gases, some uncertain amounts and factors.</summary>
    internal static JsonObject RandomModel(Random rng)
    {
        var n = 5 + rng.Next(10);
        var gases = new[] { "CO2", "CH4", "N2O", "SF6", "HFC-134a" };
        var factors = new JsonArray();
        for (var f = 0; f < 4; f++)
        {
            var g = new JsonObject();
            foreach (var gas in gases.Where(_ => rng.Next(2) == 0).DefaultIfEmpty("CO2")) g[gas] = Math.Round(rng.NextDouble(), 1 + rng.Next(6));
            var factor = new JsonObject { ["id"] = $"f{f}", ["unit"] = "kg", ["gases"] = g };
            if (rng.Next(2) == 0) factor["uncertainty"] = new JsonObject { ["distribution"] = "lognormal", ["gsd"] = 1.2 };
            factors.Add(factor);
        }
        var processes = new JsonArray();
        for (var i = 0; i < n; i++)
        {
            var inputs = new JsonArray();
            for (var k = 0; k < 3; k++)
            {
                var target = rng.Next(n);
                var input = target == i
                    ? new JsonObject { ["factor"] = $"f{rng.Next(4)}", ["amount"] = Math.Round(rng.NextDouble() * 3, 3), ["unit"] = rng.Next(2) == 0 ? "kg" : "g" }
                    : new JsonObject { ["process"] = $"p{target:D2}", ["amount"] = Math.Round(0.05 + 0.2 * rng.NextDouble(), 4), ["unit"] = "kg" };
                if (rng.Next(3) == 0) input["uncertainty"] = new JsonObject { ["distribution"] = "normal", ["sd"] = 0.3 * input["amount"]!.GetValue<double>() };
                inputs.Add(input);
            }
            processes.Add(new JsonObject
            {
                ["id"] = $"p{i:D2}", ["stage"] = i % 2 == 0 ? "production" : "raw-material-acquisition",
                ["output"] = new JsonObject { ["amount"] = 1, ["unit"] = "kg" }, ["inputs"] = inputs,
                ["emissions"] = new JsonArray(new JsonObject { ["gas"] = "CO2", ["amount"] = Math.Round(rng.NextDouble(), 3), ["unit"] = "kg" }),
            });
        }
        return new JsonObject
        {
            ["format"] = "pcfcert.model/1", ["gwp"] = "AR6", ["boundary"] = "cradle-to-gate", ["referenceProcess"] = "p00",
            ["product"] = new JsonObject { ["name"] = "x", ["declaredUnit"] = new JsonObject { ["amount"] = 1, ["unit"] = "kg" } },
            ["factors"] = factors, ["processes"] = processes,
        };
    }

    /// <summary>A deep copy with every object's keys in random order and, with <paramref name="arrays"/>, processes and factors shuffled.</summary>
    private static JsonNode Shuffle(JsonNode node, Random rng, bool arrays, string? name = null)
    {
        switch (node)
        {
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (k, v) in o.OrderBy(_ => rng.Next()).ToList()) copy[k] = v is null ? null : Shuffle(v, rng, arrays, k);
                return copy;
            case JsonArray a:
                var items = a.Select(v => v is null ? null : Shuffle(v, rng, arrays)).ToList();
                if (arrays && name is "processes" or "factors") items = items.OrderBy(_ => rng.Next()).ToList();
                return new JsonArray(items.ToArray());
            default:
                return JsonNode.Parse(node.ToJsonString(), null, default)!;
        }
    }

    [Fact]
    public void Random_model_builder_is_deterministic()
    {
        Assert.Equal(RandomModel(new Random(3)).ToJsonString(), RandomModel(new Random(3)).ToJsonString());
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"\"p00\""), RandomModel(new Random(3)).ToJsonString(), StringComparison.Ordinal);
    }
}
