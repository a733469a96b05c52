using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests;

public sealed class FootprintApiTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task The_web_app_computes_a_model_exactly_as_the_engine_does()
    {
        using var client = host.CreateTestClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(client, "{}")).StatusCode);
        await client.SignInOkAsync(Demo.Applicant);
        var model = await File.ReadAllTextAsync(Path.Combine(LocalizationTests.RepositoryRoot(), "docs", "examples", "capacitor.model.json"));
        var response = await Post(client, model);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        // docs/model-format.md worked example: 0.880764 + 0.079433852425 = 0.960197852425 kg CO2e per piece.
        Assert.Equal(0.960197852425, result.GetProperty("totalKgCO2e").GetDouble(), 1e-9);
        Assert.Equal(64, result.GetProperty("inputSha256").GetString()!.Length);
    }

    [Fact]
    public async Task A_model_with_a_wrong_unit_is_refused_naming_the_json_path()
    {
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Inspector);
        var model = await File.ReadAllTextAsync(Path.Combine(LocalizationTests.RepositoryRoot(), "docs", "examples", "capacitor.model.json"));
        var node = System.Text.Json.Nodes.JsonNode.Parse(model)!;
        // The grid factor is per kWh; an input in kg cannot use it.
        var inputs = node["processes"]![0]!["inputs"]!.AsArray();
        var gridInput = inputs.Select((n, i) => (n, i)).First(x => x.n!["factor"] is not null);
        gridInput.n!["unit"] = "kg";
        var response = await Post(client, node.ToJsonString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains($"/processes/0/inputs/{gridInput.i}", body);
    }

    private static Task<HttpResponseMessage> Post(TestClient client, string json) =>
        client.Http.PostAsync("/api/v1/footprints/calculate", new StringContent(json, Encoding.UTF8, "application/json"));
}
