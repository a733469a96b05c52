using System.Net;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Security.Tests;

/// <summary>
/// Issue 12 item 5: password guessing is throttled per account and address, per address and per account, without a
/// stranger being able to lock out an administrator who has signed in from their browser before, and the answers do
/// not reveal whether an account exists. Each test uses its own addresses (X-Forwarded-For from a trusted peer) and
/// its own users.
/// </summary>
public abstract class ThrottleScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    private static int _net;

    /// <summary>A fresh block of documentation addresses (RFC 5737) for one test.</summary>
    private static string Address(int block, int host) => $"198.{18 + block % 2}.{block / 2 % 256}.{host}";

    private static int NewBlock() => Interlocked.Increment(ref _net) + Random.Shared.Next(0, 200) * 10;

    private TestClient From(string address)
    {
        var client = host.CreateTestClient();
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private async Task<string> FailAsync(string address, string email)
    {
        using var client = From(address);
        var response = await client.SignInAsync(email, "wrong-password-1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return SessionScenarios<THost>.SignInError(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_failures_from_one_address_hold_back_that_address_only()
    {
        var email = await Users.CreateStaffAsync(host);
        var block = NewBlock();
        for (var i = 0; i < 5; i++)
        {
            await FailAsync(Address(block, 1), email);
        }
        using var sameAddress = From(Address(block, 1));
        var held = await sameAddress.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, held.StatusCode); // the right password, but throttled: no session
        using var otherAddress = From(Address(block, 2));
        Assert.Equal(HttpStatusCode.Redirect, (await otherAddress.SignInAsync(email)).StatusCode);
    }

    [Fact]
    public async Task A_stranger_failing_from_many_addresses_does_not_lock_out_the_administrators_own_browser()
    {
        var admin = await Users.CreateStaffAsync(host, "Administrator");
        var block = NewBlock();
        using var browser = From(Address(block, 200));
        await browser.SignInOkAsync(admin); // the administrator's browser now holds the device cookie
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/Account/Logout", [], "/")).StatusCode);

        for (var i = 1; i <= 12; i++)
        {
            await FailAsync(Address(block, i), admin); // 12 addresses, 1 failure each: over the per-account limit of 10
        }
        using var strangerWithPassword = From(Address(block, 99));
        Assert.Equal(HttpStatusCode.OK, (await strangerWithPassword.SignInAsync(admin)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(admin)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Spraying_many_accounts_from_one_address_holds_back_that_address()
    {
        var block = NewBlock();
        for (var i = 0; i < 20; i++)
        {
            await FailAsync(Address(block, 7), $"nobody-{i}-{Guid.NewGuid():N}@example.cn");
        }
        var email = await Users.CreateStaffAsync(host);
        using var sprayer = From(Address(block, 7));
        Assert.Equal(HttpStatusCode.OK, (await sprayer.SignInAsync(email)).StatusCode);
        using var neighbour = From(Address(block, 8));
        Assert.Equal(HttpStatusCode.Redirect, (await neighbour.SignInAsync(email)).StatusCode);
    }

    [Fact]
    public async Task The_answers_are_the_same_whether_or_not_the_account_exists()
    {
        var known = await Users.CreateStaffAsync(host);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.cn";
        var block = NewBlock();
        var knownAnswers = new List<string>();
        var unknownAnswers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            knownAnswers.Add(await FailAsync(Address(block, 1), known));
            unknownAnswers.Add(await FailAsync(Address(block, 2), unknown));
        }
        Assert.Equal(knownAnswers, unknownAnswers);
        Assert.NotEqual(knownAnswers[0], knownAnswers[5]); // the sixth says "wait", for both
    }
}

public sealed class ThrottleOnSqlite(SqliteHost host) : ThrottleScenarios<SqliteHost>(host);

public sealed class ThrottleOnPostgreSql(PostgreSqlHost host) : ThrottleScenarios<PostgreSqlHost>(host);
