using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using PcfCert.Web.Tests.Infrastructure;
using static PcfCert.Web.Tests.WorkflowScenarios<PcfCert.Web.Tests.Infrastructure.SqliteHost>;

namespace PcfCert.Web.Tests.People;

/// <summary>Builders for the people tests: staff users, register entries, and a CEC application waiting for its review.</summary>
public static partial class PeopleData
{
    public const string Cec = "cec-7065cvp-a0";
    public const string Pcec = "zcxh-xz-15-2024-v4.0";

    /// <summary>A staff user created by the administrator with one role; the demo password.</summary>
    public static async Task<(string Email, string Id)> NewUserAsync(PcfCertHost host, string role, string name)
    {
        using var admin = host.CreateTestClient();
        await admin.SignInOkAsync(Demo.Admin);
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@demo.pcfcert.cn";
        var created = await admin.PostFormAsync("/Users/Create",
            [new("Input.Email", email), new("Input.DisplayName", name), new("Input.Role", role), new("Input.Password", TestClient.DemoPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await admin.GetPageAsync("/Users");
        var id = Regex.Match(page, $"href=\"/Users/Edit/([^\"]+)\" data-testid=\"user-edit-{Regex.Escape(email)}\"").Groups[1].Value;
        Assert.NotEmpty(id);
        return (email, id);
    }

    /// <summary>Registers a person through the manager's form and returns the entry as the API gives it.</summary>
    public static async Task<JsonElement> RegisterAsync(TestClient manager, string name, string? userId, string[] types, params (string Key, string Until)[] qualifications)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Input.Name", name), new("Input.ProductAreas", "electronic-components") };
        fields.AddRange(types.Select(t => new KeyValuePair<string, string>("Input.PersonnelTypes", t)));
        if (userId is not null)
        {
            fields.Add(new("Input.UserId", userId));
        }
        foreach (var (key, until) in qualifications)
        {
            fields.AddRange([new("Input.QualificationKeys", key), new("Input.QualificationNumbers", "REG-" + key), new("Input.QualificationValidUntil", until)]);
        }
        var saved = await manager.PostFormAsync("/Personnel/Create", fields);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        return await PersonAsync(manager, name);
    }

    public static async Task<JsonElement> PersonAsync(TestClient staff, string name) =>
        (await staff.Http.GetFromJsonAsync<JsonElement>("/api/v1/personnel")).EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);

    public static Task<HttpResponseMessage> ActAsync(TestClient client, Guid id, string action, object fields) =>
        client.Http.PostAsJsonAsync($"/api/v1/applications/{id}/actions/{action}", fields);

    public static object Team(string leader, string[] members, string[]? experts = null) => new
    {
        leader, members, experts = experts ?? [], personDays = 2, purpose = "初次认证现场检查", basis = "认证实施规则", scope = "全部认证单元", from = "2026-12-01", to = "2026-12-02",
    };

    /// <summary>A CEC application of the demo applicant taken to its technical review with the given team (张检查员 leads, so the demo inspector acts).</summary>
    public static async Task<Guid> AwaitingReviewAsync(PcfCertHost host, string[]? members = null, string[]? experts = null)
    {
        using var applicant = host.CreateTestClient();
        await applicant.SignInOkAsync(Demo.Applicant);
        using var manager = host.CreateTestClient();
        await manager.SignInOkAsync(Demo.Manager);
        using var inspector = host.CreateTestClient();
        await inspector.SignInOkAsync(Demo.Inspector);
        var id = await Draft(applicant, Cec, "electronic-components");
        await UploadRequired(applicant, id, Cec);
        await Ok(applicant, id, "submit", Declared);
        await Ok(manager, id, "accept", Acceptance());
        var zhang = (await PersonAsync(manager, "张检查员")).GetProperty("id").GetString()!;
        var liu = (await PersonAsync(manager, "刘核查员")).GetProperty("id").GetString()!;
        await Ok(manager, id, "assign-team", Team(zhang, members ?? [liu], experts));
        await Ok(inspector, id, "complete-document-review", new { conclusion = "Ready" });
        await Ok(inspector, id, "start-inspection");
        var scheme = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{Cec}");
        await PassChecklist(inspector, id, scheme);
        var model = await File.ReadAllTextAsync(Path.Combine(LocalizationTests.RepositoryRoot(), "docs", "examples", "capacitor.model.json"));
        await Ok(inspector, id, "attach-model", new { model });
        await VerifyAll(inspector, id, scheme);
        await Ok(inspector, id, "record-verified-value", new { modelVersion = 1, noAccompanyingPersons = "true" });
        await Ok(inspector, id, "pass-inspection", Conclusion());
        await Ok(inspector, id, "issue-evaluation-report", EvaluationReport); // CEC 5.7.1: before the technical review
        return id;
    }

    /// <summary>
    /// A PCEC application of the demo applicant taken to its technical review (PCEC 7.6): 张检查员 leads with the given
    /// members, the footprint verified after the passed inspection (PCEC has no team evaluation report step).
    /// </summary>
    public static async Task<Guid> PcecAwaitingReviewAsync(PcfCertHost host, string[] members)
    {
        using var applicant = host.CreateTestClient();
        await applicant.SignInOkAsync(Demo.Applicant);
        using var manager = host.CreateTestClient();
        await manager.SignInOkAsync(Demo.Manager);
        using var inspector = host.CreateTestClient();
        await inspector.SignInOkAsync(Demo.Inspector);
        var id = await Draft(applicant, Pcec, "submersible-pump");
        await UploadRequired(applicant, id, Pcec);
        await Ok(applicant, id, "submit", Declared);
        await Ok(manager, id, "accept", Acceptance());
        var zhang = (await PersonAsync(manager, "张检查员")).GetProperty("id").GetString()!;
        await Ok(manager, id, "assign-team", Team(zhang, members));
        await Ok(inspector, id, "start-inspection");
        var scheme = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{Pcec}");
        await PassChecklist(inspector, id, scheme);
        var model = await File.ReadAllTextAsync(Path.Combine(LocalizationTests.RepositoryRoot(), "docs", "examples", "capacitor.model.json"));
        await Ok(inspector, id, "attach-model", new { model });
        await VerifyAll(inspector, id, scheme);
        await Ok(inspector, id, "record-verified-value", new { modelVersion = 1, noAccompanyingPersons = "true" });
        await Ok(inspector, id, "pass-inspection", Conclusion());
        return id;
    }

    /// <summary>The hidden concurrency stamp of a form page.</summary>
    public static string Stamp(string page, string field) =>
        Regex.Match(page, $"name=\"{Regex.Escape(field)}\" value=\"([^\"]+)\"").Groups[1].Value;
}
