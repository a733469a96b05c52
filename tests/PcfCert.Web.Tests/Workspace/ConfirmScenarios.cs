using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Workspace;

/// <summary>Actions that cannot be undone ask first, with a sentence saying what follows (wwwroot/js/confirm.js).</summary>
public abstract class ConfirmScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private const string Pcec = "zcxh-xz-15-2024-v4.0";

    [Fact]
    public async Task Only_the_return_of_the_last_allowed_rectification_asks_first_and_says_the_inspection_fails()
    {
        using var applicant = await SignedIn(Demo.Applicant);
        var id = await WorkflowScenarios<THost>.Draft(applicant, Pcec, "submersible-pump");
        await WorkflowScenarios<THost>.UploadRequired(applicant, id, Pcec);
        var page = await applicant.GetPageAsync($"/Applications/Details/{id}");
        Assert.Contains("data-confirm=\"删除文件", page); // removing an uploaded document (the form's files)

        await WorkflowScenarios<THost>.Ok(applicant, id, "submit", WorkflowScenarios<THost>.Declared);
        using var manager = await SignedIn(Demo.Manager);
        await WorkflowScenarios<THost>.Ok(manager, id, "accept", WorkflowScenarios<THost>.Acceptance());
        var people = await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/personnel");
        var zhang = people.EnumerateArray().First(p => p.GetProperty("name").GetString() == "张检查员").GetProperty("id").GetString()!;
        await WorkflowScenarios<THost>.Ok(manager, id, "assign-team", new
        {
            leader = zhang, members = Array.Empty<string>(), personDays = 2, purpose = "初次认证现场检查", basis = "认证实施规则", scope = "全部认证单元",
            from = "2026-12-01", to = "2026-12-02",
        });
        using var inspector = await SignedIn(Demo.Inspector);
        await WorkflowScenarios<THost>.Ok(inspector, id, "start-inspection");
        await WorkflowScenarios<THost>.Ok(inspector, id, "raise-nonconformity", new { clauseId = "4", description = "能源计量器具未按期校准" });

        // PCEC allows two submissions: returning the first asks nothing, returning the second fails the inspection.
        await WorkflowScenarios<THost>.Ok(applicant, id, "submit-rectification", new { number = 1, evidence = "第 1 次整改" });
        Assert.DoesNotContain("data-confirm=\"这是最后一次", await inspector.GetPageAsync($"/Applications/Details/{id}"));
        await WorkflowScenarios<THost>.Ok(inspector, id, "judge-rectification", new { number = 1, accepted = "false", comment = "不充分" });
        await WorkflowScenarios<THost>.Ok(applicant, id, "submit-rectification", new { number = 1, evidence = "第 2 次整改" });
        Assert.Contains("data-confirm=\"这是最后一次允许的整改提交：退回后现场检查即判定为不通过", await inspector.GetPageAsync($"/Applications/Details/{id}"));
    }

    private async Task<TestClient> SignedIn(string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }
}

public sealed class ConfirmOnSqlite(SqliteHost host) : ConfirmScenarios<SqliteHost>(host);
