namespace PcfCert.Infrastructure.Identity;

/// <summary>
/// A registry signing key (ECDSA P-256, PKCS#8 PEM) stored in the database, so that every instance signs with the same
/// key and publishes the same JWKS. The newest key signs; older keys stay published so earlier signatures verify.
/// </summary>
public sealed class SigningKey
{
    /// <summary>Key id: creation time (yyyyMMddHHmmssfff) and a random suffix, so that ids sort by age.</summary>
    public string Kid { get; set; } = string.Empty;

    public string PrivateKeyPem { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
