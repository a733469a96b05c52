using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Surveillance;

/// <summary>
/// A surveillance taken through its inspection by the API as the body's people do it: the manager opens it and forms
/// the team (the demo register: 张检查员 — the demo inspector's account — leads, 刘核查员 is the GHG verifier), the
/// inspector records the checklist, consistency and the surveillance period's model, then concludes.
/// </summary>
public static class SurveillanceData
{
    public static DateOnly ChinaToday => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static async Task<TestClient> InspectorAsync(PcfCertHost host)
    {
        var inspector = host.CreateTestClient();
        await inspector.SignInOkAsync(Demo.Inspector);
        return inspector;
    }

    public static async Task<Guid> OpenAsync(TestClient manager, Guid certificateId, bool unannounced = false)
    {
        var opened = await manager.Http.PostAsJsonAsync($"/api/v1/surveillance/certificates/{certificateId}",
            unannounced ? new { unannounced = true, trigger = "Complaint" } : (object)new { unannounced = false });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<(Guid Leader, Guid Verifier)> DemoTeamAsync(PcfCertHost host)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
        return ((await db.Personnel.SingleAsync(p => p.Name == "张检查员")).Id, (await db.Personnel.SingleAsync(p => p.Name == "刘核查员")).Id);
    }

    public static object Team(Guid leader, Guid verifier) => new
    {
        leader, members = new[] { verifier }, personDays = 2, purpose = "年度监督检查", basis = "认证实施规则", scope = "全部认证单元及生产场所",
        from = ChinaToday.ToString("yyyy-MM-dd"), to = ChinaToday.ToString("yyyy-MM-dd"),
    };

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Opened, team formed, started: the inspector may record.</summary>
    public static async Task<Guid> InspectingAsync(PcfCertHost host, TestClient manager, TestClient inspector, Guid certificateId, bool unannounced = false)
    {
        var id = await OpenAsync(manager, certificateId, unannounced);
        var (leader, verifier) = await DemoTeamAsync(host);
        await OkAsync(await manager.Http.PostAsJsonAsync($"/api/v1/surveillance/{id}/team", Team(leader, verifier)));
        await OkAsync(await inspector.Http.PostAsync($"/api/v1/surveillance/{id}/start", null));
        // CEC annex 1 五: the product changes are stated at surveillance (here: none); PCEC's form does not ask.
        var certificate = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{certificateId}");
        if (certificate.GetProperty("schemeId").GetString() == Certificates.CertificateData.Cec)
        {
            await OkAsync(await inspector.Http.PostAsJsonAsync($"/api/v1/surveillance/{id}/product-changes", new { siteOrProcessChanged = false }));
        }
        return id;
    }

    /// <summary>Every clause conforming (but <paramref name="nonconforming"/>), the product consistent, and the period's model of <paramref name="kgCO2e"/> verified.</summary>
    public static async Task<JsonElement> InspectAsync(PcfCertHost host, TestClient inspector, Guid id, string schemeId, double kgCO2e, string? nonconforming = null)
    {
        var scheme = host.Services.GetRequiredService<SchemeCatalog>().Get(schemeId);
        var items = scheme.FactoryAssuranceChecklist.Clauses
            .Select(c => new { clauseId = c.Id, verdict = c.Id == nonconforming ? "Nonconforming" : "Conforming", evidence = "记录齐全" }).ToList();
        await OkAsync(await inspector.Http.PostAsJsonAsync($"/api/v1/surveillance/{id}/checklist", items));
        await OkAsync(await inspector.Http.PostAsJsonAsync($"/api/v1/surveillance/{id}/consistency", new { sample = "批号 2026-001", consistent = true }));
        var model = await OkAsync(await inspector.Http.PostAsync($"/api/v1/surveillance/{id}/models",
            new StringContent(ApprovedApplication.Model(kgCO2e), Encoding.UTF8, "application/json")));
        var versions = model.GetProperty("modelVersions");
        var version = versions[versions.GetArrayLength() - 1].GetProperty("version").GetInt32();
        return await OkAsync(await inspector.Http.PostAsJsonAsync($"/api/v1/surveillance/{id}/verified-value", new { modelVersion = version }));
    }

    public static object Conclusion(bool passed, decimal? previousTargetPercent = 3m, decimal? nextTargetPercent = 3m, string? carriedOutOn = null) => new
    {
        passed, carriedOutOn = carriedOutOn ?? ChinaToday.ToString("yyyy-MM-dd"), reportNumber = "SV-" + Guid.NewGuid().ToString("N")[..6],
        purposeBasisScope = "年度监督；实施规则；全部生产场所", applicantDetails = "委托人基本情况",
        conformityStatement = passed ? "工厂保证能力符合，产品一致" : "产品与认证样品不一致", conclusion = passed ? "监督通过" : "监督不通过",
        previousReductionTargetPercent = previousTargetPercent, nextReductionTargetPercent = nextTargetPercent,
        // PCEC 8.1 → 7.4.1: normal production recorded (CEC sets no condition; ignored there).
        conditions = new[] { new { key = "normal-production", met = true, observation = NormalProduction } },
    };

    public const string NormalProduction = "监督检查时两条生产线在产";

    /// <summary>A whole surveillance: opened, inspected with a model of <paramref name="kgCO2e"/>, concluded by the leader.</summary>
    public static async Task<JsonElement> ConcludedAsync(PcfCertHost host, TestClient manager, Guid certificateId, string schemeId, double kgCO2e, bool passed,
        string? reportNumber = null, bool unannounced = false, string? nonconforming = null)
    {
        using var inspector = await InspectorAsync(host);
        var id = await InspectingAsync(host, manager, inspector, certificateId, unannounced);
        await InspectAsync(host, inspector, id, schemeId, kgCO2e, nonconforming);
        if (nonconforming is not null)
        {
            await OkAsync(await inspector.Http.PostAsJsonAsync($"/api/v1/surveillance/{id}/nonconformities", new { clauseId = nonconforming, description = "能源计量器具未校准" }));
        }
        var conclusion = JsonSerializer.SerializeToElement(Conclusion(passed));
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(conclusion.GetRawText())!;
        if (reportNumber is not null)
        {
            body["reportNumber"] = reportNumber;
        }
        return await OkAsync(await inspector.Http.PostAsJsonAsync($"/api/v1/surveillance/{id}/conclusion", body));
    }
}
