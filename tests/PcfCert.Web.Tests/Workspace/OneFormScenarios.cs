using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Workspace;

/// <summary>
/// Issue 13 item 5, a day's work at once: the factory-assurance checklist (CEC annex 3: 13 clauses) and the verification
/// items (CEC 5.4.3) saved as one form with the unjudged rest kept as a draft, and several application documents
/// (CEC 5.1.3) uploaded in one request. Every problem of a refused form is answered together, each at its field, and a
/// refused form changes nothing.
/// </summary>
public abstract class OneFormScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string Cec = "cec-7065cvp-a0";
    private static readonly byte[] Pdf = "%PDF-1.4\n% day's work\n"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];
    private static readonly byte[] Exe = "MZ\x90\0 not a document"u8.ToArray();

    [Fact]
    public async Task The_checklist_is_saved_as_one_form_the_unjudged_clauses_stay_a_draft_and_every_problem_is_named_at_its_clause()
    {
        var (applicant, manager, inspector) = (await SignedIn(Demo.Applicant), await SignedIn(Demo.Manager), await SignedIn(Demo.Inspector));
        var id = await WorkflowScenarios<THost>.Draft(applicant, Cec, "electronic-components");
        await WorkflowScenarios<THost>.CecToInspection(applicant, manager, inspector, id);
        var stamp = (await Application(inspector, id)).GetProperty("concurrencyStamp").GetString()!;

        // Four problems in one form: evidence without a verdict (clause 2), an executable as evidence (clause 3),
        // an unknown verdict (clause 4) and an empty file (clause 5). All four come back; clause 1, valid, is not saved.
        var refused = await Multipart(inspector, id, "save-checklist",
            [("verdict-1", "Conforming"), ("evidence-1", "职责分工文件已查看"), ("evidence-2", "文件清单"), ("verdict-3", "Conforming"),
             ("verdict-4", "Maybe"), ("verdict-5", "Conforming")],
            [("files-1", "photo.png", Png), ("files-3", "setup.exe", Exe), ("files-5", "blank.pdf", [])]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(new[] { "files-3", "files-5", "verdict-2", "verdict-4" }, errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("第 2 条（文件和记录）", errors.GetProperty("verdict-2")[0].GetString());
        Assert.Contains("请选择判定", errors.GetProperty("verdict-2")[0].GetString());
        Assert.Contains("“setup.exe”的内容不是允许的类型", errors.GetProperty("files-3")[0].GetString());
        Assert.Contains("“blank.pdf”为空文件", errors.GetProperty("files-5")[0].GetString());
        var unchanged = await Application(inspector, id);
        Assert.Empty(unchanged.GetProperty("checklist").EnumerateArray());
        Assert.Equal(stamp, unchanged.GetProperty("concurrencyStamp").GetString());

        // The morning: clauses 1–5 judged, two photos on clause 1; clauses 6–13 left for later.
        var morning = await Multipart(inspector, id, "save-checklist",
            [.. Enumerable.Range(1, 5).Select(n => ($"verdict-{n}", n == 4 ? "NotApplicable" : "Conforming")), ("evidence-1", "职责分工文件已查看"), ("concurrencyStamp", stamp)],
            [("files-1", "meter-1.png", Png), ("files-1", "meter-2.pdf", Pdf)]);
        Assert.Equal(HttpStatusCode.OK, morning.StatusCode);
        var draft = (await Application(inspector, id)).GetProperty("checklist").EnumerateArray().ToList();
        Assert.Equal(new[] { "1", "2", "3", "4", "5" }, draft.Select(r => r.GetProperty("clauseId").GetString()));
        Assert.Equal("NotApplicable", draft[3].GetProperty("verdict").GetString());
        Assert.Equal(2, draft[0].GetProperty("fileIds").GetArrayLength());

        // The afternoon, as JSON: the other 8 clauses (13 − 5). The morning's verdicts and photos are kept.
        await WorkflowScenarios<THost>.Ok(inspector, id, "save-checklist",
            Enumerable.Range(6, 8).ToDictionary(n => $"verdict-{n}", _ => "Conforming"));
        var all = (await Application(inspector, id)).GetProperty("checklist").EnumerateArray().ToList();
        Assert.Equal(13, all.Count);
        Assert.Equal(2, all[0].GetProperty("fileIds").GetArrayLength());
        Assert.Equal("职责分工文件已查看", all[0].GetProperty("evidence").GetString());

        // A form with nothing judged is refused, not silently accepted.
        var empty = await Act(inspector, id, "save-checklist", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("工厂保证能力检查表", await empty.Content.ReadAsStringAsync());

        // Only the team records the checklist.
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(applicant, id, "save-checklist", new Dictionary<string, string> { ["verdict-1"] = "Conforming" })).StatusCode);
    }

    [Fact]
    public async Task The_verification_items_are_saved_as_one_form_and_a_note_without_a_result_is_refused_at_its_item()
    {
        var (applicant, manager, inspector) = (await SignedIn(Demo.Applicant), await SignedIn(Demo.Manager), await SignedIn(Demo.Inspector));
        var id = await WorkflowScenarios<THost>.Draft(applicant, Cec, "electronic-components");
        await WorkflowScenarios<THost>.CecToInspection(applicant, manager, inspector, id);
        var scheme = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{Cec}");
        var keys = scheme.GetProperty("verification").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()!).ToList();
        Assert.True(keys.Count >= 3, "CEC 5.4.3 lists several verification items");

        var refused = await Act(inspector, id, "save-verification-items", new Dictionary<string, string>
        {
            [$"satisfied-{keys[0]}"] = "true", [$"note-{keys[1]}"] = "边界说明待补充", [$"satisfied-{keys[2]}"] = "perhaps",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(new[] { $"satisfied-{keys[1]}", $"satisfied-{keys[2]}" }.Order(StringComparer.Ordinal), errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("请选择是否满足", errors.GetProperty($"satisfied-{keys[1]}")[0].GetString());
        Assert.Empty((await Application(inspector, id)).GetProperty("verificationItems").EnumerateArray());

        await WorkflowScenarios<THost>.Ok(inspector, id, "save-verification-items", new Dictionary<string, string>
        {
            [$"satisfied-{keys[0]}"] = "true", [$"satisfied-{keys[1]}"] = "false", [$"note-{keys[1]}"] = "边界说明待补充",
        });
        await WorkflowScenarios<THost>.Ok(inspector, id, "save-verification-items", new Dictionary<string, string> { [$"satisfied-{keys[2]}"] = "true" });
        var items = (await Application(inspector, id)).GetProperty("verificationItems").EnumerateArray()
            .ToDictionary(i => i.GetProperty("itemKey").GetString()!, i => (i.GetProperty("satisfied").GetBoolean(), i.GetProperty("note").GetString()));
        Assert.Equal(3, items.Count);
        Assert.Equal((false, "边界说明待补充"), items[keys[1]]);
        Assert.True(items[keys[0]].Item1);
    }

    [Fact]
    public async Task Several_documents_upload_in_one_request_and_every_refused_file_is_named_while_nothing_is_stored()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await WorkflowScenarios<THost>.Draft(applicant, Cec, "electronic-components");
        var scheme = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{Cec}");
        var required = scheme.GetProperty("applicationDocuments").EnumerateArray()
            .Where(d => d.GetProperty("requirement").GetString() == "required").Select(d => d.GetProperty("key").GetString()!).ToList();

        // Two files for the first document, one for every other required one: one request.
        var files = required.Select(k => ($"file-{k}", $"{k}.pdf", Pdf)).Append(($"file-{required[0]}", "annex.png", Png)).ToList();
        var ok = await Multipart(applicant, id, "upload-documents", [], files);
        Assert.True(ok.StatusCode == HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        var documents = (await Application(applicant, id)).GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(required.Count + 1, documents.Count);
        Assert.Equal(2, documents.Count(d => d.GetProperty("documentKey").GetString() == required[0]));

        // A good file, an empty one, an executable and a file for a document the scheme does not ask for: the three
        // problems come back, each at its field, and the good file is not stored either.
        var refused = await Multipart(applicant, id, "upload-documents", [],
            [($"file-{required[0]}", "good.pdf", Pdf), ($"file-{required[1]}", "empty.pdf", []), ($"file-{required[2]}", "tool.exe", Exe), ("file-no-such-document", "x.pdf", Pdf)]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(new[] { $"file-{required[1]}", $"file-{required[2]}", "file-no-such-document" }.Order(StringComparer.Ordinal),
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("“empty.pdf”为空文件", errors.GetProperty($"file-{required[1]}")[0].GetString());
        Assert.Contains("“tool.exe”的内容不是允许的类型", errors.GetProperty($"file-{required[2]}")[0].GetString());
        Assert.Contains("“x.pdf”不属于本申请要求的文件", errors.GetProperty("file-no-such-document")[0].GetString());
        Assert.Equal(required.Count + 1, (await Application(applicant, id)).GetProperty("documents").GetArrayLength());

        // No file at all is refused; the manager is not the applicant.
        Assert.Equal(HttpStatusCode.BadRequest, (await Multipart(applicant, id, "upload-documents", [("note", "x")], [])).StatusCode);
        using var manager = await SignedIn(Demo.Manager);
        Assert.Equal(HttpStatusCode.Forbidden, (await Multipart(manager, id, "upload-documents", [], [($"file-{required[0]}", "m.pdf", Pdf)])).StatusCode);

        // Once submitted, nothing more can be uploaded (CEC 5.1: the documents are part of the submitted application).
        await WorkflowScenarios<THost>.Ok(applicant, id, "submit", WorkflowScenarios<THost>.Declared);
        Assert.Equal(HttpStatusCode.BadRequest, (await Multipart(applicant, id, "upload-documents", [], [($"file-{required[0]}", "late.pdf", Pdf)])).StatusCode);
        Assert.Equal(required.Count + 1, (await Application(applicant, id)).GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public async Task The_page_shows_each_problem_at_its_field_keeps_what_was_typed_and_lists_all_problems_at_the_top()
    {
        var (applicant, manager, inspector) = (await SignedIn(Demo.Applicant), await SignedIn(Demo.Manager), await SignedIn(Demo.Inspector));
        var id = await WorkflowScenarios<THost>.Draft(applicant, Cec, "electronic-components");
        await WorkflowScenarios<THost>.CecToInspection(applicant, manager, inspector, id);
        var response = await inspector.PostFormAsync($"/Applications/Details/{id}?handler=Act&act=save-checklist",
            [new("verdict-1", "Conforming"), new("evidence-1", "职责分工文件已查看"), new("evidence-2", "文件清单已查看"), new("evidence-7", "交付记录")],
            $"/Applications/Details/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        var summary = OneFormPatterns.Summary().Match(page);
        Assert.True(summary.Success, "the summary of all problems");
        Assert.Contains("第 2 条", summary.Value);
        Assert.Contains("第 7 条", summary.Value);
        Assert.Contains("id=\"error-save-checklist-verdict-2\"", page);
        Assert.Contains("aria-describedby=\"error-save-checklist-verdict-7\"", page);
        Assert.Contains(">文件清单已查看</textarea>", page); // what was typed stays
        Assert.Contains(">职责分工文件已查看</textarea>", page);
        Assert.Empty((await Application(inspector, id)).GetProperty("checklist").EnumerateArray());
    }

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }

    private static async Task<JsonElement> Application(TestClient client, Guid id) =>
        await client.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");

    private static Task<HttpResponseMessage> Act(TestClient client, Guid id, string action, Dictionary<string, string> fields) =>
        client.Http.PostAsJsonAsync($"/api/v1/applications/{id}/actions/{action}", fields);

    /// <summary>A multipart post of several fields and files, with the anti-forgery token of the application page.</summary>
    private static async Task<HttpResponseMessage> Multipart(TestClient client, Guid id, string action,
        IEnumerable<(string Name, string Value)> fields, IEnumerable<(string Field, string FileName, byte[] Content)> files)
    {
        var page = await client.GetPageAsync($"/Applications/Details/{id}");
        var token = OneFormPatterns.Token().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append(("__RequestVerificationToken", token)))
        {
            form.Add(new StringContent(value), name);
        }
        foreach (var (field, fileName, content) in files)
        {
            form.Add(new ByteArrayContent(content), field, fileName);
        }
        return await client.Http.PostAsync($"/api/v1/applications/{id}/actions/{action}", form);
    }
}

internal static partial class OneFormPatterns
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    internal static partial Regex Token();

    [GeneratedRegex("data-testid=\"errors\".*?</div>", RegexOptions.Singleline)]
    internal static partial Regex Summary();
}

public sealed class OneFormOnSqlite(SqliteHost host) : OneFormScenarios<SqliteHost>(host);

public sealed class OneFormOnPostgreSql(PostgreSqlHost host) : OneFormScenarios<PostgreSqlHost>(host);
