using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PcfCert.Web.Hosting;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Security.Tests;

/// <summary>
/// Issue 12 item 2: generated malformed footprint models and API requests (at least 1,000 per run and provider) never
/// answer 500. The generator is seeded (PCFCERT_FUZZ_SEED overrides the fixed default) so a failure can be replayed.
/// </summary>
public abstract class FuzzScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const int Models = 700;
    private const int Requests = 400;

    private static readonly string[] Actions =
    [
        "save-form", "submit", "remove-document", "assign-team", "recommend", "decide", "complete-document-review",
        "start-inspection", "record-checklist", "record-consistency", "raise-nonconformity", "submit-rectification",
        "judge-rectification", "pass-inspection", "fail-inspection", "request-supplement", "accept", "reject",
        "pause-clock", "resume-clock", "attach-model", "record-verification-item", "raise-finding", "respond-finding",
        "close-finding", "record-verified-value", "no-such-action",
    ];

    private static readonly string[] Fields =
    [
        "concurrencyStamp", "note", "reason", "date", "members", "leader", "value", "model", "clause", "result", "items",
        "id", "fileId", "name", "schemeId", "outcome", "personDays", "unitIndex", "findingId", "nonconformityId", "status",
    ];

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("PCFCERT_FUZZ_SEED"), out var s) ? s : 20261202;

    [Fact]
    public async Task Generated_malformed_models_and_requests_never_answer_500()
    {
        var random = new Random(Seed);
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Manager);
        var model = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Data", "capacitor.model.json")))!;
        var failures = new List<string>();
        var sent = 0;
        for (var i = 0; i < Models; i++)
        {
            var body = Mutator.Mutate(model, random);
            var mc = random.Next(4) == 0 ? $"?mc={random.Next(0, 50)}&seed={random.Next()}" : string.Empty;
            await SendAsync(client, HttpMethod.Post, "/api/v1/footprints/calculate" + mc, body, failures);
            sent++;
        }
        for (var i = 0; i < Requests; i++)
        {
            var (method, path) = Target(random);
            await SendAsync(client, method, path, Mutator.RandomRequestBody(random, Fields), failures);
            sent++;
        }
        Assert.True(sent >= 1_000, $"only {sent} requests");
        Assert.True(failures.Count == 0, $"seed {Seed}: {failures.Count} answers of 500 or more:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(10))}");
    }

    private static (HttpMethod, string) Target(Random random)
    {
        var application = random.Next(3) == 0 ? Guid.NewGuid() : DemoData.DemoApplicationId;
        return random.Next(8) switch
        {
            0 or 1 or 2 => (HttpMethod.Post, $"/api/v1/applications/{application}/actions/{Actions[random.Next(Actions.Length)]}"),
            3 => (HttpMethod.Post, "/api/v1/organisations"),
            4 => (HttpMethod.Put, $"/api/v1/organisations/{DemoData.DemoManufacturerId}"),
            5 => (HttpMethod.Post, "/api/v1/applications"),
            6 => (HttpMethod.Post, "/api/v1/certificates"),
            _ => (HttpMethod.Get, "/api/v1/registry/certificates/" + Uri.EscapeDataString(Mutator.RandomText(random).Replace('\0', '0'))),
        };
    }

    private static async Task SendAsync(TestClient client, HttpMethod method, string path, string body, List<string> failures)
    {
        using var request = new HttpRequestMessage(method, path);
        if (method != HttpMethod.Get)
        {
            request.Content = new ByteArrayContent(Mutator.Encode(body));
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }
        using var response = await client.Http.SendAsync(request);
        if ((int)response.StatusCode >= 500)
        {
            var text = await response.Content.ReadAsStringAsync();
            failures.Add($"{method} {path} → {(int)response.StatusCode} {text[..Math.Min(200, text.Length)]} for {body[..Math.Min(300, body.Length)]}");
        }
        else if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge
                 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"{method} {path} → {(int)response.StatusCode} without a problem document");
        }
    }
}

/// <summary>Malformed variants of a valid document: wrong types, extreme numbers, missing and repeated parts, broken text.</summary>
public static partial class Mutator
{
    private static readonly Func<Random, JsonNode?>[] Values =
    [
        _ => null, _ => JsonValue.Create(""), _ => JsonValue.Create(0), _ => JsonValue.Create(-1), _ => JsonValue.Create(1e308),
        _ => JsonValue.Create(-1e308), _ => JsonValue.Create(5e-324), _ => JsonValue.Create(1e30), _ => JsonValue.Create(true),
        _ => new JsonArray(), _ => new JsonObject(), r => JsonValue.Create(RandomText(r)), r => JsonValue.Create(r.NextDouble() * 1e6),
        _ => JsonValue.Create("NaN"), _ => JsonValue.Create("Infinity"), _ => JsonValue.Create(long.MaxValue), _ => Nested(200),
    ];

    public static string Mutate(JsonNode valid, Random random)
    {
        var node = valid.DeepClone();
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var all = Descendants(node).ToList();
            var target = all[random.Next(all.Count)];
            switch (random.Next(4))
            {
                case 0 when target.Parent is JsonObject o:
                    o.Remove(target.GetPropertyName());
                    break;
                case 1 when target is JsonArray { Count: > 0 } a:
                    var copy = a[random.Next(a.Count)]?.DeepClone();
                    for (var k = random.Next(1, 40); k > 0; k--) a.Add(copy?.DeepClone());
                    break;
                default:
                    Replace(target, Values[random.Next(Values.Length)](random));
                    break;
            }
        }
        var text = node.ToJsonString();
        return random.Next(6) switch
        {
            0 => text[..random.Next(text.Length)],
            1 => text.Insert(random.Next(text.Length), RandomText(random)),
            2 => NumberLiteral().Replace(text, m => random.Next(3) == 0 ? "1e400" : m.Value, 3),
            _ => text,
        };
    }

    public static string RandomRequestBody(Random random, string[] fields)
    {
        var o = new JsonObject();
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            o[fields[random.Next(fields.Length)]] = Values[random.Next(Values.Length)](random);
        }
        var text = o.ToJsonString();
        return random.Next(5) switch
        {
            0 => text[..random.Next(text.Length)],
            1 => text.Insert(random.Next(text.Length), RandomText(random)),
            2 => "{\"note\":\"\\ud800\",\"concurrencyStamp\":\"\\udfff\"}",
            _ => text,
        };
    }

    /// <summary>Characters that break naive code: quotes, control and NUL characters, a lone surrogate escape, CJK, long runs.</summary>
    public static string RandomText(Random random) => random.Next(8) switch
    {
        0 => "\"",
        1 => "\u0000",
        2 => "\\ud800",
        3 => new string('9', random.Next(1, 400)),
        4 => "中文'; DROP TABLE x; --",
        5 => "\u001f\u007f\t\n",
        6 => "{\"$ref\":\"#\"}",
        _ => random.Next().ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>UTF-8, except that now and then a byte sequence that is not UTF-8 at all is sent.</summary>
    public static byte[] Encode(string text) =>
        text.Contains('\u001f') ? [.. Encoding.UTF8.GetBytes(text), 0xC3, 0x28, 0xFF] : Encoding.UTF8.GetBytes(text);

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++) node = new JsonArray(node);
        return node;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var d in Descendants(child)) yield return d;
        }
    }

    private static void Replace(JsonNode target, JsonNode? value)
    {
        switch (target.Parent)
        {
            case JsonObject o:
                o[target.GetPropertyName()] = value;
                break;
            case JsonArray a:
                a[target.GetElementIndex()] = value;
                break;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?<=:)\\s*[0-9][0-9.eE+-]*")]
    private static partial System.Text.RegularExpressions.Regex NumberLiteral();
}

public sealed class FuzzOnSqlite(SqliteHost host) : FuzzScenarios<SqliteHost>(host);

public sealed class FuzzOnPostgreSql(PostgreSqlHost host) : FuzzScenarios<PostgreSqlHost>(host);
