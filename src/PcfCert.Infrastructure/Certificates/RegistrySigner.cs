using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Infrastructure.Identity;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Infrastructure.Certificates;

/// <summary>Signing settings; bound from the <c>Signing</c> section.</summary>
public sealed class SigningOptions
{
    public const string Section = "Signing";

    /// <summary>
    /// Directory of the document-signing certificates (<c>records/</c>). Registry keys live in the database; PEM files
    /// left here by earlier versions (<c>{kid}.pem</c>) are copied into the database once, so their signatures still verify.
    /// </summary>
    public string KeyDirectory { get; set; } = "data/keys";

    /// <summary>How long a signed registry entry is valid (<c>exp</c> − <c>iat</c>); a saved signature then expires.</summary>
    public int RegistryEntryLifetimeMinutes { get; set; } = 15;

    /// <summary>How often an instance re-reads the keys, so a rotation made elsewhere is used and published here.</summary>
    public int KeyRefreshSeconds { get; set; } = 60;
}

/// <summary>
/// Signs registry documents as compact JWS (ES256, RFC 7515/7518; a JWT when the payload carries <c>iat</c>/<c>exp</c>)
/// and publishes every public key as a JWK Set. Keys are ECDSA P-256 keys in the <c>signing_keys</c> table, so every
/// instance on the database signs with the same key and publishes the same set. The newest key signs; older keys stay
/// published so earlier signatures verify. Rotation adds a key.
/// </summary>
public sealed class RegistrySigner(IServiceScopeFactory scopes, SigningOptions options, TimeProvider time)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DateTimeOffset LoadedAt, IReadOnlyList<SigningKey> Keys)? _cache;

    /// <summary>
    /// Signs <paramref name="claims"/> with <c>iat</c> (now) and <c>exp</c> (now + the entry lifetime) added, in Unix
    /// seconds, so that a saved signature cannot be replayed after it expires.
    /// </summary>
    public async Task<string> SignWithLifetimeAsync(JsonObject claims, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        claims["iat"] = now;
        claims["exp"] = now + (long)options.RegistryEntryLifetimeMinutes * 60;
        return await SignAsync(claims.ToJsonString(), "JWT", ct);
    }

    /// <summary>Signs a JSON document; the payload is the exact UTF-8 bytes of <paramref name="json"/>.</summary>
    public async Task<string> SignAsync(string json, string type = "JOSE", CancellationToken ct = default)
    {
        var current = (await KeysAsync(ct))[0];
        using var key = Load(current);
        var header = JsonSerializer.Serialize(new { alg = "ES256", typ = type, kid = current.Kid });
        var signingInput = $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header))}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json))}";
        // IEEE P1363 (r || s, 64 bytes) is the JWS encoding of an ECDSA signature.
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>The JWK Set of every key, newest first.</summary>
    public async Task<JsonObject> JwksAsync(CancellationToken ct = default)
    {
        var keys = new JsonArray();
        foreach (var stored in await KeysAsync(ct))
        {
            using var key = Load(stored);
            var p = key.ExportParameters(includePrivateParameters: false);
            keys.Add(new JsonObject
            {
                ["kty"] = "EC", ["crv"] = "P-256", ["use"] = "sig", ["alg"] = "ES256", ["kid"] = stored.Kid,
                ["x"] = Base64Url.EncodeToString(p.Q.X!), ["y"] = Base64Url.EncodeToString(p.Q.Y!),
            });
        }
        return new JsonObject { ["keys"] = keys };
    }

    /// <summary>Creates a new signing key in the database; earlier keys remain published. Returns its key id.</summary>
    public async Task<string> RotateAsync(CancellationToken ct = default)
    {
        var key = NewKey();
        await AddAsync([key], ct);
        _cache = null;
        return key.Kid;
    }

    private async Task<IReadOnlyList<SigningKey>> KeysAsync(CancellationToken ct)
    {
        if (_cache is { } fresh && time.GetUtcNow() - fresh.LoadedAt < TimeSpan.FromSeconds(options.KeyRefreshSeconds))
        {
            return fresh.Keys;
        }
        await _gate.WaitAsync(ct);
        try
        {
            if (_cache is { } other && time.GetUtcNow() - other.LoadedAt < TimeSpan.FromSeconds(options.KeyRefreshSeconds))
            {
                return other.Keys;
            }
            var keys = await ReadAsync(ct);
            var legacy = LegacyKeyFiles().Where(f => keys.All(k => k.Kid != f.Kid)).ToList();
            if (legacy.Count > 0 || keys.Count == 0)
            {
                await AddAsync(legacy.Count > 0 ? legacy : [NewKey()], ct);
                keys = await ReadAsync(ct);
            }
            _cache = (time.GetUtcNow(), keys);
            return keys;
        }
        finally
        {
            _gate.Release();
        }
    }

    private SigningKey NewKey()
    {
        var now = time.GetUtcNow();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new SigningKey
        {
            Kid = $"{now.UtcDateTime:yyyyMMddHHmmssfff}-{RandomNumberGenerator.GetHexString(6, lowercase: true)}",
            PrivateKeyPem = key.ExportPkcs8PrivateKeyPem(),
            CreatedAt = now,
        };
    }

    private async Task<IReadOnlyList<SigningKey>> ReadAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
        var keys = await db.SigningKeys.AsNoTracking().ToListAsync(ct);
        // Key ids begin with their creation time, so ordinal order is age order (newest first signs).
        return keys.OrderByDescending(k => k.Kid, StringComparer.Ordinal).ToList();
    }

    private async Task AddAsync(IReadOnlyList<SigningKey> keys, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcfCertDbContext>();
        db.SigningKeys.AddRange(keys);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance copied the same legacy file first; its row is the same key.
        }
    }

    /// <summary>Registry keys that earlier versions kept as <c>{kid}.pem</c> files in the key directory.</summary>
    private IEnumerable<SigningKey> LegacyKeyFiles()
    {
        var directory = Path.GetFullPath(options.KeyDirectory);
        if (!Directory.Exists(directory))
        {
            return [];
        }
        return Directory.EnumerateFiles(directory, "*.pem")
            .Select(p => new SigningKey
            {
                Kid = Path.GetFileNameWithoutExtension(p),
                PrivateKeyPem = File.ReadAllText(p),
                CreatedAt = new DateTimeOffset(File.GetLastWriteTimeUtc(p), TimeSpan.Zero),
            })
            .ToList();
    }

    private static ECDsa Load(SigningKey stored)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(stored.PrivateKeyPem);
        return key;
    }
}
