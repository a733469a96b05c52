namespace PcfCert.Infrastructure.Pact;

/// <summary>
/// One published PACT ProductFootprint of a certificate. A footprint is published only from a valid certificate; when
/// the certificate is suspended, revoked, cancelled, expires or is replaced, the footprint turns Deprecated (revision
/// + 1); a change or restoration publishes a new footprint that names the earlier ones in <c>precedingPfIds</c>.
/// </summary>
public sealed class PactFootprint
{
    /// <summary>The PACT <c>id</c> (pfId).</summary>
    public Guid Id { get; set; }

    public Guid CertificateId { get; set; }

    public string CertificateNumber { get; set; } = string.Empty;

    /// <summary>1, 2, … per certificate; unique, so two instances cannot publish the same footprint twice.</summary>
    public int Sequence { get; set; }

    /// <summary>The certificate version it was mapped from.</summary>
    public int CertificateVersion { get; set; }

    public Guid? HolderOrganisationId { get; set; }

    /// <summary><c>Active</c> or <c>Deprecated</c>.</summary>
    public string Status { get; set; } = PactStatus.Active;

    public DateTimeOffset Created { get; set; }

    /// <summary>1 when published; 2 once deprecated.</summary>
    public int Revision { get; set; } = 1;

    public DateTimeOffset? DeprecatedAt { get; set; }

    /// <summary>The ProductFootprint JSON as it is served.</summary>
    public string Document { get; set; } = string.Empty;

    public Guid ConcurrencyStamp { get; set; }
}

public static class PactStatus
{
    public const string Active = "Active";
    public const string Deprecated = "Deprecated";
}

/// <summary>
/// A PACT event: one received on <c>/3/events</c> (<see cref="Direction"/> In) or one to deliver to a client's
/// events URL (Out, an outbox row retried with exponential back-off for at most 72 hours).
/// </summary>
public sealed class PactEvent
{
    public Guid Id { get; set; }

    public string Direction { get; set; } = string.Empty;

    /// <summary>CloudEvents <c>type</c>, e.g. <c>org.wbcsd.pact.ProductFootprint.PublishedEvent.3</c>.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>CloudEvents <c>id</c> (received) or ours (sent).</summary>
    public string EventId { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;

    public Guid? ApiClientId { get; set; }

    public DateTimeOffset Time { get; set; }

    /// <summary>The whole CloudEvent JSON.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>For Out: where to POST it.</summary>
    public string? Target { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public DateTimeOffset? AbandonedAt { get; set; }

    public string? LastError { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>The certificate state last published to PACT: a row per certificate, read by the publication run.</summary>
public sealed class PactCertificateMark
{
    public Guid CertificateId { get; set; }

    public Guid Stamp { get; set; }
}

/// <summary>The holder lets one customer's API client read the PACT footprints of one certificate.</summary>
public sealed class PactGrant
{
    public Guid Id { get; set; }

    public Guid CertificateId { get; set; }

    public Guid ApiClientId { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    public string GrantedBy { get; set; } = string.Empty;

    public DateTimeOffset? RevokedAt { get; set; }
}
