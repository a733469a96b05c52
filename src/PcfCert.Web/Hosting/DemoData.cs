using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Access;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Organisations;
using PcfCert.Certification.Personnel;
using PcfCert.Infrastructure.Identity;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Certificates;

namespace PcfCert.Web.Hosting;

/// <summary>Roles, one demo user per role and a demo manufacturer with a product. Safe to run on every start.</summary>
public static class DemoData
{
    public const string DefaultPassword = "PcfCert-demo-2026";

    // Check character computed per GB 32100-2015 (see UnifiedSocialCreditCodeTests).
    public const string DemoManufacturerCreditCode = "91320594MA1N2K3P4Y";

    public static readonly Guid DemoManufacturerId = Guid.Parse("6f1d2a3c-0000-4000-8000-000000000001");

    /// <summary>A draft CEC application of the demo manufacturer whose unit already has an imported-looking inventory.</summary>
    public static readonly Guid DemoApplicationId = Guid.Parse("6f1d2a3c-0000-4000-8000-000000000003");

    /// <summary>The demo manufacturer's approved CEC application, whose decision issued the demo certificate.</summary>
    public static readonly Guid DemoCertifiedApplicationId = Guid.Parse("6f1d2a3c-0000-4000-8000-000000000010");

    public static readonly IReadOnlyList<(string Role, string Email, string Name)> Users =
    [
        (Roles.Applicant, "applicant@demo.pcfcert.cn", "王工 (苏州示例电子)"),
        (Roles.CertificationManager, "manager@demo.pcfcert.cn", "李经理"),
        (Roles.Inspector, "inspector@demo.pcfcert.cn", "张检查员"),
        (Roles.TechnicalReviewer, "reviewer@demo.pcfcert.cn", "赵复核"),
        (Roles.DecisionMaker, "decision@demo.pcfcert.cn", "钱决定"),
        (Roles.CompetenceEvaluator, "competence@demo.pcfcert.cn", "孙评价"),
        (Roles.SchemeOwner, "scheme@demo.pcfcert.cn", "周方案"),
        (Roles.TechnicalExpert, "expert@demo.pcfcert.cn", "吴专家"),
        (Roles.Administrator, "admin@demo.pcfcert.cn", "系统管理员"),
    ];

    public static async Task SeedAsync(IServiceProvider services, string password)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Ensure(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        var db = services.GetRequiredService<PcfCertDbContext>();
        if (!await db.Organisations.AnyAsync(o => o.Id == DemoManufacturerId))
        {
            UnifiedSocialCreditCode.TryParse(DemoManufacturerCreditCode, out var code, out _);
            db.Organisations.Add(Organisation.Register(DemoManufacturerId, new OrganisationProfile(
                "苏州示例电子元件有限公司", code!, "江苏省苏州市工业园区星湖街 100 号", "215000", "王工",
                "0512-66660000", "energy@example.cn", null, EnterpriseNature.Private, "电子元件制造", true)));
            db.Products.Add(Product.Create(Guid.Parse("6f1d2a3c-0000-4000-8000-000000000002"), DemoManufacturerId,
                "交流电动机电容器", "CBB65 450V 30μF", "示例"));
            await db.SaveChangesAsync();
        }

        if (!await db.Applications.AnyAsync(a => a.Id == DemoApplicationId))
        {
            await SeedDataCollectionAsync(services);
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        foreach (var (role, email, name) in Users)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }
            var user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                OrganisationId = role == Roles.Applicant ? DemoManufacturerId : null,
            };
            Ensure(await users.CreateAsync(user, password));
            Ensure(await users.AddToRoleAsync(user, role));
        }
        await SeedPersonnelAsync(db, users);
        if (!await db.Certificates.AnyAsync(c => c.HolderOrganisationId == DemoManufacturerId))
        {
            await SeedCertificateAsync(services);
        }
    }

    /// <summary>
    /// The personnel register: the demo inspector can lead a CEC team (competent inspector with a voluntary-product
    /// registration) with 刘核查员's GHG verifier registration (CEC 5.2.1); 陈检查员 declared a conflict with the demo manufacturer.
    /// </summary>
    private static async Task SeedPersonnelAsync(PcfCertDbContext db, UserManager<AppUser> users)
    {
        var until = new DateOnly(2028, 12, 31);
        if (!await db.Personnel.AnyAsync())
        {
            var inspector = await users.FindByEmailAsync("inspector@demo.pcfcert.cn");
            var expert = await users.FindByEmailAsync("expert@demo.pcfcert.cn");
            db.Personnel.Add(RegisteredPerson.Register(Guid.NewGuid(), "张检查员", inspector?.Id, [Roles.Inspector],
                [new Qualification("competent-inspector", "CCAA-2023-001", until), new Qualification("voluntary-product-certification-registration", "CCAA-VP-0815", until)],
                ["electronic-components", "PV11", "PV13"]));
            db.Personnel.Add(RegisteredPerson.Register(Guid.NewGuid(), "刘核查员", null, [Roles.Inspector],
                [new Qualification("ghg-verifier-registration", "GHG-2022-0456", until)], ["electronic-components", "PV06"]));
            db.Personnel.Add(RegisteredPerson.Register(Guid.NewGuid(), "吴专家", expert?.Id, [Roles.TechnicalExpert], [], ["electronic-components"]));
            var conflicted = RegisteredPerson.Register(Guid.NewGuid(), "陈检查员", null, [Roles.Inspector],
                [new Qualification("ghg-verifier-registration", "GHG-2021-0099", until)], ["electronic-components"]);
            conflicted.DeclareConflict(DemoManufacturerId);
            db.Personnel.Add(conflicted);
        }
        // CEC 5.2.2 table 1: the reviewer and the decision maker are registered with a qualification not lower than an
        // inspector's; the competence evaluator keeps the evaluation records. Added to registers seeded before them too.
        foreach (var (email, name, role, qualification, number) in new[]
        {
            ("reviewer@demo.pcfcert.cn", "赵复核", Roles.TechnicalReviewer, "ghg-verifier-registration", "GHG-2020-0031"),
            ("decision@demo.pcfcert.cn", "钱决定", Roles.DecisionMaker, "voluntary-product-certification-registration", "CCAA-VP-0102"),
            ("competence@demo.pcfcert.cn", "孙评价", Roles.CompetenceEvaluator, null, null),
        })
        {
            var user = await users.FindByEmailAsync(email);
            if (user is null || await db.Personnel.AnyAsync(p => p.UserId == user.Id))
            {
                continue;
            }
            db.Personnel.Add(RegisteredPerson.Register(Guid.NewGuid(), name, user.Id, [role],
                qualification is null ? [] : [new Qualification(qualification, number!, until)], ["electronic-components", "PV06", "PV11", "PV13", "PV16"]));
        }
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// A draft application with the inventory of its unit, so the demo shows data collection: the 2025 figures of a film
    /// capacitor line, electricity and diesel matched to the seeded library factors, one line still without a factor.
    /// </summary>
    private static async Task SeedDataCollectionAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PcfCertDbContext>();
        var scheme = services.GetRequiredService<PcfCert.Certification.Schemes.SchemeCatalog>().Get(PcfCert.Certification.Schemes.SchemeIds.Cec);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var party = new PcfCert.Certification.Workflow.PartyDetails("苏州示例电子元件有限公司", DemoManufacturerCreditCode, "江苏省苏州市工业园区星湖街 100 号");
        var application = PcfCert.Certification.Workflow.CertificationApplication.StartDraft(DemoApplicationId, "A-DEMO-0001", scheme, DemoManufacturerId, party, now);
        application.UpdateForm(scheme, party, party, party, "示例", [new PcfCert.Certification.Workflow.CertificationUnit(
            "electronic-components", "电子元器件", "CBB65 450V 30μF", "GB/T 3667.1", "江苏省苏州市工业园区星湖街 100 号", "1 只")]);
        db.Applications.Add(application);
        var inventory = new PcfCert.Infrastructure.DataCollection.InventoryRecord
        {
            Id = Guid.Parse("6f1d2a3c-0000-4000-8000-000000000004"), ApplicationId = DemoApplicationId, OrganisationId = DemoManufacturerId, UnitIndex = 0,
            Product = new PcfCert.Footprint.Inventory.ProductInformation("电子元器件", "CBB65 450V 30μF", new PcfCert.Footprint.Model.Quantity(1, "piece"), 0.12,
                new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), 10_000, 1_200, 40_000, 6_000, null, null, false,
                PcfCert.Footprint.Model.SystemBoundary.CradleToGate, PcfCert.Footprint.Inventory.AllocationMethod.Mass, "王工", "0512-66660000"),
            UpdatedAt = now, ConcurrencyStamp = Guid.NewGuid(),
        };
        db.Inventories.Add(inventory);
        PcfCert.Footprint.Inventory.InventoryLine Line(PcfCert.Footprint.Model.LifeCycleStage stage, string name, double amount, string unit, string? factor,
            bool plant, PcfCert.Footprint.Inventory.DataKind kind, string source) =>
            new(stage, name, amount, unit, PcfCert.Footprint.Inventory.Acquisition.Purchased, null, null, null, source, kind, factor, plant, false, null);
        var lines = new[]
        {
            Line(PcfCert.Footprint.Model.LifeCycleStage.RawMaterialAcquisition, "薄膜", 800, "kg", null, false, PcfCert.Footprint.Inventory.DataKind.Primary, "采购发票"),
            Line(PcfCert.Footprint.Model.LifeCycleStage.Production, "电力", 50_000, "kWh", "cn-elec-lcf-2023-national-average", true, PcfCert.Footprint.Inventory.DataKind.Primary, "电表读数"),
            Line(PcfCert.Footprint.Model.LifeCycleStage.Production, "燃料（柴油）", 300, "kg", "cn-fuel-diesel", false, PcfCert.Footprint.Inventory.DataKind.Secondary, "加油记录"),
        };
        db.InventoryLines.AddRange(lines.Select((l, i) => PcfCert.Infrastructure.DataCollection.InventoryLineRecord.From(inventory.Id, i, l)));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// One CEC certificate for the demo manufacturer, so that the registry has something to show: an application taken
    /// through the procedure to an approved decision (the demo team, reviewer and decision maker), its unit's certificate
    /// issued from that decision like any other. Its verified value is 0.6205 × 3 = 1.8615 kg CO2e per piece.
    /// </summary>
    private static async Task SeedCertificateAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PcfCertDbContext>();
        var scheme = services.GetRequiredService<PcfCert.Certification.Schemes.SchemeCatalog>().Get(PcfCert.Certification.Schemes.SchemeIds.Cec);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var leader = await db.Personnel.SingleAsync(p => p.Name == "张检查员");
        var verifier = await db.Personnel.SingleAsync(p => p.Name == "刘核查员");
        var people = new ProcedurePeople([new(leader, PcfCert.Certification.Workflow.TeamRole.Leader), new(verifier, PcfCert.Certification.Workflow.TeamRole.Member)],
            new PcfCert.Certification.Workflow.Actor("demo-reviewer", "赵复核"), new PcfCert.Certification.Workflow.Actor("demo-decision", "钱决定"));
        var party = new PcfCert.Certification.Workflow.PartyDetails("苏州示例电子元件有限公司", DemoManufacturerCreditCode, "江苏省苏州市工业园区星湖街 100 号");
        var unit = new PcfCert.Certification.Workflow.CertificationUnit("electronic-components", "交流电动机电容器", "CBB65 450V 30μF", "GB/T 3667.1",
            "江苏省苏州市工业园区星湖街 100 号", "1 只");
        var application = ApprovedApplication.Create(db, scheme, DemoCertifiedApplicationId, "A-DEMO-0000", DemoManufacturerId, party, unit,
            ApprovedApplication.Model(1.8615), people, now);
        await db.SaveChangesAsync();
        var outcome = await services.GetRequiredService<IssueCertificate>().Handle(
            new IssueCertificateCommand(application.Id, 0, TimeBoundaryFrom: new DateOnly(2025, 1, 1), TimeBoundaryTo: new DateOnly(2025, 12, 31)),
            "demo-certificate", CancellationToken.None);
        if (!outcome.IsOk)
        {
            throw new InvalidOperationException("Seeding the demo certificate failed: "
                + string.Join("; ", outcome.Errors.SelectMany(e => e.Value).Append(outcome.Message ?? string.Empty)));
        }
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
