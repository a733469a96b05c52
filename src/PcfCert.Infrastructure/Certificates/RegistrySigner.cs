using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Buffers.Text;

namespace PcfCert.Infrastructure.Certificates;

/// <summary>Where the registry signing keys live; bound from the <c>Signing</c> section. Never in the database.</summary>
public sealed class SigningOptions
{
    public const string Section = "Signing";

    public string KeyDirectory { get; set; } = "data/keys";
}

/// <summary>
/// Signs registry documents as compact JWS (ES256, RFC 7515/7518) with the certification body's key, and
/// publishes every public key as a JWK Set. Keys are PKCS#8 PEM files <c>{kid}.pem</c> in the key directory; the
/// newest file signs, older ones stay published so earlier signatures still verify. Rotation adds a file.
/// </summary>
public sealed class RegistrySigner
{
    private readonly string _directory;
    private readonly Lock _gate = new();

    public RegistrySigner(SigningOptions options)
    {
        _directory = Path.GetFullPath(options.KeyDirectory);
        Directory.CreateDirectory(_directory);
    }

    /// <summary>Signs a JSON document; the payload is the exact UTF-8 bytes of <paramref name="json"/>.</summary>
    public string Sign(string json)
    {
        var (kid, key) = CurrentKey();
        using (key)
        {
            var header = JsonSerializer.Serialize(new { alg = "ES256", typ = "JOSE", cty = "application/json", kid });
            var signingInput = $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header))}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json))}";
            // IEEE P1363 (r || s, 64 bytes) is the JWS encoding of an ECDSA signature.
            var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
            return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
        }
    }

    /// <summary>The JWK Set of every key in the directory, newest first.</summary>
    public JsonObject Jwks()
    {
        CurrentKey().Key.Dispose(); // makes sure one key exists
        var keys = new JsonArray();
        foreach (var (kid, path) in KeyFiles())
        {
            using var key = Load(path);
            var p = key.ExportParameters(includePrivateParameters: false);
            keys.Add(new JsonObject
            {
                ["kty"] = "EC", ["crv"] = "P-256", ["use"] = "sig", ["alg"] = "ES256", ["kid"] = kid,
                ["x"] = Base64Url.EncodeToString(p.Q.X!), ["y"] = Base64Url.EncodeToString(p.Q.Y!),
            });
        }
        return new JsonObject { ["keys"] = keys };
    }

    /// <summary>Creates a new signing key; earlier keys remain published.</summary>
    public string Rotate()
    {
        lock (_gate)
        {
            var kid = $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{RandomNumberGenerator.GetHexString(6, lowercase: true)}";
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var path = Path.Combine(_directory, kid + ".pem");
            // CreateNew: two instances sharing the directory never overwrite each other's key.
            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(key.ExportPkcs8PrivateKeyPem());
            }
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            return kid;
        }
    }

    private (string Kid, ECDsa Key) CurrentKey()
    {
        var newest = KeyFiles().FirstOrDefault();
        if (newest.Path is null)
        {
            Rotate();
            newest = KeyFiles().First();
        }
        return (newest.Kid, Load(newest.Path));
    }

    private IEnumerable<(string Kid, string Path)> KeyFiles() =>
        Directory.EnumerateFiles(_directory, "*.pem")
            .Select(p => (Kid: Path.GetFileNameWithoutExtension(p), Path: p))
            .OrderByDescending(k => k.Kid, StringComparer.Ordinal)
            .ToList();

    private static ECDsa Load(string path)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return key;
    }
}
