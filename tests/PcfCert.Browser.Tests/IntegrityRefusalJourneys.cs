using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PcfCert.Browser.Tests;

/// <summary>
/// Issue 11's refusals as the people who meet them see them in the browser: each is refused with a message in Chinese
/// that names the rule, and nothing changes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IntegrityRefusalJourneys(BrowserFixture browser)
{
    [Fact]
    public Task A_certificate_needs_an_approved_decision_and_a_second_one_for_the_same_unit_is_refused() =>
        browser.RunAsync(nameof(A_certificate_needs_an_approved_decision_and_a_second_one_for_the_same_unit_is_refused), async page =>
        {
            await BrowserFixture.SignInAsync(page, "manager@demo.pcfcert.cn");
            var before = await CertificateCountAsync(page);

            // CEC 5.7.1, PCEC 7.6: the demo's draft application has no decision; the issue page neither lists it nor offers a form.
            var draft = PcfCert.Web.Hosting.DemoData.DemoApplicationId;
            await page.GotoAsync("/Certificates/Issue");
            await Expect(page.Locator($"a[href='/Certificates/Issue?application={draft}&unit=0']")).ToHaveCountAsync(0);
            await page.GotoAsync($"/Certificates/Issue?application={draft}&unit=0");
            await Expect(page.GetByTestId("errors")).ToContainTextAsync("只有批准的认证决定才能颁发证书（CEC 5.7.1，PCEC 7.6）");
            await Expect(page.GetByTestId("save")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("issue-particulars")).ToHaveCountAsync(0);

            // Two tabs on the same approved unit: the first issues; the second, still showing the form, is refused by name.
            var application = await browser.ApprovedApplicationAsync("CD60 250V 330μF", 1.05);
            var issue = $"/Certificates/Issue?application={application}&unit=0";
            var stale = await page.Context.NewPageAsync();
            await stale.GotoAsync(issue);
            await page.GotoAsync(issue);
            await page.GetByTestId("issue-period-from").FillAsync("2025-01-01");
            await page.GetByTestId("issue-period-to").FillAsync("2025-12-31");
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("flash")).ToContainTextAsync("证书已颁发");
            var number = (await page.GetByTestId("certificate-number").TextContentAsync())!.Trim();

            await stale.GetByTestId("issue-period-from").FillAsync("2025-01-01");
            await stale.GetByTestId("issue-period-to").FillAsync("2025-12-31");
            await stale.GetByTestId("save").ClickAsync();
            await Expect(stale.GetByTestId("errors")).ToContainTextAsync($"该认证单元已按本次认证决定颁发证书 {number}，不能再颁发第二张");
            await Expect(stale.GetByTestId("save")).ToHaveCountAsync(0);
            await Expect(stale.GetByTestId("issue-existing")).ToHaveTextAsync(number);
            // Opened afresh, the page names the certificate the unit has and offers no second form.
            await stale.GotoAsync(issue);
            await Expect(stale.GetByTestId("issue-already")).ToContainTextAsync(number);
            await Expect(stale.GetByTestId("save")).ToHaveCountAsync(0);
            await stale.CloseAsync();
            Assert.Equal(before + 1, await CertificateCountAsync(page));

            // Cancelling cannot be undone: the page asks first, saying what follows (wwwroot/js/confirm.js; the fixture agrees).
            await page.GetByTestId("action-reason").FillAsync("企业停止生产该型号");
            await page.GetByTestId("cancel").ClickAsync();
            await Expect(page.GetByTestId("certificate-status")).ToHaveTextAsync("注销");
            Assert.Contains(browser.Confirmations, m => m.Contains("注销后证书即告失效，不可撤回", StringComparison.Ordinal));
        });

    [Fact]
    public Task A_team_led_by_someone_who_is_not_a_competent_inspector_is_refused_and_nothing_is_planned() =>
        browser.RunAsync(nameof(A_team_led_by_someone_who_is_not_a_competent_inspector_is_refused_and_nothing_is_planned), async page =>
        {
            var application = await browser.AcceptedApplicationAsync("CD60 250V 470μF");
            await BrowserFixture.SignInAsync(page, "manager@demo.pcfcert.cn");
            await page.GotoAsync($"/Applications/Details/{application}");
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("已受理，策划中");

            // CEC 5.2.1: the leader must be a competent inspector; 刘核查员 holds only the GHG verifier registration, and
            // 张检查员 holding it as a member does not count.
            await page.GetByTestId("leader-刘核查员").CheckAsync();
            await page.GetByTestId("member-张检查员").CheckAsync();
            await page.GetByTestId("assign-team").ClickAsync();
            await Expect(page.GetByTestId("errors")).ToContainTextAsync("检查组长须具备本规则要求的资格");
            await Expect(page.GetByTestId("errors")).ToContainTextAsync("组员具备不能代替");
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("已受理，策划中");
            await Expect(page.GetByTestId("team")).ToHaveCountAsync(0);

            // The same people the other way round form a valid team.
            await page.GotoAsync($"/Applications/Details/{application}");
            await page.GetByTestId("leader-张检查员").CheckAsync();
            await page.GetByTestId("member-刘核查员").CheckAsync();
            await page.GetByTestId("assign-team").ClickAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("已策划");
        });

    [Fact]
    public Task A_model_whose_cut_off_fails_cannot_become_the_verified_value_and_a_finding_must_point_at_an_existing_line() =>
        browser.RunAsync(nameof(A_model_whose_cut_off_fails_cannot_become_the_verified_value_and_a_finding_must_point_at_an_existing_line), async page =>
        {
            var application = await browser.InspectingApplicationAsync("CD60 250V 680μF");
            await BrowserFixture.SignInAsync(page, "inspector@demo.pcfcert.cn");
            await page.GotoAsync($"/Applications/Details/{application}");
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("现场检查中");

            // docs/examples/capacitor.model.json with the cut-off steel clip raised from 300 g to 30 kg per 1000 pieces:
            // 30 g of a 120 g piece is 25 % of the product mass, over CEC 5.4.3.2 c's 5 %.
            var model = (await File.ReadAllTextAsync(Path.Combine(BrowserFixture.RepositoryRootPath, "docs", "examples", "capacitor.model.json")))
                .Replace("\"amount\": 300, \"unit\": \"g\", \"cutOff\": true", "\"amount\": 30, \"unit\": \"kg\", \"cutOff\": true");
            await page.GetByTestId("model-json").FillAsync(model);
            await page.GetByTestId("attach-model").ClickAsync();
            await Expect(page.GetByTestId("model-total-1")).ToBeVisibleAsync();
            var count = await page.Locator("select[data-testid^=item-result-]").CountAsync();
            for (var i = 0; i < count; i++)
            {
                await page.Locator("select[data-testid^=item-result-]").Nth(i).SelectOptionAsync("true");
            }
            await page.GetByTestId("save-verification-items").ClickAsync();
            await Expect(page.GetByTestId("flash")).ToBeVisibleAsync();

            await page.GetByTestId("record-verified-value").ClickAsync();
            await Expect(page.GetByTestId("errors")).ToContainTextAsync("模型版本 1 的取舍检查未通过本规则的限值（CEC 5.4.3.2 c");
            await Expect(page.GetByTestId("verified-value")).ToHaveCountAsync(0);

            // A finding must point at a line of the model version: /processes/7 does not exist in v1.
            await page.GetByTestId("finding-path").FillAsync("/processes/7/inputs/0");
            await page.GetByTestId("finding-description").FillAsync("因子错误");
            await page.GetByTestId("finding-correction").FillAsync("更正因子");
            await page.GetByTestId("raise-finding").ClickAsync();
            await Expect(page.GetByTestId("errors")).ToContainTextAsync("模型版本 1 中没有 /processes/7/inputs/0 这一行");
            await Expect(page.GetByTestId("findings").Locator("tr")).ToHaveCountAsync(0);
            await page.ReloadAsync();
            await Expect(page.GetByTestId("verified-value")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("findings").Locator("tr")).ToHaveCountAsync(0);
        });

    private static async Task<int> CertificateCountAsync(IPage page)
    {
        var response = await page.Context.APIRequest.GetAsync("/api/v1/certificates");
        Assert.True(response.Ok, $"GET /api/v1/certificates answered {response.Status}");
        return JsonDocument.Parse(await response.TextAsync()).RootElement.GetArrayLength();
    }
}
