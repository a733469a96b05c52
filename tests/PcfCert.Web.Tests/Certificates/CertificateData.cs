using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Certificates;

/// <summary>Builders for certificate requests: valid by default; a test overrides only what it checks.</summary>
public static class CertificateData
{
    public const string Cec = "cec-7065cvp-a0";
    public const string Pcec = "zcxh-xz-15-2024-v4.0";

    public static object Particulars(string applicant = "无锡测试电子有限公司", decimal footprint = 2.000m, string model = "X1 100V") => new
    {
        applicant = new { name = applicant, address = "江苏省无锡市新吴区 1 号" },
        manufacturer = new { name = applicant, address = "江苏省无锡市新吴区 1 号" },
        factory = new { name = applicant + "一厂", address = "江苏省无锡市新吴区 2 号" },
        basis = "CEC 091-2024; ISO 14067:2018",
        mode = "现场检查+碳足迹核查+获证后监督",
        certificationUnit = "X1 系列",
        productName = "薄膜电容器",
        model,
        functionalUnit = "1 只",
        reportingPeriodFrom = "2025-01-01",
        reportingPeriodTo = "2025-12-31",
        systemBoundary = "CradleToGate",
        footprintValue = footprint,
        footprintUnit = "kg CO2e",
        issuer = "中环联合（北京）认证中心有限公司",
        remarks = (string?)null,
    };

    public static object Command(string scheme = Cec, Guid? holder = null, string? issuedOn = null, string applicant = "无锡测试电子有限公司",
        decimal footprint = 2.000m) => new
    {
        schemeId = scheme,
        particulars = Particulars(applicant, footprint),
        references = new { holderOrganisationId = holder, projectReference = "PRJ-SECRET-1", decisionReference = "DEC-SECRET-1" },
        issuedOn,
    };

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
}
