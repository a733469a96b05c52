using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace PcfCert.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class CertificateJourneys(BrowserFixture browser)
{
    private const string Password = "PcfCert-demo-2026";

    [Fact]
    public Task Manager_issues_opens_the_pdf_and_its_registry_page_suspends_and_the_holder_changes_the_model() =>
        browser.RunAsync(nameof(Manager_issues_opens_the_pdf_and_its_registry_page_suspends_and_the_holder_changes_the_model), async page =>
        {
            await SignIn(page, "manager@demo.pcfcert.cn");
            await page.GotoAsync("/Certificates");
            await page.GetByTestId("certificate-issue").ClickAsync();
            await page.GetByTestId("issue-holder").SelectOptionAsync(new SelectOptionValue { Label = "苏州示例电子元件有限公司" });
            foreach (var (field, value) in new[]
            {
                ("issue-applicant-name", "苏州示例电子元件有限公司"), ("issue-applicant-address", "江苏省苏州市工业园区星湖街 100 号"),
                ("issue-manufacturer-name", "苏州示例电子元件有限公司"), ("issue-manufacturer-address", "江苏省苏州市工业园区星湖街 100 号"),
                ("issue-factory-name", "苏州示例电子元件有限公司"), ("issue-factory-address", "江苏省苏州市工业园区星湖街 100 号"),
                ("issue-product", "铝电解电容器"), ("issue-model", "CD60 250V 100μF"), ("issue-unit", "CD60 系列"),
                ("issue-functional-unit", "1 只"), ("issue-period-from", "2025-01-01"), ("issue-period-to", "2025-12-31"),
                ("issue-footprint", "0.98"), ("issue-basis", "CEC 091-2024; ISO 14067:2018"), ("issue-mode", "现场检查+碳足迹核查+获证后监督"),
                ("issue-issuer", "中环联合（北京）认证中心有限公司"),
            })
            {
                await page.GetByTestId(field).FillAsync(value);
            }
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

            await page.GetByTestId("reinspection-on").FillAsync(DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"));
            await page.GetByTestId("reinspection-ref").FillAsync("RI-2026-001");
            await page.GetByTestId("restore").ClickAsync();
            await Expect(page.GetByTestId("certificate-status")).ToHaveTextAsync("有效");
            var detailsUrl = page.Url;

            // The holder files a change; the manager approves it; the registry shows the new model and the change date.
            await page.GetByTestId("sign-out").ClickAsync();
            await SignIn(page, "applicant@demo.pcfcert.cn");
            await page.GotoAsync(detailsUrl);
            await page.GetByTestId("change-kind").SelectOptionAsync("ProductNameOrModel");
            await page.GetByTestId("change-description").FillAsync("型号规格更名");
            await page.GetByTestId("change-model").FillAsync("CD60A 250V 100μF");
            await page.GetByTestId("change-file").ClickAsync();
            await Expect(page.GetByTestId("flash")).ToContainTextAsync("变更申请已提交");
            await page.GetByTestId("sign-out").ClickAsync();
            await SignIn(page, "manager@demo.pcfcert.cn");
            await page.GotoAsync(detailsUrl);
            await page.GetByTestId("change-approve").ClickAsync();
            await Expect(page.GetByTestId("change-status")).ToHaveTextAsync("已批准");
            await Expect(page.GetByTestId("certificate-number")).ToHaveTextAsync(number);
            await scanner.ReloadAsync();
            await Expect(scanner.GetByTestId("contents-product")).ToContainTextAsync("CD60A 250V 100μF");
            await Expect(scanner.GetByTestId("contents-changed")).ToContainTextAsync("v2");
            await scanner.CloseAsync();
        });

    private static async Task SignIn(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(Password);
        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page.GetByTestId("who")).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"https?://\S+?/Registry/Certificates/[A-Z0-9-]+")]
    private static partial Regex RegistryUrl();
}
