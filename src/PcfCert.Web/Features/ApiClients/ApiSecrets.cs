using System.Security.Cryptography;
using System.Text;

namespace PcfCert.Web.Features.ApiClients;

/// <summary>
/// Client secrets and access tokens are 32 random bytes (base64url) with a readable prefix. Only their SHA-256 is
/// stored: with 256 bits of entropy a slow password hash adds nothing, and a look-up by hash stays one index seek.
/// </summary>
public static class ApiSecrets
{
    public const string SecretPrefix = "pcfsec_";
    public const string TokenPrefix = "pcfat_";

    public static string NewClientId() => "pcf_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));

    public static string NewSecret() => SecretPrefix + Random32();

    public static string NewToken() => TokenPrefix + Random32();

    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>Compares a presented secret with a stored hash in constant time.</summary>
    public static bool Matches(string presented, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(storedHash));

    private static string Random32() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
