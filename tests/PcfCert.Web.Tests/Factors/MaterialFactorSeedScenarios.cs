using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Factors;

/// <summary>
/// Issue 18 item 3: material factors seeded only from a citable source with a licence (table, year, URL, licence per
/// factor), found by the factor picker's Chinese search, on each provider.
/// </summary>
public abstract class MaterialFactorSeedScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task The_closed_loop_metals_factor_is_seeded_with_its_table_year_url_and_licence()
    {
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(Demo.Applicant);
        var factor = Assert.Single((await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/factors/material-uk-2024-metals-closed-loop")).EnumerateArray());
        // UK Government GHG Conversion Factors 2024, Material use, Metals (closed-loop source): 1630.78661 kg CO2e per tonne
        // (AR5), as reprinted at the URL of the seed row; Crown copyright, Open Government Licence v3.0.
        Assert.Equal(1630.78661, factor.GetProperty("kgCO2e").GetDouble());
        Assert.Equal("t", factor.GetProperty("unit").GetString());
        Assert.Equal("material", factor.GetProperty("category").GetString());
        Assert.Equal("C2", factor.GetProperty("status").GetString());
        Assert.Equal("AR5", factor.GetProperty("gwpBasis").GetString());
        Assert.Equal(2024, factor.GetProperty("year").GetInt32());
        Assert.Contains("Open Government Licence v3.0", factor.GetProperty("licenceNote").GetString());
        Assert.Contains("Conversion Factors for Company Reporting 2024", factor.GetProperty("source").GetString());
        Assert.StartsWith("https://", factor.GetProperty("sourceUrl").GetString());

        // The picker searches Chinese names.
        var found = await client.Http.GetFromJsonAsync<JsonElement>($"/api/v1/factors?q={Uri.EscapeDataString("闭环回收")}");
        Assert.Contains(found.EnumerateArray(), f => f.GetProperty("code").GetString() == "material-uk-2024-metals-closed-loop");
        var materials = await client.Http.GetFromJsonAsync<JsonElement>("/api/v1/factors?category=material");
        Assert.Contains(materials.EnumerateArray(), f => f.GetProperty("code").GetString() == "material-uk-2024-metals-closed-loop");
    }
}

public sealed class MaterialFactorSeedOnSqlite(SqliteHost host) : MaterialFactorSeedScenarios<SqliteHost>(host);

public sealed class MaterialFactorSeedOnPostgreSql(PostgreSqlHost host) : MaterialFactorSeedScenarios<PostgreSqlHost>(host);
