using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PcfCert.Browser.Tests;

/// <summary>The home page is each role's inbox; a step by one person shows in the next person's inbox, notices and mail.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkspaceJourneys(BrowserFixture browser)
{
    private static readonly FilePayload Pdf = new() { Name = "scan.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% scan\n"u8.ToArray() };

    [Fact]
    public Task The_team_leaders_inbox_shows_the_inspection_after_acceptance_and_the_applicants_shows_the_nonconformity() =>
        browser.RunAsync(nameof(The_team_leaders_inbox_shows_the_inspection_after_acceptance_and_the_applicants_shows_the_nonconformity), async open =>
        {
            var applicant = await open("applicant@demo.pcfcert.cn");
            var url = await Draft(applicant);
            var id = url.Split('/').Last();
            var mine = $"[data-testid=inbox-item]:has(a[href^='/Applications/Details/{id}'])";

            var manager = await open("manager@demo.pcfcert.cn");
            await manager.GotoAsync("/");
            await Expect(manager.Locator(mine)).ToContainTextAsync("评审申请并决定是否受理");
            await manager.Locator(mine).GetByTestId("inbox-link").ClickAsync();
            await manager.GetByTestId("accept").ClickAsync();
            await manager.GetByTestId("leader-张检查员").CheckAsync();
            await manager.GetByTestId("assign-team").ClickAsync();

            var inspector = await open("inspector@demo.pcfcert.cn");
            await inspector.GotoAsync("/");
            await Expect(inspector.Locator(mine)).ToHaveAttributeAsync("data-kind", "Inspection");
            await Expect(inspector.Locator(mine)).ToContainTextAsync("开始现场检查");
            await Expect(inspector.GetByTestId("unread-count")).ToBeVisibleAsync(); // told of the team assignment
            await inspector.Locator(mine).GetByTestId("inbox-link").ClickAsync();
            await inspector.GetByTestId("start-inspection").ClickAsync();
            await inspector.GetByTestId("nc-description").FillAsync("能源计量器具未按期校准");
            await inspector.GetByTestId("raise-nonconformity").ClickAsync();
            await Expect(inspector.GetByTestId("nc-status-1")).ToHaveTextAsync("待整改");

            await applicant.GotoAsync("/");
            await Expect(applicant.Locator(mine)).ToHaveAttributeAsync("data-kind", "Rectification");
            await Expect(applicant.Locator(mine)).ToContainTextAsync("提交不符合项整改");
            await applicant.GetByTestId("nav-notifications").ClickAsync();
            var notice = applicant.GetByTestId("notice-link").Filter(new() { HasText = "开具了不符合项" });
            await notice.First.ClickAsync();
            await Expect(applicant.GetByTestId("rectification-evidence-1")).ToBeVisibleAsync();

            // The mail worker runs every second in this host: the applicant's message reaches the pickup directory.
            var deadline = DateTime.UtcNow.AddSeconds(20);
            MimeKit.MimeMessage? mail = null;
            while (mail is null && DateTime.UtcNow < deadline)
            {
                mail = Directory.Exists(browser.MailDirectory)
                    ? Directory.EnumerateFiles(browser.MailDirectory, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
                        .FirstOrDefault(m => m.Headers["X-PcfCert-Notification"]?.StartsWith($"raise-nonconformity:{Guid.Parse(id):N}:", StringComparison.Ordinal) == true)
                    : null;
                if (mail is null)
                {
                    await Task.Delay(250);
                }
            }
            Assert.True(mail is not null, "mail pickup: " + string.Join(", ", Directory.Exists(browser.MailDirectory) ? Directory.EnumerateFiles(browser.MailDirectory) : ["(no directory)"]));
            Assert.Equal("applicant@demo.pcfcert.cn", mail!.To.Mailboxes.Single().Address);
            Assert.Contains("开具了不符合项", mail.Subject);
        });

    [Fact]
    public Task The_application_search_is_labelled_and_works_from_the_keyboard() =>
        browser.RunAsync(nameof(The_application_search_is_labelled_and_works_from_the_keyboard), async open =>
        {
            var applicant = await open("applicant@demo.pcfcert.cn");
            var url = await Draft(applicant);
            var manager = await open("manager@demo.pcfcert.cn");
            await manager.GotoAsync(url);
            var number = (await manager.TitleAsync()).Split(' ')[0];
            await manager.GotoAsync("/Applications");
            // Every control of the search form has a label a screen reader announces.
            var unlabelled = await manager.EvaluateAsync<int>(
                "() => [...document.querySelectorAll('[data-testid=application-search] input, [data-testid=application-search] select')].filter(e => e.labels.length === 0).length");
            Assert.Equal(0, unlabelled);
            await manager.GetByLabel("关键词").FocusAsync();
            await manager.Keyboard.TypeAsync(number);
            await manager.Keyboard.PressAsync("Enter");
            await Expect(manager.GetByTestId("application-row")).ToHaveCountAsync(1);
            await Expect(manager.GetByTestId("application-row")).ToContainTextAsync(number);
            await manager.GetByTestId("search-status").SelectOptionAsync("Draft");
            await manager.GetByTestId("search").ClickAsync();
            await Expect(manager.GetByTestId("application-row")).ToHaveCountAsync(0);
        });

    private static async Task<string> Draft(IPage applicant)
    {
        await applicant.GotoAsync("/Applications");
        await applicant.GetByTestId("new-scheme").SelectOptionAsync("zcxh-xz-15-2024-v4.0");
        await applicant.GetByTestId("new-application").ClickAsync();
        await applicant.GetByTestId("unit-product-0").SelectOptionAsync("submersible-pump");
        await applicant.GetByTestId("unit-model-0").FillAsync("M-200");
        await applicant.GetByTestId("unit-standard-0").FillAsync("企业标准 Q/SZ 001");
        await applicant.GetByTestId("unit-site-0").FillAsync("江苏省苏州市工业园区星湖街 100 号");
        await applicant.GetByTestId("save-form").ClickAsync();
        await Expect(applicant.GetByTestId("flash")).ToBeVisibleAsync();
        var count = await applicant.Locator("[data-testid^=file-]").CountAsync();
        for (var i = 0; i < count; i++)
        {
            var input = applicant.Locator("[data-testid^=file-]").Nth(i);
            var key = (await input.GetAttributeAsync("data-testid"))!["file-".Length..];
            await input.SetInputFilesAsync(Pdf);
            await applicant.GetByTestId("upload-" + key).ClickAsync();
            await Expect(applicant.GetByTestId("flash")).ToBeVisibleAsync();
        }
        await applicant.GetByTestId("submit").ClickAsync();
        await Expect(applicant.GetByTestId("status")).ToContainTextAsync("已提交");
        return new Uri(applicant.Url).AbsolutePath;
    }
}
