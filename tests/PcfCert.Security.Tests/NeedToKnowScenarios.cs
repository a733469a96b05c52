using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Security.Tests;

/// <summary>
/// Issue 12 item 7 (OWASP ASVS 4.1.3/4.2.1, least privilege): a staff member who is not on an application's team and is
/// not a certification manager, technical reviewer or decision maker does not read its full document, audit trail,
/// footprint model or inventory (pages, export, model, checks, template, import reports): 404 as for another
/// organisation's record. The demo inspector leads the team of the demo certified application and reads all of it.
/// </summary>
public abstract class NeedToKnowScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private static readonly Guid Certified = DemoData.DemoCertifiedApplicationId;

    private static readonly string[] Paths =
    [
        $"/api/v1/applications/{Certified}",
        $"/api/v1/applications/{Certified}/audit",
        $"/api/v1/applications/{Certified}/inventories/0/export",
        $"/api/v1/applications/{Certified}/inventories/0/model",
        $"/api/v1/applications/{Certified}/inventories/0/checks",
        $"/api/v1/applications/{Certified}/inventories/0/template",
        $"/DataCollection/Inventory/{Certified}/0",
        $"/DataCollection/Product/{Certified}/0",
        $"/Applications/Model/{Certified}/1",
    ];

    [Theory]
    [InlineData("Inspector")]
    [InlineData("TechnicalExpert")]
    [InlineData("CompetenceEvaluator")]
    [InlineData("SchemeOwner")]
    [InlineData("Administrator")]
    public async Task Staff_outside_the_team_read_nothing_of_the_application(string role)
    {
        await EnsureInventoryAsync();
        var outsider = await Users.CreateStaffAsync(host, role);
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(outsider);
        foreach (var path in Paths.Append(await ImportReportPathAsync()))
        {
            var response = await client.Http.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{role} {path}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData(Demo.Inspector)] // team leader of the demo certified application
    [InlineData(Demo.Manager)]
    [InlineData(Demo.Reviewer)]
    [InlineData(Demo.DecisionMaker)]
    public async Task The_team_and_the_body_wide_roles_read_all_of_it(string email)
    {
        await EnsureInventoryAsync();
        using var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        // The product form is the applicant's to edit (staff are sent back to the inventory page); the rest is read.
        foreach (var path in Paths.Where(p => !p.StartsWith("/DataCollection/Product/", StringComparison.Ordinal)).Append(await ImportReportPathAsync()))
        {
            var response = await client.Http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{email} {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_applicant_reads_its_own_and_another_organisation_reads_nothing()
    {
        await EnsureInventoryAsync();
        using var own = host.CreateTestClient();
        await own.SignInOkAsync(Demo.Applicant);
        Assert.Equal(HttpStatusCode.OK, (await own.Http.GetAsync($"/api/v1/applications/{Certified}/inventories/0/checks")).StatusCode);
        var (stranger, _, _) = await Scenario.NewApplicantAsync(host);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/applications/{Certified}/inventories/0/checks")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/applications/{Certified}")).StatusCode);
        stranger.Dispose();
    }

    /// <summary>The certified demo application's unit gets an inventory (one line on the seeded grid factor) and an import report.</summary>
    private async Task EnsureInventoryAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
        if (await db.Inventories.AnyAsync(i => i.ApplicationId == Certified))
        {
            return;
        }
        var inventory = new InventoryRecord
        {
            Id = Guid.NewGuid(), ApplicationId = Certified, OrganisationId = Demo.Manufacturer, UnitIndex = 0,
            Product = new ProductInformation("交流电动机电容器", "CBB65 450V 30μF", new Quantity(1, "piece"), 0.12, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31),
                10_000, 1_200, 40_000, 6_000, null, null, false, SystemBoundary.CradleToGate, AllocationMethod.Mass, "王工", null),
            UpdatedAt = DateTimeOffset.UtcNow, ConcurrencyStamp = Guid.NewGuid(),
        };
        db.Inventories.Add(inventory);
        db.InventoryLines.Add(InventoryLineRecord.From(inventory.Id, 0, new InventoryLine(LifeCycleStage.Production, "电力", 3, "kWh", Acquisition.Purchased,
            null, null, null, "电表读数", DataKind.Primary, "cn-elec-lcf-2023-national-average", false, false, null)));
        var file = await db.Files.AsNoTracking().Select(f => new { f.Id, f.FileName, f.Sha256 }).FirstAsync();
        db.InventoryImports.Add(new InventoryImportRecord
        {
            Id = Guid.NewGuid(), ApplicationId = Certified, OrganisationId = Demo.Manufacturer, UnitIndex = 0, FileId = file.Id, FileName = file.FileName,
            Sha256 = file.Sha256, UploadedBy = "王工", StartedAt = DateTimeOffset.UtcNow, FinishedAt = DateTimeOffset.UtcNow, Status = ImportStatus.Refused,
            TotalRows = 1, RowsRead = 1,
        });
        await db.SaveChangesAsync();
    }

    private async Task<string> ImportReportPathAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
        var id = await db.InventoryImports.AsNoTracking().Where(r => r.ApplicationId == Certified).Select(r => r.Id).FirstAsync();
        return $"/DataCollection/ImportReport/{id}";
    }
}

public sealed class NeedToKnowOnSqlite(SqliteHost host) : NeedToKnowScenarios<SqliteHost>(host);

public sealed class NeedToKnowOnPostgreSql(PostgreSqlHost host) : NeedToKnowScenarios<PostgreSqlHost>(host);
