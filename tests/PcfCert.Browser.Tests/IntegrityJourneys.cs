using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PcfCert.Browser.Tests;

/// <summary>Issue 11: refusals and notices as a certification manager and a holder meet them on the certificate page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IntegrityJourneys(BrowserFixture browser)
{
    [Fact]
    public Task A_second_planned_surveillance_is_not_offered_and_a_holders_accepted_suspension_raises_its_notice() =>
        browser.RunAsync(nameof(A_second_planned_surveillance_is_not_offered_and_a_holders_accepted_suspension_raises_its_notice), async page =>
        {
            await BrowserFixture.SignInAsync(page, "manager@demo.pcfcert.cn");
            var application = await browser.ApprovedApplicationAsync("CD60 250V 220μF", 1.02);
            await page.GotoAsync($"/Certificates/Issue?application={application}&unit=0");
            await page.GetByTestId("issue-period-from").FillAsync("2025-01-01");
            await page.GetByTestId("issue-period-to").FillAsync("2025-12-31");
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("flash")).ToContainTextAsync("证书已颁发");
            var details = page.Url;

            // CEC 6: one planned surveillance at a time; once one is open the page offers only an unannounced one and says why.
            await page.GetByTestId("open-surveillance").ClickAsync();
            await Expect(page.GetByTestId("surveillance-status")).ToHaveTextAsync("进行中");
            await Expect(page.GetByTestId("surveillance-unannounced")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("planned-surveillance-open")).ToContainTextAsync("已有一次进行中的计划监督");
            await page.GetByTestId("surveillance-trigger").SelectOptionAsync("Complaint");
            await page.GetByTestId("open-surveillance").ClickAsync();
            await Expect(page.GetByTestId("surveillance-status")).ToHaveCountAsync(2);
            // A valid certificate offers no restoration: the page asks the certificate's table.
            await Expect(page.GetByTestId("restore")).ToHaveCountAsync(0);

            // CEC 7.4: the holder asks for suspension; the manager accepts; the status, its notice and the registry follow.
            await page.GetByTestId("sign-out").ClickAsync();
            await BrowserFixture.SignInAsync(page, "applicant@demo.pcfcert.cn");
            await page.GotoAsync(details);
            await page.GetByTestId("holder-reason").FillAsync("生产线停产检修");
            await page.GetByTestId("holder-suspend").ClickAsync();
            await page.GetByTestId("sign-out").ClickAsync();
            await BrowserFixture.SignInAsync(page, "manager@demo.pcfcert.cn");
            await page.GotoAsync(details);
            await page.GetByTestId("holder-request-accept").ClickAsync();
            await Expect(page.GetByTestId("certificate-status")).ToHaveTextAsync("暂停");
            await Expect(page.GetByTestId("holder-request-accept")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("notices")).ToContainTextAsync("证书已暂停"); // CertificateNoticeKind.Suspended
            await Expect(page.GetByTestId("suspend")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("restore")).ToHaveCountAsync(1);

            // The holder's page asks the same rules: no second suspension of a suspended certificate, restoration instead.
            await page.GetByTestId("sign-out").ClickAsync();
            await BrowserFixture.SignInAsync(page, "applicant@demo.pcfcert.cn");
            await page.GotoAsync(details);
            await Expect(page.GetByTestId("holder-suspend")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("holder-cancel")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("holder-restore")).ToHaveCountAsync(1);
        });
}
