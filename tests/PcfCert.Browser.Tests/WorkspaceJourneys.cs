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
            await Expect(manager.GetByTestId("step-review")).ToHaveAttributeAsync("aria-current", "step");
            await Intake.Review(manager);
            await manager.GetByTestId("accept").ClickAsync();
            // Accepted: the page moves on to planning, the team form first; the application step is summarised.
            await Expect(manager.GetByTestId("step-planning")).ToHaveAttributeAsync("aria-current", "step");
            await Expect(manager.GetByTestId("summary-review")).ToContainTextAsync("受理");
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
            // The export holds the filtered list: the header and the one application found.
            var download = await manager.RunAndWaitForDownloadAsync(() => manager.GetByTestId("export-csv").ClickAsync());
            var lines = (await File.ReadAllTextAsync(await download.PathAsync())).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.StartsWith(number + ",", lines[1]);
            await manager.GetByTestId("search-status").SelectOptionAsync("Draft");
            await manager.GetByTestId("search").ClickAsync();
            await Expect(manager.GetByTestId("application-row")).ToHaveCountAsync(0);
        });

    [Fact]
    public Task The_checklist_is_one_form_reached_by_keyboard_with_problems_at_their_clause_and_the_draft_kept() =>
        browser.RunAsync(nameof(The_checklist_is_one_form_reached_by_keyboard_with_problems_at_their_clause_and_the_draft_kept), async open =>
        {
            var applicant = await open("applicant@demo.pcfcert.cn");
            var url = await Draft(applicant);
            var manager = await open("manager@demo.pcfcert.cn");
            await manager.GotoAsync(url);
            await Intake.Review(manager);
            await manager.GetByTestId("accept").ClickAsync();
            await manager.GetByTestId("leader-张检查员").CheckAsync();
            await manager.GetByTestId("assign-team").ClickAsync();
            var inspector = await open("inspector@demo.pcfcert.cn");
            await inspector.GotoAsync(url);
            await inspector.GetByTestId("start-inspection").ClickAsync();

            // Every control of the form has an accessible name (a label, hidden or not), and Tab walks a clause's row in order.
            var unnamed = await inspector.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('[data-testid=checklist-form] :is(input:not([type=hidden]), select, textarea)')]" +
                ".filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).map(e => e.name)");
            Assert.Empty(unnamed);
            await inspector.GetByTestId("verdict-1").FocusAsync();
            var order = new List<string>();
            for (var i = 0; i < 4; i++)
            {
                await inspector.Keyboard.PressAsync("Tab");
                order.Add(await inspector.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.tagName"));
            }
            // Clause 2's sub-items (a summary that opens with Enter) come before its verdict.
            Assert.Equal(new[] { "evidence-1", "files-1", "SUMMARY", "verdict-2" }, order);

            // PCEC annex 1 has 14 clauses. Clause 1 judged, clause 2 only noted: the form comes back with the problem at
            // clause 2 and in the list at the top, and what was typed is still there.
            await inspector.GetByTestId("verdict-1").SelectOptionAsync("Conforming");
            await inspector.GetByTestId("evidence-1").FillAsync("职责分工文件已查看");
            await inspector.GetByTestId("evidence-2").FillAsync("文件清单已查看");
            await inspector.GetByTestId("save-checklist").ClickAsync();
            await Expect(inspector.GetByTestId("errors")).ToContainTextAsync("第 2 条（文件和记录）");
            await Expect(inspector.GetByTestId("error-save-checklist-verdict-2")).ToContainTextAsync("请选择判定");
            await Expect(inspector.GetByTestId("verdict-2")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(inspector.GetByTestId("evidence-2")).ToHaveValueAsync("文件清单已查看");
            await Expect(inspector.GetByTestId("verdict-1")).ToHaveValueAsync("Conforming");

            await inspector.GetByTestId("verdict-2").SelectOptionAsync("NotApplicable");
            await inspector.GetByTestId("save-checklist").ClickAsync();
            await Expect(inspector.GetByTestId("flash")).ToBeVisibleAsync();
            await Expect(inspector.GetByTestId("checklist-progress")).ToHaveTextAsync("已判定 2 / 14 条");
            await inspector.ReloadAsync();
            await Expect(inspector.GetByTestId("evidence-1")).ToHaveValueAsync("职责分工文件已查看");
            await Expect(inspector.GetByTestId("verdict-2")).ToHaveValueAsync("NotApplicable");
            await Expect(inspector.GetByTestId("verdict-3")).ToHaveValueAsync(""); // still to judge: the draft
        });

    [Fact]
    public Task Several_documents_upload_at_once_by_choosing_and_dropping_and_each_refused_file_is_named() =>
        browser.RunAsync(nameof(Several_documents_upload_at_once_by_choosing_and_dropping_and_each_refused_file_is_named), async open =>
        {
            var applicant = await open("applicant@demo.pcfcert.cn");
            await NewDraft(applicant);
            var inputs = applicant.Locator("input[type=file][data-testid^=file-]");
            var rows = applicant.Locator("[data-testid=documents] tbody tr");

            // Two files chosen for the first document, one dropped on the second row, an executable on the third.
            await inputs.Nth(0).SetInputFilesAsync(new[] { Pdf, new FilePayload { Name = "licence.png", MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0] } });
            var dropped = await applicant.EvaluateHandleAsync(
                "() => { const t = new DataTransfer(); t.items.add(new File(['%PDF-1.4 dropped'], 'dropped.pdf', { type: 'application/pdf' })); return t; }");
            await rows.Nth(1).Locator("[data-dropzone]").DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = dropped });
            await Expect(rows.Nth(1).Locator("ul.file-list")).ToContainTextAsync("dropped.pdf");
            await inputs.Nth(2).SetInputFilesAsync(new FilePayload { Name = "setup.exe", MimeType = "application/octet-stream", Buffer = "MZ not a document"u8.ToArray() });
            await Expect(rows.Nth(2).Locator("ul.file-list li.bad")).ToContainTextAsync("setup.exe");

            // Checked before sending: nothing is sent while a file is refused.
            var before = applicant.Url;
            await applicant.GetByTestId("upload-documents").ClickAsync();
            await Expect(applicant.GetByTestId("client-errors")).ToContainTextAsync("setup.exe — 不是允许的类型");
            Assert.Equal(before, applicant.Url);

            // Without the script (data-uploads removed) the server names the file at its row and stores nothing.
            await applicant.EvaluateAsync("() => document.querySelector('[data-testid=documents-form]').removeAttribute('data-uploads')");
            await applicant.Locator("[data-testid=documents-form]").EvaluateAsync("f => f.replaceWith(f.cloneNode(true))");
            await inputs.Nth(0).SetInputFilesAsync(Pdf);
            await inputs.Nth(2).SetInputFilesAsync(new FilePayload { Name = "setup.exe", MimeType = "application/octet-stream", Buffer = "MZ not a document"u8.ToArray() });
            await applicant.GetByTestId("upload-documents").ClickAsync();
            await Expect(applicant.GetByTestId("errors")).ToContainTextAsync("“setup.exe”的内容不是允许的类型");
            await Expect(rows.Nth(2).Locator(".field-error")).ToContainTextAsync("setup.exe");
            await Expect(applicant.Locator("[data-testid=documents] a[href^='/api/v1/files/']")).ToHaveCountAsync(0);

            // The three good files in one go.
            await inputs.Nth(0).SetInputFilesAsync(new[] { Pdf, new FilePayload { Name = "licence.png", MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0] } });
            await rows.Nth(1).Locator("[data-dropzone]").DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = await applicant.EvaluateHandleAsync(
                "() => { const t = new DataTransfer(); t.items.add(new File(['%PDF-1.4 dropped'], 'dropped.pdf', { type: 'application/pdf' })); return t; }") });
            await Expect(rows.Nth(1).Locator("ul.file-list")).ToContainTextAsync("dropped.pdf");
            await applicant.GetByTestId("upload-documents").ClickAsync();
            await Expect(applicant.GetByTestId("flash")).ToBeVisibleAsync();
            await Expect(rows.Nth(0).Locator("a[href^='/api/v1/files/']")).ToHaveTextAsync(new[] { "scan.pdf", "licence.png" });
            await Expect(rows.Nth(1).Locator("a[href^='/api/v1/files/']")).ToHaveTextAsync("dropped.pdf");
        });

    private static async Task<string> Draft(IPage applicant)
    {
        await NewDraft(applicant);
        var count = await applicant.Locator("input[type=file][data-testid^=file-]").CountAsync();
        for (var i = 0; i < count; i++)
        {
            await applicant.Locator("input[type=file][data-testid^=file-]").Nth(i).SetInputFilesAsync(Pdf);
        }
        await applicant.GetByTestId("upload-documents").ClickAsync();
        await Expect(applicant.GetByTestId("flash")).ToBeVisibleAsync();
        await Intake.Declare(applicant);
        await applicant.GetByTestId("submit").ClickAsync();
        await Expect(applicant.GetByTestId("status")).ToContainTextAsync("已提交");
        return new Uri(applicant.Url).AbsolutePath;
    }

    private static async Task NewDraft(IPage applicant)
    {
        await applicant.GotoAsync("/Applications");
        await applicant.GetByTestId("new-scheme").SelectOptionAsync("zcxh-xz-15-2024-v4.0");
        await applicant.GetByTestId("new-application").ClickAsync();
        await applicant.GetByTestId("unit-product-0").SelectOptionAsync("submersible-pump");
        await applicant.GetByTestId("unit-model-0").FillAsync("M-200");
        await applicant.GetByTestId("unit-standard-0").FillAsync("企业标准 Q/SZ 001");
        await applicant.GetByTestId("unit-site-0").FillAsync("江苏省苏州市工业园区星湖街 100 号");
        await Intake.FormExtras(applicant, "潜油电泵");
        await applicant.GetByTestId("save-form").ClickAsync();
        await Expect(applicant.GetByTestId("flash")).ToBeVisibleAsync();
    }
}
