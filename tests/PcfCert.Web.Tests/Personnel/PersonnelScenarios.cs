using System.Net;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Personnel;

/// <summary>The personnel register form: product fields come from the scheme catalog; staff only.</summary>
public abstract class PersonnelScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task A_manager_registers_a_person_with_qualifications_and_product_fields_from_the_catalog()
    {
        using var manager = host.CreateTestClient();
        await manager.SignInOkAsync(Demo.Manager);
        var form = await manager.GetPageAsync("/Personnel/Create");
        Assert.Contains("value=\"PV11\"", form); // PCEC section 1: 机械设备及零部件
        Assert.Contains("value=\"electronic-components\"", form); // CEC: no CNCA code, the product key

        var name = "王核查员" + Guid.NewGuid().ToString("N")[..6];
        var saved = await manager.PostFormAsync("/Personnel/Create",
        [
            new("Input.Name", name), new("Input.PersonnelTypes", "Inspector"),
            new("Input.QualificationKeys", "ghg-verifier-registration"), new("Input.QualificationNumbers", "GHG-2026-0001"),
            new("Input.QualificationValidUntil", "2028-06-30"),
            new("Input.ProductAreas", "PV11"), new("Input.ProductAreas", "electronic-components"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var register = await manager.GetPageAsync("/Personnel");
        Assert.Contains(name, register);
        Assert.Contains("PV11, electronic-components", register);
    }

    [Fact]
    public async Task An_unknown_product_field_is_refused_naming_it_and_nobody_is_registered()
    {
        using var manager = host.CreateTestClient();
        await manager.SignInOkAsync(Demo.Manager);
        var name = "赵检查员" + Guid.NewGuid().ToString("N")[..6];
        var refused = await manager.PostFormAsync("/Personnel/Create",
            [new("Input.Name", name), new("Input.PersonnelTypes", "Inspector"), new("Input.ProductAreas", "PV99")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("“PV99”不是认证方案目录中任何方案的产品领域", await refused.Content.ReadAsStringAsync());
        Assert.DoesNotContain(name, await manager.GetPageAsync("/Personnel"));
    }

    [Fact]
    public async Task An_applicant_cannot_open_the_register_form()
    {
        var (applicant, _, _) = await Scenario.NewApplicantAsync(host);
        var response = await applicant.Http.GetAsync("/Personnel/Create");
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
        applicant.Dispose();
    }
}

public sealed class PersonnelOnSqlite(SqliteHost host) : PersonnelScenarios<SqliteHost>(host);

public sealed class PersonnelOnPostgreSql(PostgreSqlHost host) : PersonnelScenarios<PostgreSqlHost>(host);
