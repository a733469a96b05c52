namespace PcfCert.Certification.Schemes;

/// <summary>How strongly a rule words an obligation.</summary>
public enum Modality
{
    /// <summary>应 / 应当 / 必须.</summary>
    Must,

    /// <summary>宜 (recommended).</summary>
    Should,

    /// <summary>可 (permitted).</summary>
    May,
}

/// <summary>How the renewal deadline relates to expiry.</summary>
public enum RenewalTiming
{
    /// <summary>
    /// "届满前 N 个月内": the application falls inside the window of the last N months before expiry.
    /// </summary>
    WithinMonthsBeforeExpiry,

    /// <summary>"届满前 N 个月提交": filed no later than N months before expiry.</summary>
    NoLaterThanMonthsBeforeExpiry,
}

/// <summary>
/// Renewal when the certificate expires and the holder wants to continue (证书延续 / 再认证). The months
/// are <see cref="SchemeParameters.RenewalApplicationMonthsBeforeExpiry"/>; the two rules word the
/// window differently, so <see cref="Timing"/> keeps that difference.
/// </summary>
/// <param name="Modality">应当 for both seeds, conditional on the holder wanting to continue.</param>
/// <param name="Timing">Window or deadline.</param>
/// <param name="Process">What the renewal consists of.</param>
/// <param name="Clause">Where the rule says it.</param>
/// <param name="Source">The rule's sentence.</param>
public sealed record RenewalRule(Modality Modality, RenewalTiming Timing, LocalizedText Process, string Clause, string Source);
