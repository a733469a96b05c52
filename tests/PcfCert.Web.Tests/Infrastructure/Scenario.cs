using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PcfCert.Web.Tests.Infrastructure;

/// <summary>Builders that speak the domain: a valid organisation and an applicant user of it, made through the app itself.</summary>
public static class Scenario
{
    private static int _sequence;

    /// <summary>A valid, unique credit code: 17 characters with the GB 32100-2015 check character appended.</summary>
    public static string NewCreditCode()
    {
        var n = Interlocked.Increment(ref _sequence) + Random.Shared.Next(0, 900_000);
        var first17 = $"91110108{n:D9}";
        return first17 + PcfCert.Certification.Organisations.UnifiedSocialCreditCode.CheckCharacter(first17);
    }

    public static object Organisation(string name, string? creditCode = null) => new
    {
        name,
        creditCode = creditCode ?? NewCreditCode(),
        registeredAddress = "北京市海淀区中关村大街 1 号",
        postalCode = "100080",
        nature = "Private",
        revenueAtLeast20MillionYuan = true,
    };

    /// <summary>Registers an organisation and creates an applicant user of it; returns a client signed in as that user.</summary>
    public static async Task<(TestClient Client, Guid OrganisationId, string Email)> NewApplicantAsync(PcfCertHost host)
    {
        using var admin = host.CreateTestClient();
        await admin.SignInOkAsync(Demo.Admin);
        var created = await admin.Http.PostAsJsonAsync("/api/v1/organisations", Organisation($"测试企业 {Guid.NewGuid():N}"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var email = $"applicant-{Guid.NewGuid():N}@example.cn";
        var user = await admin.PostFormAsync("/Users/Create",
        [
            new("Input.Email", email), new("Input.DisplayName", "测试用户"), new("Input.Role", "Applicant"),
            new("Input.OrganisationId", id.ToString()), new("Input.Password", TestClient.DemoPassword),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, user.StatusCode);
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return (client, id, email);
    }
}
