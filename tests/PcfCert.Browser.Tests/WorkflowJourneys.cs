using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PcfCert.Browser.Tests;

/// <summary>Applications taken through the UI by the people who do each step, each in their own browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkflowJourneys(BrowserFixture browser)
{
    private static readonly FilePayload Pdf = new() { Name = "scan.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% scan\n"u8.ToArray() };

    [Fact]
    public Task Cec_application_from_draft_to_approval_with_a_nonconformity_closed_on_the_second_submission() =>
        browser.RunAsync(nameof(Cec_application_from_draft_to_approval_with_a_nonconformity_closed_on_the_second_submission), async open =>
        {
            var applicant = await open("applicant@demo.pcfcert.cn");
            var url = await Draft(applicant, "cec-7065cvp-a0", "electronic-components");
            await Status(applicant, "已提交，待评审");

            var manager = await open("manager@demo.pcfcert.cn");
            await manager.GotoAsync(url);
            await Intake.Review(manager);
            await manager.GetByTestId("accept").ClickAsync();
            await Status(manager, "已受理，策划中");
            await manager.GetByTestId("leader-张检查员").CheckAsync();
            await manager.GetByTestId("member-刘核查员").CheckAsync();
            await manager.GetByTestId("assign-team").ClickAsync();
            await Status(manager, "已策划");

            var inspector = await open("inspector@demo.pcfcert.cn");
            await inspector.GotoAsync(url);
            await inspector.GetByTestId("complete-document-review").ClickAsync();
            await Status(inspector, "文件评审完成");
            await inspector.GetByTestId("start-inspection").ClickAsync();
            await Status(inspector, "现场检查中");
            await JudgeChecklist(inspector);
            await inspector.GetByTestId("nc-description").FillAsync("能源计量器具未按期校准");
            await inspector.GetByTestId("raise-nonconformity").ClickAsync();
            await Expect(inspector.GetByTestId("nc-status-1")).ToHaveTextAsync("待整改");
            await AttachModelAndVerify(inspector);

            await applicant.ReloadAsync();
            await applicant.GetByTestId("rectification-evidence-1").FillAsync("补充校准证书");
            await applicant.GetByTestId("submit-rectification-1").ClickAsync();
            await inspector.ReloadAsync();
            await inspector.GetByTestId("judge-comment-1").FillAsync("证书未覆盖全部器具");
            await inspector.GetByTestId("return-rectification-1").ClickAsync();
            await Expect(inspector.GetByTestId("nc-status-1")).ToHaveTextAsync("待整改");
            await applicant.ReloadAsync();
            await applicant.GetByTestId("rectification-evidence-1").FillAsync("全部器具的校准证书");
            await applicant.GetByTestId("submit-rectification-1").ClickAsync();
            await inspector.ReloadAsync();
            await inspector.GetByTestId("accept-rectification-1").ClickAsync();
            await Expect(inspector.GetByTestId("nc-status-1")).ToHaveTextAsync("已关闭");

            await inspector.GetByTestId("conclusion-c").FillAsync("工厂保证能力符合要求；不符合项 1 已于第二次提交关闭");
            await inspector.GetByTestId("conclusion-d").FillAsync("推荐认证；核查值 0.9602 kg CO2e/件");
            await inspector.GetByTestId("pass-inspection").ClickAsync();
            // CEC 5.7.1: the team leader's comprehensive evaluation report comes before the technical review.
            await Status(inspector, "待检查组出具综合评价报告");
            await inspector.GetByTestId("evaluation-document-review").FillAsync("文件评审符合要求");
            await inspector.GetByTestId("evaluation-inspection").FillAsync("现场检查通过；不符合项 1 已关闭；核查值 0.0009602 t CO2e/件");
            await inspector.GetByTestId("evaluation-text").FillAsync("综合评价符合认证要求，推荐认证");
            await inspector.GetByTestId("issue-evaluation-report").ClickAsync();
            await Status(inspector, "待认证复核");

            await Decide(open, url);
            // The decision cannot be undone: the page asked first (wwwroot/js/confirm.js) and the fixture agreed.
            Assert.Contains(browser.Confirmations, m => m.Contains("批准认证后决定不可撤回", StringComparison.Ordinal));
            await applicant.ReloadAsync();
            await Status(applicant, "批准认证");

            // Approval starts the certificate: its particulars come from the application and its verified value.
            await manager.ReloadAsync();
            await Expect(manager.GetByTestId("certificate-due")).ToBeVisibleAsync(); // CEC 5.7.2: 30 days
            await manager.GetByTestId("issue-certificate").ClickAsync();
            await Expect(manager.GetByTestId("issue-footprint")).ToContainTextAsync(new Regex("^0[.,]0009602 t CO2e")); // CEC 5.4.3.1: 0.9602 kg stated in tCO2e
            await Expect(manager.GetByTestId("issue-particulars")).ToContainTextAsync("M-100");
            await manager.GetByTestId("issue-period-from").FillAsync("2025-01-01");
            await manager.GetByTestId("issue-period-to").FillAsync("2025-12-31");
            await manager.GetByTestId("save").ClickAsync();
            await Expect(manager.GetByTestId("certificate-number")).ToContainTextAsync("CEC");
            await manager.GotoAsync(url);
            await Expect(manager.GetByTestId("issued-certificate")).ToBeVisibleAsync();
            await Expect(manager.GetByTestId("certificate-due")).ToHaveCountAsync(0); // gone once the certificate exists
        });

    [Fact]
    public Task Pcec_application_from_draft_to_approval_through_its_separate_verification_step() =>
        browser.RunAsync(nameof(Pcec_application_from_draft_to_approval_through_its_separate_verification_step), async open =>
        {
            var applicant = await open("applicant@demo.pcfcert.cn");
            var url = await Draft(applicant, "zcxh-xz-15-2024-v4.0", "submersible-pump");
            var manager = await open("manager@demo.pcfcert.cn");
            await AcceptWithLeaderOnly(manager, url);

            var inspector = await open("inspector@demo.pcfcert.cn");
            await inspector.GotoAsync(url);
            await inspector.GetByTestId("start-inspection").ClickAsync();
            await JudgeChecklist(inspector);
            await inspector.GetByTestId("conclusion-c").FillAsync("工厂保证能力符合要求");
            await inspector.GetByTestId("conclusion-d").FillAsync("通过");
            // PCEC 7.4.1: the team records that the factory was in normal production.
            await inspector.GetByTestId("condition-normal-production-met").CheckAsync();
            await inspector.GetByTestId("condition-normal-production-observation").FillAsync("总装线在产");
            await inspector.GetByTestId("pass-inspection").ClickAsync();
            await Status(inspector, "碳足迹核查中");
            await AttachModelAndVerify(inspector);
            await Status(inspector, "待认证复核");
            await inspector.GetByTestId("report-link").ClickAsync();
            await Expect(inspector.GetByTestId("report")).ToContainTextAsync("十三、声明");
            await Expect(inspector.GetByTestId("report-total")).ToContainTextAsync("0.9602");

            await Decide(open, url);
        });

    [Fact]
    public Task Pcec_inspection_fails_when_the_second_submission_is_returned_and_a_third_attempt_is_refused() =>
        browser.RunAsync(nameof(Pcec_inspection_fails_when_the_second_submission_is_returned_and_a_third_attempt_is_refused), async open =>
        {
            var applicant = await open("applicant@demo.pcfcert.cn");
            var url = await Draft(applicant, "zcxh-xz-15-2024-v4.0", "submersible-pump");
            var manager = await open("manager@demo.pcfcert.cn");
            await AcceptWithLeaderOnly(manager, url);
            var inspector = await open("inspector@demo.pcfcert.cn");
            await inspector.GotoAsync(url);
            await inspector.GetByTestId("start-inspection").ClickAsync();
            await inspector.GetByTestId("nc-description").FillAsync("未识别产品生命周期重点排放阶段");
            await inspector.GetByTestId("raise-nonconformity").ClickAsync();

            await applicant.ReloadAsync();
            await applicant.GetByTestId("rectification-evidence-1").FillAsync("第一次整改");
            await applicant.GetByTestId("submit-rectification-1").ClickAsync();
            await inspector.ReloadAsync();
            await inspector.GetByTestId("judge-comment-1").FillAsync("不充分");
            await inspector.GetByTestId("return-rectification-1").ClickAsync();

            // The applicant keeps a second tab open on the form while submitting the second time from the first.
            var staleTab = await applicant.Context.NewPageAsync();
            await staleTab.GotoAsync(url);
            await applicant.ReloadAsync();
            await applicant.GetByTestId("rectification-evidence-1").FillAsync("第二次整改");
            await applicant.GetByTestId("submit-rectification-1").ClickAsync();
            await inspector.ReloadAsync();
            await inspector.GetByTestId("judge-comment-1").FillAsync("仍不充分");
            await inspector.GetByTestId("return-rectification-1").ClickAsync();
            await Status(inspector, "现场检查不通过");
            await Expect(inspector.GetByTestId("nc-status-1")).ToHaveTextAsync("整改失败");

            await staleTab.GetByTestId("rectification-evidence-1").FillAsync("第三次整改");
            await staleTab.GetByTestId("submit-rectification-1").ClickAsync();
            await Expect(staleTab.GetByTestId("errors")).ToContainTextAsync("现场检查不通过");
            await Status(staleTab, "现场检查不通过");
            await Expect(staleTab.GetByTestId("rectification-evidence-1")).ToHaveCountAsync(0);
        });

    private static async Task<string> Draft(IPage applicant, string scheme, string product)
    {
        await applicant.GotoAsync("/Applications");
        await applicant.GetByTestId("new-scheme").SelectOptionAsync(scheme);
        await applicant.GetByTestId("new-application").ClickAsync();
        await Status(applicant, "草稿");
        await applicant.GetByTestId("unit-product-0").SelectOptionAsync(product);
        await applicant.GetByTestId("unit-model-0").FillAsync("M-100");
        await applicant.GetByTestId("unit-standard-0").FillAsync("企业标准 Q/SZ 001");
        await applicant.GetByTestId("unit-site-0").FillAsync("江苏省苏州市工业园区星湖街 100 号");
        await Intake.FormExtras(applicant, "交流电动机电容器");
        await applicant.GetByTestId("save-form").ClickAsync();
        await Expect(applicant.GetByTestId("flash")).ToBeVisibleAsync();

        // Every document the scheme lists for this product, chosen row by row and uploaded in one go.
        var count = await applicant.Locator("input[type=file][data-testid^=file-]").CountAsync();
        for (var i = 0; i < count; i++)
        {
            await applicant.Locator("input[type=file][data-testid^=file-]").Nth(i).SetInputFilesAsync(Pdf);
        }
        await applicant.GetByTestId("upload-documents").ClickAsync();
        await Expect(applicant.GetByTestId("flash")).ToBeVisibleAsync();
        await Intake.Declare(applicant);
        await applicant.GetByTestId("submit").ClickAsync();
        await Status(applicant, "已提交，待评审");
        return new Uri(applicant.Url).PathAndQuery.Split('#')[0];
    }

    private static async Task AcceptWithLeaderOnly(IPage manager, string url)
    {
        await manager.GotoAsync(url);
        await Intake.Review(manager);
        await manager.GetByTestId("accept").ClickAsync();
        await manager.GetByTestId("leader-张检查员").CheckAsync();
        await manager.GetByTestId("assign-team").ClickAsync();
        await Status(manager, "已策划");
    }

    private static async Task JudgeChecklist(IPage inspector)
    {
        // The whole checklist is one form: every clause judged 符合 (conforming), saved once.
        var count = await inspector.Locator("select[data-testid^=verdict-]").CountAsync();
        for (var i = 0; i < count; i++)
        {
            await inspector.Locator("select[data-testid^=verdict-]").Nth(i).SelectOptionAsync("Conforming");
        }
        await inspector.GetByTestId("save-checklist").ClickAsync();
        await Expect(inspector.GetByTestId("flash")).ToBeVisibleAsync();
        await inspector.GetByTestId("consistency-sample").FillAsync("批号 2611-03 随机抽取 2 件");
        await inspector.GetByTestId("record-consistency").ClickAsync();
        await Expect(inspector.GetByTestId("flash")).ToBeVisibleAsync();
    }

    private static async Task AttachModelAndVerify(IPage inspector)
    {
        var model = await File.ReadAllTextAsync(Path.Combine(BrowserFixture.RepositoryRootPath, "docs", "examples", "capacitor.model.json"));
        await inspector.GetByTestId("model-json").FillAsync(model);
        await inspector.GetByTestId("attach-model").ClickAsync();
        // docs/model-format.md worked example: 0.960197852425 kg CO2e per piece.
        await Expect(inspector.GetByTestId("model-total-1")).ToContainTextAsync("0.9602");
        var count = await inspector.Locator("select[data-testid^=item-result-]").CountAsync();
        for (var i = 0; i < count; i++)
        {
            await inspector.Locator("select[data-testid^=item-result-]").Nth(i).SelectOptionAsync("true");
        }
        await inspector.GetByTestId("save-verification-items").ClickAsync();
        await Expect(inspector.GetByTestId("flash")).ToBeVisibleAsync();
        // PCEC annex 2: the report's accompanying persons are answered (none here); CEC's report has no such field.
        if (await inspector.GetByTestId("no-accompanying-persons").CountAsync() > 0)
        {
            await inspector.GetByTestId("no-accompanying-persons").CheckAsync();
        }
        await inspector.GetByTestId("record-verified-value").ClickAsync();
        // CEC stays on the inspection step; PCEC's verification is done and summarised above the review step.
        await Expect(inspector.Locator("[data-testid=verified-value], [data-testid=summary-verification]").First).ToContainTextAsync("0.9602");
    }

    private static async Task Decide(Func<string, Task<IPage>> open, string url)
    {
        var reviewer = await open("reviewer@demo.pcfcert.cn");
        await reviewer.GotoAsync(url);
        await reviewer.GetByTestId("review-comment").FillAsync("文件评审、现场检查和核查结果符合要求");
        await reviewer.GetByTestId("recommend-approval").ClickAsync();
        await Status(reviewer, "待认证决定");
        var decisionMaker = await open("decision@demo.pcfcert.cn");
        await decisionMaker.GotoAsync(url);
        await decisionMaker.GetByTestId("approve").ClickAsync();
        await Status(decisionMaker, "批准认证");
        await Expect(decisionMaker.GetByTestId("decision")).ToContainTextAsync("批准认证");
    }

    private static Task Status(IPage page, string status) => Expect(page.GetByTestId("status")).ToHaveTextAsync(status);
}
