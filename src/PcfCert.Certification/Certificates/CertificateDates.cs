namespace PcfCert.Certification.Certificates;

/// <summary>
/// Date arithmetic of certificates. Periods follow the Civil Code of the PRC, articles 201–202: a period counts
/// from the day after the event, and a period in months ends on the corresponding day of the last month (the
/// month's last day when there is none) — which is what <see cref="DateOnly.AddMonths"/> computes.
/// </summary>
public static class CertificateDates
{
    /// <summary>China Standard Time has no daylight saving: UTC+8 all year.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Today's date in China.</summary>
    /// <param name="time">The clock.</param>
    /// <returns>The date.</returns>
    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    /// <summary>Last day of validity: issued 2026-03-15 with 36 months is valid until 2029-03-15.</summary>
    /// <param name="issuedOn">Issue date.</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <returns>The last day of validity.</returns>
    public static DateOnly ValidUntil(DateOnly issuedOn, CertificateRules rules) => issuedOn.AddMonths(rules.ValidityMonths);

    /// <summary>Last day a suspension may last ("不超过 6 个月"): suspended 2026-01-10, last day 2026-07-10.</summary>
    /// <param name="suspendedOn">Suspension date.</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <returns>The last day.</returns>
    public static DateOnly SuspensionLastDay(DateOnly suspendedOn, CertificateRules rules) => suspendedOn.AddMonths(rules.SuspensionMaxMonths);

    /// <summary>The day a suspension not restored becomes a revocation: the day after its last day.</summary>
    /// <param name="suspendedOn">Suspension date.</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <returns>The revocation day.</returns>
    public static DateOnly RevocationDueOn(DateOnly suspendedOn, CertificateRules rules) => SuspensionLastDay(suspendedOn, rules).AddDays(1);

    /// <summary>The last day to apply a suspension after confirming the facts (PCEC 9.4: 5 days); null when the rule sets none.</summary>
    /// <param name="factsConfirmedOn">When the facts were confirmed.</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <returns>The deadline or null.</returns>
    public static DateOnly? SuspendBy(DateOnly factsConfirmedOn, CertificateRules rules) =>
        rules.SuspensionDeadlineDays is int days ? factsConfirmedOn.AddDays(days) : null;

    /// <summary>The last day to close a surveillance nonconformity: found 2026-05-31 with 2 months, 2026-07-31.</summary>
    /// <param name="foundOn">When the nonconformity was raised.</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <returns>The deadline.</returns>
    public static DateOnly RectifyBy(DateOnly foundOn, CertificateRules rules) => foundOn.AddMonths(rules.RectificationMonths);
}
