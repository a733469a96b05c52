using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Certification.Personnel;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Certificates;

/// <summary>
/// Builders for certificates: an application taken to an approved decision by the domain's own procedure (the code
/// the demo data uses), then its certificate issued through the API like a manager does. Valid by default; a test
/// overrides only what it checks.
/// </summary>
public static class CertificateData
{
    public const string Cec = "cec-7065cvp-a0";
    public const string Pcec = "zcxh-xz-15-2024-v4.0";

    private static readonly string[] AllProductAreas = ["electronic-components", "PV06", "PV11", "PV13", "PV16"];

    /// <summary>An approved application of <paramref name="holder"/> (the demo manufacturer by default), decided on <paramref name="decidedOn"/> or now.</summary>
    public static async Task<Guid> ApprovedAsync(PcfCertHost host, string scheme = Cec, Guid? holder = null, string applicant = "无锡测试电子有限公司",
        decimal footprint = 2.000m, string? decidedOn = null, string model = "X1 100V")
    {
        using var scope = host.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PcfCertDbContext>();
        var definition = services.GetRequiredService<SchemeCatalog>().Get(scheme);
        var at = decidedOn is null
            ? services.GetRequiredService<TimeProvider>().GetUtcNow()
            : new DateTimeOffset(DateOnly.Parse(decidedOn).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
        var party = new PartyDetails(applicant, Scenario.NewCreditCode(), "江苏省无锡市新吴区 1 号");
        var unit = scheme == Cec
            ? new CertificationUnit("electronic-components", "薄膜电容器", model, "GB/T 17702", "江苏省无锡市新吴区 2 号", "1 只")
            : new CertificationUnit("submersible-pump", "潜油电泵", model, "CTS PCEC", "江苏省无锡市新吴区 2 号", "1 台");
        var id = Guid.NewGuid();
        // The footprint is given in the certificate's unit (CEC 5.4.3.1: t CO2e; PCEC: kg CO2e); the verified model holds kg.
        var kg = (double)(footprint * PcfCert.Certification.Schemes.FootprintResultUnit.Of(definition).KgPerUnit);
        ApprovedApplication.Create(db, definition, id, "A-T-" + id.ToString("N")[..8], holder ?? Demo.Manufacturer, party, unit,
            ApprovedApplication.Model(kg), People(), at);
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>The issuing request for unit 0 of an application, with the 2025 time boundary.</summary>
    public static object Command(Guid applicationId, string? issuedOn = null, int unitIndex = 0) => new
    {
        applicationId, unitIndex, issuedOn, timeBoundaryFrom = "2025-01-01", timeBoundaryTo = "2025-12-31",
    };

    /// <summary>An approved application and its certificate, issued by <paramref name="manager"/> through the API.</summary>
    public static async Task<JsonElement> IssueAsync(PcfCertHost host, TestClient manager, string scheme = Cec, Guid? holder = null,
        string? issuedOn = null, string applicant = "无锡测试电子有限公司", decimal footprint = 2.000m)
    {
        var application = await ApprovedAsync(host, scheme, holder, applicant, footprint, issuedOn);
        return await IssueAsync(manager, Command(application, issuedOn));
    }

    public static async Task<JsonElement> IssueAsync(TestClient manager, object command)
    {
        var response = await manager.Http.PostAsJsonAsync("/api/v1/certificates", command);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"issue answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static async Task<TestClient> ManagerAsync(PcfCertHost host)
    {
        var manager = host.CreateTestClient();
        await manager.SignInOkAsync(Demo.Manager);
        return manager;
    }

    // CEC 5.2.1: a competent inspector leads with a voluntary-product registration; a registered GHG verifier is on the team.
    private static ProcedurePeople People()
    {
        var until = new DateOnly(2099, 12, 31);
        var leader = RegisteredPerson.Register(Guid.NewGuid(), "测试组长", "test-leader", ["Inspector"],
            [new Qualification("competent-inspector", "T-1", until), new Qualification("voluntary-product-certification-registration", "T-2", until)], AllProductAreas);
        var member = RegisteredPerson.Register(Guid.NewGuid(), "测试核查员", "test-member", ["Inspector"],
            [new Qualification("ghg-verifier-registration", "T-3", until)], AllProductAreas);
        return new ProcedurePeople([new(leader, TeamRole.Leader), new(member, TeamRole.Member)],
            new Actor("test-reviewer", "测试复核"), new Actor("test-decision", "测试决定"));
    }
}
