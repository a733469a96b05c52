using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Features.Pact;
using PcfCert.Web.Tests.Certificates;
using PcfCert.Web.Tests.Infrastructure;
using static PcfCert.Web.Tests.ApiClients.ApiClientHelpers;

namespace PcfCert.Web.Tests.Pact;

/// <summary>
/// A certificate's PACT footprint through its life: the mapping of the verified result, the holder's grant to a
/// customer's client, a change (new footprint with precedingPfIds), a suspension (Deprecated) and the events sent.
/// </summary>
public abstract class PactLifecycleScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task The_footprint_is_the_verified_result_mapped_field_by_field()
    {
        var issued = await PactData.CertifiedCapacitorAsync(host);
        await PactData.PublishAsync(host);
        var f = (await issued.Holder.Http.GetFromJsonAsync<JsonElement>($"/api/v1/pact/certificates/{issued.CertificateId}/footprint"));
        PactConformanceScenarios<THost>.AssertConformsToV3(f);
        var pcf = f.GetProperty("pcf");
        decimal D(string name) => decimal.Parse(pcf.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);
        // docs/examples/capacitor.result.json: total = fossil = 0.9601978524250001 kg CO2e per piece, no biogenic, no dLUC.
        Assert.Equal(0.960197852425m, D("pcfIncludingBiogenicUptake"), 12);
        Assert.Equal(0.960197852425m, D("pcfExcludingBiogenicUptake"), 12);
        Assert.Equal(0.960197852425m, D("fossilGhgEmissions"), 12);
        Assert.Equal(0m, D("landUseChangeGhgEmissions"));
        Assert.Equal(0m, D("biogenicCO2Uptake"));
        Assert.Equal(0m, D("aircraftGhgEmissions"));
        // The example marks no input as packaging: the footprint says nothing about packaging.
        Assert.False(pcf.TryGetProperty("packagingEmissionsIncluded", out _));
        Assert.False(pcf.TryGetProperty("packagingGhgEmissions", out _));
        Assert.Equal("piece", pcf.GetProperty("declaredUnitOfMeasurement").GetString());
        Assert.Equal(1m, D("declaredUnitAmount"));
        Assert.Equal(0.12m, D("productMassPerDeclaredUnit"));
        // Cut-off: 0.000285 kg of 0.12 kg = 0.2375 % by mass.
        Assert.Equal(0.2375m, D("exemptedEmissionsPercent"), 12);
        // Primary data = the process's own data (assembly, share 0.0024932361533135097) = 0.249323615331351 %.
        Assert.Equal(0.249323615331351m, D("primaryDataShare"), 12);
        // DQR weighted by share over the rated datasets grid (0.7673874172276948; ter 2, ger 1, tir 1),
        // pp-resin (0.051942419860698114; 3, 3, 2) and assembly (0.0024932361533135097; 1, 1, 1); W = 0.8218230732417064:
        // ter = (2·0.76739 + 3·0.05194 + 0.00249)/W = 2.060170108770895; ger = 1.1264077915354935; tir = 1.0632038957677465.
        var dqi = pcf.GetProperty("dqi");
        Assert.Equal(2.060170108770895m, decimal.Parse(dqi.GetProperty("technologicalDQR").GetString()!, CultureInfo.InvariantCulture), 12);
        Assert.Equal(1.126407791535494m, decimal.Parse(dqi.GetProperty("geographicalDQR").GetString()!, CultureInfo.InvariantCulture), 12);
        Assert.Equal(1.063203895767747m, decimal.Parse(dqi.GetProperty("temporalDQR").GetString()!, CultureInfo.InvariantCulture), 12);
        Assert.Equal(["AR6"], pcf.GetProperty("ipccCharacterizationFactors").EnumerateArray().Select(x => x.GetString()));
        // CEC-7065CVP-A/0 rests on CEC 091-2024, ISO 14067:2018 and PAS 2050:2011.
        Assert.Equal(["ISO14067", "PAS2050"], pcf.GetProperty("crossSectoralStandards").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("CEC 091-2024", pcf.GetProperty("productOrSectorSpecificRules")[0].GetProperty("ruleNames").EnumerateArray().Select(x => x.GetString()));
        var verification = pcf.GetProperty("verification");
        Assert.Equal("中环联合（北京）认证中心有限公司", verification.GetProperty("providerName").GetString());
        Assert.Contains(issued.Number, verification.GetProperty("comments").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("CEC-7065CVP-A/0", verification.GetProperty("standardName").GetString(), StringComparison.Ordinal);
        Assert.Equal("2025-01-01T00:00:00+08:00", pcf.GetProperty("referencePeriodStart").GetString());
        Assert.Equal("2026-01-01T00:00:00+08:00", pcf.GetProperty("referencePeriodEnd").GetString());
        var certificate = await issued.Holder.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{issued.CertificateId}");
        Assert.Equal(certificate.GetProperty("issuedOn").GetString() + "T00:00:00+08:00", f.GetProperty("validityPeriodStart").GetString());
        Assert.Equal(DateOnly.Parse(certificate.GetProperty("validUntil").GetString()!, CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+08:00",
            f.GetProperty("validityPeriodEnd").GetString());
        Assert.Equal("Active", f.GetProperty("status").GetString());
        Assert.Contains($"urn:uuid:{issued.OrganisationId}", f.GetProperty("companyIds").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(PactFootprintMapper.ProductId(issued.Number), f.GetProperty("productIds")[0].GetString());
        Assert.Equal("苏州示例电子元件有限公司", f.GetProperty("companyName").GetString());
        Assert.False(f.TryGetProperty("precedingPfIds", out _));
        // The certificate page offers the JSON for download.
        var page = await issued.Holder.GetPageAsync($"/Certificates/Details/{issued.CertificateId}");
        Assert.Contains($"/api/v1/pact/certificates/{issued.CertificateId}/footprint?download=true", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inputs_marked_as_packaging_give_the_packaging_emissions()
    {
        // The aluminium input marked as packaging: 10 kg × 18.0 kg CO2e/kg = 180 kg per run of 1 000 pieces, of which the
        // product carries 95/(95 + 5) by mass allocation = 171 kg → 0.171 kg CO2e per piece.
        var issued = await PactData.CertifiedCapacitorAsync(host, model => model.Replace(
            "\"factor\": \"aluminium\",", "\"factor\": \"aluminium\", \"packaging\": true,", StringComparison.Ordinal));
        await PactData.PublishAsync(host);
        var f = await issued.Holder.Http.GetFromJsonAsync<JsonElement>($"/api/v1/pact/certificates/{issued.CertificateId}/footprint");
        PactConformanceScenarios<THost>.AssertConformsToV3(f);
        var pcf = f.GetProperty("pcf");
        Assert.True(pcf.GetProperty("packagingEmissionsIncluded").GetBoolean());
        Assert.Equal(0.171m, decimal.Parse(pcf.GetProperty("packagingGhgEmissions").GetString()!, CultureInfo.InvariantCulture), 12);
    }

    [Fact]
    public async Task A_granted_customer_reads_it_a_change_publishes_a_successor_and_a_suspension_deprecates_it_with_events()
    {
        var issued = await PactData.CertifiedCapacitorAsync(host);
        var (customer, customerOrg, _) = await Scenario.NewApplicantAsync(host);
        customer.Dispose();
        await using var receiver = await EventReceiver.StartAsync();
        var client = await RegisterAsync(host, customerOrg, ["pact"], receiver.BaseUrl);
        using var http = Program(host);
        http.WithBearer(await TokenAsync(http, client, "/pact/auth/token"));
        await PactData.PublishAsync(host);
        Assert.Equal(0, (await ListAsync(http)).GetArrayLength());

        var grant = await issued.Holder.Http.PostAsJsonAsync($"/api/v1/pact/certificates/{issued.CertificateId}/grants", new { clientId = client.ClientId });
        Assert.Equal(HttpStatusCode.Created, grant.StatusCode);
        var grantId = (await grant.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var first = (await ListAsync(http)).EnumerateArray().Single();
        var firstId = first.GetProperty("id").GetString()!;
        // The grant tells the customer at once.
        await receiver.WaitForAsync(e => e.GetProperty("type").GetString() == PactEvents.Published && e.GetProperty("data").GetProperty("pfIds")[0].GetString() == firstId);
        var own = await issued.Holder.Http.GetFromJsonAsync<JsonElement>($"/api/v1/pact/certificates/{issued.CertificateId}/footprint");
        Assert.Equal(firstId, own.GetProperty("id").GetString());

        // A change of model: version 2 of the certificate → a new footprint naming the first; the first is Deprecated.
        using var manager = await CertificateData.ManagerAsync(host);
        var filed = await issued.Holder.Http.PostAsJsonAsync($"/api/v1/certificates/{issued.CertificateId}/changes", new { kind = "ProductNameOrModel", description = "型号更名", model = "CBB65A 450V 30uF" });
        var changeId = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/changes/{changeId}/review", new { action = "Approve", note = "同意" })).StatusCode);
        await PactData.PublishAsync(host);
        var afterChange = await ListAsync(http);
        Assert.Equal(2, afterChange.GetArrayLength());
        var second = afterChange.EnumerateArray().Single(x => x.GetProperty("id").GetString() != firstId);
        Assert.Equal("Active", second.GetProperty("status").GetString());
        Assert.Equal([firstId], second.GetProperty("precedingPfIds").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("CBB65A 450V 30uF", second.GetProperty("productDescription").GetString(), StringComparison.Ordinal);
        Assert.Equal("Deprecated", (await GetAsync(http, firstId)).GetProperty("status").GetString());
        var secondId = second.GetProperty("id").GetString()!;
        await receiver.WaitForAsync(e => e.GetProperty("type").GetString() == PactEvents.Published
            && e.GetProperty("data").GetProperty("pfIds").EnumerateArray().Select(x => x.GetString()).Order().SequenceEqual(new[] { firstId, secondId }.Order()));

        // Suspension: the current footprint is Deprecated too, nothing Active is left.
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{issued.CertificateId}/suspend", new { reason = "监督不通过" })).StatusCode);
        await PactData.PublishAsync(host);
        Assert.Equal("Deprecated", (await GetAsync(http, secondId)).GetProperty("status").GetString());
        Assert.Equal(0, (await ListAsync(http, "?status=Active")).GetArrayLength());
        Assert.Equal(2, (await ListAsync(http, "?status=Deprecated")).GetArrayLength());
        await receiver.WaitForAsync(e => e.GetProperty("type").GetString() == PactEvents.Published
            && e.GetProperty("data").GetProperty("pfIds").EnumerateArray().Select(x => x.GetString()).SequenceEqual([secondId]));

        // Withdrawn: the customer sees nothing and a direct read is 403.
        Assert.Equal(HttpStatusCode.NoContent, (await issued.Holder.Http.PostAsync($"/api/v1/pact/certificates/{issued.CertificateId}/grants/{grantId}/revoke", null)).StatusCode);
        Assert.Equal(0, (await ListAsync(http)).GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync($"/pact/3/footprints/{secondId}")).StatusCode);
    }

    [Fact]
    public async Task Only_the_holder_grants_and_only_to_another_organisations_active_pact_client()
    {
        var issued = await PactData.CertifiedCapacitorAsync(host);
        var (stranger, strangerOrg, _) = await Scenario.NewApplicantAsync(host);
        using var _s = stranger;
        var strangerClient = await RegisterAsync(host, strangerOrg, ["pact"]);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.PostAsJsonAsync($"/api/v1/pact/certificates/{issued.CertificateId}/grants", new { clientId = strangerClient.ClientId })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/pact/certificates/{issued.CertificateId}/footprint")).StatusCode);
        using var manager = await CertificateData.ManagerAsync(host);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.PostAsJsonAsync($"/api/v1/pact/certificates/{issued.CertificateId}/grants", new { clientId = strangerClient.ClientId })).StatusCode);

        var ownClient = await RegisterAsync(host, issued.OrganisationId, ["pact"]);
        var apiOnly = await RegisterAsync(host, strangerOrg, ["api"]);
        foreach (var (clientId, message) in new[] { (ownClient.ClientId, "这是贵组织自己的客户端"), (apiOnly.ClientId, "没有该 ID 的有效 PACT 客户端"), ("pcf_nobody", "没有该 ID 的有效 PACT 客户端") })
        {
            var refused = await issued.Holder.Http.PostAsJsonAsync($"/api/v1/pact/certificates/{issued.CertificateId}/grants", new { clientId });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(message, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("ClientId")[0].GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(0, (await issued.Holder.Http.GetFromJsonAsync<JsonElement>($"/api/v1/pact/certificates/{issued.CertificateId}/grants")).GetArrayLength());
        // The page form grants too and lists the grant.
        var posted = await issued.Holder.PostFormAsync("/Pact/Grant", [new("certificateId", issued.CertificateId.ToString()), new("clientId", strangerClient.ClientId)],
            $"/Certificates/Details/{issued.CertificateId}");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains(strangerClient.ClientId, await issued.Holder.GetPageAsync($"/Certificates/Details/{issued.CertificateId}"), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ListAsync(HttpClient http, string query = "")
    {
        var response = await http.GetAsync("/pact/3/footprints" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
    }

    private static async Task<JsonElement> GetAsync(HttpClient http, string id) =>
        (await http.GetFromJsonAsync<JsonElement>($"/pact/3/footprints/{id}")).GetProperty("data");
}

public sealed class PactLifecycleOnSqlite(PactSqliteHost host) : PactLifecycleScenarios<PactSqliteHost>(host);

public sealed class PactLifecycleOnPostgreSql(PactPostgreSqlHost host) : PactLifecycleScenarios<PactPostgreSqlHost>(host);
