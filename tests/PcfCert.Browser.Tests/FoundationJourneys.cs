using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PcfCert.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FoundationJourneys(BrowserFixture browser)
{
    private const string Password = "PcfCert-demo-2026";

    [Fact]
    public Task Applicant_switches_language_is_refused_a_bad_credit_code_saves_a_good_one_and_signs_out() =>
        browser.RunAsync(nameof(Applicant_switches_language_is_refused_a_bad_credit_code_saves_a_good_one_and_signs_out), async page =>
        {
            await BrowserFixture.SignInAsync(page, "applicant@demo.pcfcert.cn");
            await Expect(page.Locator("h1")).ToContainTextAsync("欢迎");

            await page.GetByTestId("lang-en").ClickAsync();
            await Expect(page.Locator("h1")).ToContainTextAsync("Welcome");
            await page.GetByRole(AriaRole.Link, new() { Name = "My organisation" }).ClickAsync();
            await Expect(page.Locator("h1")).ToContainTextAsync("Organisation profile");

            // Last character changed from the valid check character Y: GB 32100-2015 check fails.
            await page.GetByTestId("org-credit-code").FillAsync("91320594MA1N2K3P4X");
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("errors")).ToContainTextAsync("wrong check character");

            await page.GetByTestId("org-credit-code").FillAsync("91320594MA1N2K3P4Y");
            await page.GetByTestId("org-address").FillAsync("江苏省苏州市工业园区星湖街 200 号");
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("flash")).ToContainTextAsync("Saved");
            await Expect(page.GetByTestId("org-address")).ToHaveValueAsync("江苏省苏州市工业园区星湖街 200 号");

            // The language choice survives navigation.
            await page.GotoAsync("/");
            await Expect(page.Locator("h1")).ToContainTextAsync("Welcome");

            await page.GetByTestId("sign-out").ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
            await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        });

    [Fact]
    public Task Administrator_creates_a_user_who_then_signs_in() =>
        browser.RunAsync(nameof(Administrator_creates_a_user_who_then_signs_in), async page =>
        {
            await BrowserFixture.SignInAsync(page, "admin@demo.pcfcert.cn");
            await page.GetByRole(AriaRole.Link, new() { Name = "用户" }).ClickAsync();
            await page.GetByTestId("user-create").ClickAsync();
            var email = $"reviewer-{Guid.NewGuid():N}@example.cn";
            await page.GetByTestId("user-email").FillAsync(email);
            await page.GetByTestId("user-name").FillAsync("新复核人员");
            await page.GetByTestId("user-role").SelectOptionAsync("TechnicalReviewer");
            await page.GetByTestId("user-password").FillAsync("short");
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("errors")).ToContainTextAsync("密码至少需要 10 位");

            await page.GetByTestId("user-password").FillAsync(Password);
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("flash")).ToContainTextAsync("用户已创建");
            await Expect(page.GetByTestId("users")).ToContainTextAsync(email);

            await page.GetByTestId("sign-out").ClickAsync();
            await BrowserFixture.SignInAsync(page, email);
            await Expect(page.GetByTestId("roles")).ToContainTextAsync("认证复核人员");
        });
}
