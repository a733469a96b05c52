using System.Net;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Security.Tests;

/// <summary>
/// Issue 12 item 4: signing out and deactivation end a session on the server — a copied sign-in cookie is refused
/// afterwards — and the administrator cannot deactivate themself.
/// </summary>
public abstract class SessionScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        var email = await Users.CreateStaffAsync(host);
        var owner = RawSession.Create(host);
        await owner.SignInOkAsync(email);
        var stolen = RawSession.WithAuthCookie(host, owner.AuthCookie!);
        Assert.Equal(HttpStatusCode.OK, (await stolen.SendAsync(HttpMethod.Get, "/api/v1/me")).StatusCode);

        var signOut = await owner.PostFormAsync("/Account/Logout", "/", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await stolen.SendAsync(HttpMethod.Get, "/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await stolen.SendAsync(HttpMethod.Get, "/Applications")).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_user_loses_its_session_and_cannot_sign_in_until_reactivated()
    {
        var email = await Users.CreateStaffAsync(host);
        using var user = host.CreateTestClient();
        await user.SignInOkAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await user.Http.GetAsync("/api/v1/me")).StatusCode);

        using var admin = host.CreateTestClient();
        await admin.SignInOkAsync(Demo.Admin);
        var id = await Users.IdAsync(admin, email);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Users?handler=Deactivate&id={id}", [], "/Users")).StatusCode);
        Assert.Contains("data-testid=\"user-reactivate-" + email, await admin.GetPageAsync("/Users"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Http.GetAsync("/api/v1/me")).StatusCode);
        using var again = host.CreateTestClient();
        var refused = await again.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        using var wrong = host.CreateTestClient();
        var wrongPassword = await wrong.SignInAsync(await Users.CreateStaffAsync(host), "not-the-password");
        Assert.Equal(SignInError(await wrongPassword.Content.ReadAsStringAsync()), SignInError(await refused.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Users?handler=Reactivate&id={id}", [], "/Users")).StatusCode);
        using var back = host.CreateTestClient();
        await back.SignInOkAsync(email);
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_themself()
    {
        var email = await Users.CreateStaffAsync(host, "Administrator");
        using var admin = host.CreateTestClient();
        await admin.SignInOkAsync(email);
        var id = await Users.IdAsync(admin, email);
        var response = await admin.PostFormAsync($"/Users?handler=Deactivate&id={id}", [], "/Users");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/api/v1/me")).StatusCode);
        Assert.Contains("data-testid=\"user-deactivate-" + email, await admin.GetPageAsync("/Users"));
    }

    [Fact]
    public async Task Staff_who_are_not_administrators_cannot_deactivate_anyone()
    {
        using var manager = host.CreateTestClient();
        await manager.SignInOkAsync(Demo.Manager);
        var response = await manager.Http.PostAsync("/Users?handler=Deactivate&id=x", new FormUrlEncodedContent([]));
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"answered {(int)response.StatusCode}");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.Http.GetAsync("/Users")).StatusCode); // to access denied
    }

    internal static string SignInError(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "<div class=\"errors\"[^>]*>(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(match.Success, "the sign-in page shows no error");
        return match.Groups[1].Value.Trim();
    }
}

public sealed class SessionsOnSqlite(SqliteHost host) : SessionScenarios<SqliteHost>(host);

public sealed class SessionsOnPostgreSql(PostgreSqlHost host) : SessionScenarios<PostgreSqlHost>(host);
