using System.Net;
using System.Text.RegularExpressions;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Security.Tests;

/// <summary>Users made for one test through the administrator's page, so that no test disturbs the demo users.</summary>
public static partial class Users
{
    public static async Task<string> CreateStaffAsync(PcfCertHost host, string role = "Inspector")
    {
        using var admin = host.CreateTestClient();
        await admin.SignInOkAsync(Demo.Admin);
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.cn";
        var created = await admin.PostFormAsync("/Users/Create",
        [
            new("Input.Email", email), new("Input.DisplayName", "测试人员"), new("Input.Role", role), new("Input.Password", TestClient.DemoPassword),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return email;
    }

    /// <summary>The user's id as the users page shows it in the deactivate form.</summary>
    public static async Task<string> IdAsync(TestClient admin, string email)
    {
        var page = await admin.GetPageAsync("/Users");
        var row = Regex.Match(page, "<tr>(?:(?!</tr>).)*?" + Regex.Escape(email) + "(?:(?!</tr>).)*?</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"{email} not on the users page");
        return Id().Match(row.Value).Groups[1].Value;
    }

    [GeneratedRegex("id=([0-9a-f-]{36})")]
    private static partial Regex Id();
}
