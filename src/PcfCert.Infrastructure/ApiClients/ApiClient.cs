namespace PcfCert.Infrastructure.ApiClients;

/// <summary>
/// A program that calls PcfCert for one organisation (OAuth 2.0 client credentials). The secret is shown once at
/// registration and only its SHA-256 is kept; a revoked client gets no new token and its tokens stop working.
/// </summary>
public sealed class ApiClient
{
    public Guid Id { get; set; }

    /// <summary>The public client id, e.g. <c>pcf_3f2a…</c>.</summary>
    public string ClientId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>The organisation the client acts for, with the same access as that organisation's users.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>Space-separated scopes, see <c>ApiScopes</c>.</summary>
    public string Scopes { get; set; } = string.Empty;

    /// <summary>Hex SHA-256 of the secret (the secret is 32 random bytes, so a fast hash is enough).</summary>
    public string SecretHash { get; set; } = string.Empty;

    /// <summary>Where PACT events for this client are delivered (its <c>/3/events</c> base URL); null for none.</summary>
    public string? CallbackUrl { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }
}

/// <summary>An access token issued to a client; only its SHA-256 is stored.</summary>
public sealed class ApiAccessToken
{
    public Guid Id { get; set; }

    public Guid ApiClientId { get; set; }

    public string TokenHash { get; set; } = string.Empty;

    public string Scopes { get; set; } = string.Empty;

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
