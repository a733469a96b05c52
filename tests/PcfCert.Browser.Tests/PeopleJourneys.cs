using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PcfCert.Browser.Tests;

/// <summary>
/// People and accounts in the browser (issue 13 item 7): the administrator gives a user a second role, the manager registers
/// that user in the personnel register and renews a qualification and adds a product area; CEC table 1 shows as met.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PeopleJourneys(BrowserFixture browser)
{
    [Fact]
    public Task An_administrator_gives_a_user_two_roles_and_a_manager_renews_the_persons_qualification_and_adds_a_product_area() =>
        browser.RunAsync(nameof(An_administrator_gives_a_user_two_roles_and_a_manager_renews_the_persons_qualification_and_adds_a_product_area), async open =>
        {
            var email = $"dual-{Guid.NewGuid():N}@demo.pcfcert.cn";
            var name = "兼任复核" + Guid.NewGuid().ToString("N")[..4];
            var admin = await open("admin@demo.pcfcert.cn");
            await admin.GotoAsync("/Users/Create");
            await admin.GetByTestId("user-email").FillAsync(email);
            await admin.GetByTestId("user-name").FillAsync(name);
            await admin.GetByTestId("user-role").SelectOptionAsync("Inspector");
            await admin.GetByTestId("user-password").FillAsync("PcfCert-demo-2026");
            await admin.GetByTestId("save").ClickAsync();
            await admin.GetByTestId($"user-edit-{email}").ClickAsync();
            await Expect(admin.GetByTestId("role-Inspector")).ToBeCheckedAsync();
            await admin.GetByTestId("role-TechnicalReviewer").CheckAsync();
            await admin.GetByTestId("save").ClickAsync();
            await Expect(admin.GetByTestId("users").Locator("tr", new() { HasText = email })).ToContainTextAsync("检查员, 认证复核人员");

            var manager = await open("manager@demo.pcfcert.cn");
            await manager.GotoAsync("/Personnel/Create");
            await manager.GetByTestId("person-name").FillAsync(name);
            await manager.Locator("select[name='Input.UserId']").SelectOptionAsync(new SelectOptionValue { Label = $"{name} ({email})" });
            await manager.Locator("input[name='Input.PersonnelTypes'][value='Inspector']").CheckAsync();
            await manager.Locator("input[name='Input.PersonnelTypes'][value='TechnicalReviewer']").CheckAsync();
            await manager.Locator("input[name='Input.ProductAreas'][value='electronic-components']").CheckAsync();
            await manager.Locator("select[name='Input.QualificationKeys']").First.SelectOptionAsync("ghg-verifier-registration");
            await manager.Locator("input[name='Input.QualificationNumbers']").First.FillAsync("GHG-2023-0777");
            await manager.Locator("input[name='Input.QualificationValidUntil']").First.FillAsync("2026-12-31");
            await manager.GetByTestId("save").ClickAsync();

            // Renew the registration to 2029 and add the PCEC section 1 field (PV11).
            await manager.GetByTestId($"person-{name}").ClickAsync();
            await Expect(manager.GetByTestId("qualification-until-0")).ToHaveValueAsync("2026-12-31");
            await manager.GetByTestId("qualification-number-0").FillAsync("GHG-2029-0777");
            await manager.GetByTestId("qualification-until-0").FillAsync("2029-12-31");
            await manager.GetByTestId("area-PV11").CheckAsync();
            await manager.GetByTestId("save").ClickAsync();
            await Expect(manager.GetByTestId("qualification-until-0")).ToHaveValueAsync("2029-12-31");
            await Expect(manager.GetByTestId("area-PV11")).ToBeCheckedAsync();
            // CEC 5.2.2 table 1: the GHG registration meets the inspector's requirement and so the reviewer's.
            await Expect(manager.GetByTestId("table1-Inspector")).ToContainTextAsync("满足");
            await Expect(manager.GetByTestId("table1-TechnicalReviewer")).ToContainTextAsync("应不低于检查员的专业资格要求");
            await Expect(manager.GetByTestId("table1-TechnicalReviewer")).Not.ToContainTextAsync("不满足");
            await manager.GotoAsync("/Personnel");
            await Expect(manager.GetByTestId("personnel").Locator("tr", new() { HasText = name })).ToContainTextAsync("GHG-2029-0777");
            await Expect(manager.GetByTestId("personnel").Locator("tr", new() { HasText = name })).ToContainTextAsync("electronic-components, PV11");
        });
}
