using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PcfCert.Web.Features.Registry;
using PcfCert.Web.Tests.Certificates;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Registry;

/// <summary>
/// Registry signatures over time (issue 12 item 8) on two app instances sharing one PostgreSQL database but not a key
/// directory: the signing key lives in the database, so both publish the same JWKS and sign with the same key; a key
/// left as a PEM file by an earlier version is taken over; the signed entry carries iat, a 15-minute exp, the status
/// date and the date the status began; a rotation on one instance is used by the other after its key refresh while the
/// old key stays published.
/// </summary>
public sealed class RegistrySignatureOnTwoInstances : IAsyncLifetime
{
    private readonly string _database = $"pcfcert_signing_{Guid.NewGuid():N}";
    private readonly string _keysA = Path.Combine(Path.GetTempPath(), $"pcfcert-keys-a-{Guid.NewGuid():N}");
    private readonly string _keysB = Path.Combine(Path.GetTempPath(), $"pcfcert-keys-b-{Guid.NewGuid():N}");
    // 2026-11-02 10:00 China time.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
    private string _legacyKid = "";
    private InstanceOnSharedPostgreSql _a = null!;
    private InstanceOnSharedPostgreSql _b = null!;

    public async Task InitializeAsync()
    {
        // A registry key as earlier versions kept it: {kid}.pem in instance A's key directory only.
        Directory.CreateDirectory(_keysA);
        _legacyKid = "20261101000000000-abc123";
        using (var legacy = ECDsa.Create(ECCurve.NamedCurves.nistP256))
        {
            await File.WriteAllTextAsync(Path.Combine(_keysA, _legacyKid + ".pem"), legacy.ExportPkcs8PrivateKeyPem());
        }
        await InstanceOnSharedPostgreSql.CreateDatabaseAsync(_database);
        _a = new InstanceOnSharedPostgreSql(_database, _clock, _keysA);
        _b = new InstanceOnSharedPostgreSql(_database, _clock, _keysB);
        _a.CreateClient().Dispose();
        _b.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await InstanceOnSharedPostgreSql.DropDatabaseAsync(_database);
        foreach (var dir in new[] { _keysA, _keysB }.Where(Directory.Exists))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Both_instances_sign_with_the_database_key_the_entry_expires_and_a_rotation_keeps_old_keys_published()
    {
        using var manager = await CertificateData.ManagerAsync(_a);
        var issued = await CertificateData.IssueAsync(_a, manager, applicant: "签名测试电子有限公司");
        var number = issued.GetProperty("number").GetString()!;
        var id = issued.GetProperty("id").GetGuid();
        using var onA = _a.CreateTestClient();
        using var onB = _b.CreateTestClient();

        // A took over the legacy file; B, with an empty key directory, publishes and signs with the same key.
        var jwksA = await onA.Http.GetStringAsync("/.well-known/jwks.json");
        var jwksB = await onB.Http.GetStringAsync("/.well-known/jwks.json");
        Assert.Equal(jwksA, jwksB);
        Assert.Equal([_legacyKid], Kids(jwksB));
        var first = await onB.Http.GetStringAsync($"/api/v1/registry/certificates/{number}/signed");
        Assert.Equal(_legacyKid, Header(first).GetProperty("kid").GetString());
        Assert.Equal("JWT", Header(first).GetProperty("typ").GetString());
        Assert.True(Verifies(first, jwksA));

        var claims = Payload(first);
        var issuedAt = _clock.GetUtcNow().ToUnixTimeSeconds();
        Assert.Equal(issuedAt, claims.GetProperty("iat").GetInt64());
        Assert.Equal(issuedAt + 15 * 60, claims.GetProperty("exp").GetInt64()); // Signing:RegistryEntryLifetimeMinutes 15
        Assert.Equal(number, claims.GetProperty("sub").GetString());
        Assert.Equal("Valid", claims.GetProperty("status").GetString());
        Assert.Equal("2026-11-02", claims.GetProperty("statusDate").GetString());

        // Suspended on A: a signature made afterwards on B says so; the saved "Valid" one expires 15 minutes after it was made.
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/suspend", new { reason = "监督不通过" })).StatusCode);
        _clock.Advance(TimeSpan.FromMinutes(16));
        var afterSuspension = Payload(await onB.Http.GetStringAsync($"/api/v1/registry/certificates/{number}/signed"));
        Assert.Equal("Suspended", afterSuspension.GetProperty("status").GetString());
        Assert.Equal("2026-11-02", afterSuspension.GetProperty("statusSince").GetString());
        Assert.True(claims.GetProperty("exp").GetInt64() < _clock.GetUtcNow().ToUnixTimeSeconds(), "the saved Valid entry has expired");

        // Rotation on A (the operator command); B signs with the new key after its refresh (60 s), the old key stays published.
        var output = new StringWriter();
        Assert.Equal(0, await SigningKeyCommand.RunAsync(_a.Services, output, ["signing-key", "rotate"]));
        _clock.Advance(TimeSpan.FromSeconds(61));
        var rotated = await onB.Http.GetStringAsync($"/api/v1/registry/certificates/{number}/signed");
        var newKid = Header(rotated).GetProperty("kid").GetString()!;
        Assert.NotEqual(_legacyKid, newKid);
        Assert.Contains(newKid, output.ToString(), StringComparison.Ordinal);
        var jwksAfter = await onB.Http.GetStringAsync("/.well-known/jwks.json");
        Assert.Equal([newKid, _legacyKid], Kids(jwksAfter));
        Assert.True(Verifies(rotated, jwksAfter));
        Assert.True(Verifies(first, jwksAfter));
        Assert.Equal(jwksAfter, await onA.Http.GetStringAsync("/.well-known/jwks.json"));
        Assert.Equal(2, Kids(jwksAfter).Count);
        Assert.False(Directory.Exists(_keysB) && Directory.GetFiles(_keysB, "*.pem").Length > 0, "no registry key written to disk");
    }

    [Fact]
    public async Task The_rotation_command_without_its_verb_prints_the_usage_and_changes_nothing()
    {
        using var onA = _a.CreateTestClient();
        var before = await onA.Http.GetStringAsync("/.well-known/jwks.json");
        var output = new StringWriter();
        Assert.Equal(2, await SigningKeyCommand.RunAsync(_a.Services, output, ["signing-key"]));
        Assert.Contains("usage: signing-key rotate", output.ToString(), StringComparison.Ordinal);
        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(before, await onA.Http.GetStringAsync("/.well-known/jwks.json"));
    }

    private static List<string> Kids(string jwks) =>
        JsonDocument.Parse(jwks).RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!).ToList();

    private static JsonElement Header(string jws) => JsonDocument.Parse(Base64Url.DecodeFromChars(jws.Split('.')[0])).RootElement;

    private static JsonElement Payload(string jws) => JsonDocument.Parse(Base64Url.DecodeFromChars(jws.Split('.')[1])).RootElement;

    private static bool Verifies(string jws, string jwks)
    {
        var parts = jws.Split('.');
        var kid = Header(jws).GetProperty("kid").GetString();
        var key = JsonDocument.Parse(jwks).RootElement.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("kid").GetString() == kid);
        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64Url.DecodeFromChars(key.GetProperty("x").GetString()!), Y = Base64Url.DecodeFromChars(key.GetProperty("y").GetString()!) },
        });
        return ecdsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }
}
