using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace PcfCert.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class CertificateJourneys(BrowserFixture browser)
{
    [Fact]
    public Task Manager_issues_opens_the_pdf_and_its_registry_page_suspends_and_the_holder_changes_the_model() =>
        browser.RunAsync(nameof(Manager_issues_opens_the_pdf_and_its_registry_page_suspends_and_the_holder_changes_the_model), async page =>
        {
            await BrowserFixture.SignInAsync(page, "manager@demo.pcfcert.cn");
            await page.GotoAsync("/Certificates");
            // Only an approved decision yields a certificate: the manager picks its unit and checks the particulars it brings.
            var application = await browser.ApprovedApplicationAsync("CD60 250V 100μF", 0.98);
            await page.GetByTestId("certificate-issue").ClickAsync();
            await page.Locator($"a[href='/Certificates/Issue?application={application}&unit=0']").ClickAsync();
            await Expect(page.GetByTestId("issue-product")).ToHaveTextAsync("铝电解电容器");
            await Expect(page.GetByTestId("issue-footprint")).ToContainTextAsync("0.00098 t CO2e"); // 0.98 kg, stated in tCO2e (CEC 5.4.3.1)
            await Expect(page.GetByTestId("issue-basis")).ToContainTextAsync("CEC-7065CVP-A/0");
            // An empty time boundary is refused, both dates named at once, and nothing is issued.
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("errors")).ToContainTextAsync("请填写时间边界（起）");
            await Expect(page.GetByTestId("errors")).ToContainTextAsync("请填写时间边界（止）");
            await page.GetByTestId("issue-period-from").FillAsync("2025-01-01");
            await page.GetByTestId("issue-period-to").FillAsync("2025-12-31");
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("flash")).ToContainTextAsync("证书已颁发");
            var number = (await page.GetByTestId("certificate-number").TextContentAsync())!.Trim();
            Assert.Matches("^CEC-PCF-\\d{4}-\\d{5}$", number);

            // The PDF: fetched with the page's session, its text read like a scanner would read the QR's printed address.
            var href = await page.GetByTestId("certificate-pdf").GetAttributeAsync("href");
            var pdf = await page.Context.APIRequest.GetAsync(href!);
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);
            string text;
            using (var document = PdfDocument.Open(await pdf.BodyAsync()))
            {
                text = string.Concat(document.GetPages().Select(p => p.Text)).Normalize(NormalizationForm.FormKC);
            }
            Assert.Contains(number, text);
            Assert.Contains("铝电解电容器", text);
            var registryUrl = RegistryUrl().Match(text).Value;
            Assert.EndsWith($"/Registry/Certificates/{number}", registryUrl);

            // Anyone scanning the code lands on the public entry without signing in.
            var scanner = await browser.Browser.NewPageAsync();
            await scanner.GotoAsync(registryUrl);
            await Expect(scanner.GetByTestId("registry-status")).ToHaveTextAsync("有效");
            await Expect(scanner.GetByTestId("contents-product")).ToContainTextAsync("CD60 250V 100μF");

            await page.GetByTestId("action-reason").FillAsync("监督检查不通过");
            await page.GetByTestId("suspend").ClickAsync();
            await Expect(page.GetByTestId("certificate-status")).ToHaveTextAsync("暂停");
            await scanner.ReloadAsync();
            await Expect(scanner.GetByTestId("registry-status")).ToHaveTextAsync("暂停");
            await Expect(scanner.GetByTestId("registry-history")).ToContainTextAsync("暂停");

            // CEC 7.4: the holder applies for restoration within the suspension period; the scheme names no re-inspection.
            var detailsUrl = page.Url;
            await page.GetByTestId("restore").ClickAsync();
            await Expect(page.GetByTestId("errors")).ToContainTextAsync("暂停期限内提出的恢复申请");
            await page.GetByTestId("sign-out").ClickAsync();
            await BrowserFixture.SignInAsync(page, "applicant@demo.pcfcert.cn");
            await page.GotoAsync(detailsUrl);
            await page.GetByTestId("holder-reason").FillAsync("已完成整改");
            await page.GetByTestId("holder-restore").ClickAsync();
            await Expect(page.GetByTestId("holder-requests")).ToContainTextAsync("申请恢复证书");
            await page.GetByTestId("sign-out").ClickAsync();
            await BrowserFixture.SignInAsync(page, "manager@demo.pcfcert.cn");
            await page.GotoAsync(detailsUrl);
            await page.GetByTestId("restore").ClickAsync();
            await Expect(page.GetByTestId("certificate-status")).ToHaveTextAsync("有效");

            // The holder files a change; the manager approves it; the registry shows the new model and the change date.
            await page.GetByTestId("sign-out").ClickAsync();
            await BrowserFixture.SignInAsync(page, "applicant@demo.pcfcert.cn");
            await page.GotoAsync(detailsUrl);
            await page.GetByTestId("change-kind").SelectOptionAsync("ProductNameOrModel");
            await page.GetByTestId("change-description").FillAsync("型号规格更名");
            await page.GetByTestId("change-model").FillAsync("CD60A 250V 100μF");
            await page.GetByTestId("change-file").ClickAsync();
            await Expect(page.GetByTestId("flash")).ToContainTextAsync("变更申请已提交");
            await page.GetByTestId("sign-out").ClickAsync();
            await BrowserFixture.SignInAsync(page, "manager@demo.pcfcert.cn");
            await page.GotoAsync(detailsUrl);
            await page.GetByTestId("change-approve").ClickAsync();
            await Expect(page.GetByTestId("change-status")).ToHaveTextAsync("已批准");
            await Expect(page.GetByTestId("certificate-number")).ToHaveTextAsync(number);
            await scanner.ReloadAsync();
            await Expect(scanner.GetByTestId("contents-product")).ToContainTextAsync("CD60A 250V 100μF");
            await Expect(scanner.GetByTestId("contents-changed")).ToContainTextAsync("v2");
            await scanner.CloseAsync();
        });

    [GeneratedRegex(@"https?://\S+?/Registry/Certificates/[A-Z0-9-]+")]
    private static partial Regex RegistryUrl();
}
