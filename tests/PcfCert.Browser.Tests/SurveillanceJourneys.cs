using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PcfCert.Browser.Tests;

/// <summary>Issue 17 item 14: a surveillance recorded as an inspection through the UI (CEC 6.2, 6.3).</summary>
[Collection(BrowserCollection.Name)]
public sealed class SurveillanceJourneys(BrowserFixture browser)
{
    [Fact]
    public Task Cec_6_2_the_manager_forms_the_team_and_the_inspector_records_the_surveillance_inspection_and_its_year_on_year_change() =>
        browser.RunAsync(nameof(Cec_6_2_the_manager_forms_the_team_and_the_inspector_records_the_surveillance_inspection_and_its_year_on_year_change), async page =>
        {
            await BrowserFixture.SignInAsync(page, "manager@demo.pcfcert.cn");
            var application = await browser.ApprovedApplicationAsync("CD60 250V 330μF", 1.02);
            await page.GotoAsync($"/Certificates/Issue?application={application}&unit=0");
            await page.GetByTestId("issue-period-from").FillAsync("2025-01-01");
            await page.GetByTestId("issue-period-to").FillAsync("2025-12-31");
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("flash")).ToContainTextAsync("证书已颁发");
            await page.GetByTestId("open-surveillance").ClickAsync();
            await page.GetByTestId("surveillance-inspection-link").ClickAsync();
            var inspection = page.Url;

            // The manager forms the team under the initial inspection's rules; recording is the team's.
            await page.GetByTestId("surveillance-leader").SelectOptionAsync(new SelectOptionValue { Label = "张检查员" });
            await page.GetByTestId("surveillance-member-刘核查员").CheckAsync();
            await page.GetByTestId("surveillance-assign-team").ClickAsync();
            await Expect(page.GetByTestId("surveillance-status")).ToHaveTextAsync("已组建检查组");
            await Expect(page.GetByTestId("surveillance-start")).ToHaveCountAsync(0);

            await page.GetByTestId("sign-out").ClickAsync();
            await BrowserFixture.SignInAsync(page, "inspector@demo.pcfcert.cn");
            await page.GotoAsync(inspection);
            await page.GetByTestId("surveillance-start").ClickAsync();
            await Expect(page.GetByTestId("surveillance-status")).ToHaveTextAsync("现场检查中");
            var verdicts = page.Locator("select[id^='verdict-']");
            for (var i = 0; i < await verdicts.CountAsync(); i++)
            {
                await verdicts.Nth(i).SelectOptionAsync("Conforming");
            }
            await page.GetByTestId("surveillance-save-checklist").ClickAsync();
            await page.GetByTestId("surveillance-sample").FillAsync("批号 2026-07-001");
            await page.GetByTestId("surveillance-record-consistency").ClickAsync();
            await page.GetByTestId("surveillance-model-json").FillAsync(PcfCert.Web.Hosting.ApprovedApplication.Model(0.969));
            await page.GetByTestId("surveillance-attach-model").ClickAsync();
            await page.GetByTestId("surveillance-record-verified").ClickAsync();
            await Expect(page.GetByTestId("surveillance-verified")).ToContainTextAsync("0.969");
            // CEC annex 1 五: the product changes asked at surveillance (no change of site or process).
            await page.GetByTestId("surveillance-unchanged").CheckAsync();
            await page.GetByTestId("surveillance-record-product-changes").ClickAsync();
            await Expect(page.GetByTestId("surveillance-product-changes")).ToContainTextAsync("无变化");

            // Without the report's statement the conclusion is refused and the inspection stays open.
            await page.GetByTestId("surveillance-report-number").FillAsync("SV-2026-001");
            await page.GetByTestId("surveillance-previous-target").FillAsync("3");
            await page.GetByTestId("surveillance-conclude").ClickAsync();
            await Expect(page.Locator(".errors")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("surveillance-status")).ToHaveTextAsync("现场检查中");
            await page.GetByTestId("surveillance-report-c").FillAsync("工厂保证能力符合，产品一致");
            await page.GetByTestId("surveillance-report-d").FillAsync("监督通过");
            await page.GetByTestId("surveillance-conclude").ClickAsync();

            // CEC 6.2 a): (0.969 - 1.02) / 1.02 = -0.051 / 1.02 = -5 %; b): 5 % >= the 3 % target.
            await Expect(page.GetByTestId("surveillance-status")).ToHaveTextAsync("已完成");
            await Expect(page.GetByTestId("surveillance-verdict")).ToHaveTextAsync("通过");
            await Expect(page.GetByTestId("surveillance-change")).ToHaveTextAsync("-5 %");
            await Expect(page.GetByTestId("surveillance-below")).ToHaveTextAsync("是");
            await Expect(page.GetByTestId("surveillance-target-met")).ToHaveTextAsync("是");
            await Expect(page.GetByTestId("surveillance-conclude")).ToHaveCountAsync(0);
        });
}
