using PcfCert.Certification.Schemes;

namespace PcfCert.Infrastructure.Records;

/// <summary>
/// How long a certification file is kept: the scheme's record-retention period (CEC annex 3 2.3: at least 24 months;
/// PCEC annex 1 2.3: at least 3 years) counted from the day the file's last certificate ended (expired, revoked,
/// cancelled or superseded), or, when no certificate was issued, from the day the project ended (decision, rejection
/// or failed inspection). PcfCert applies to the body's own file the period the rule sets for records.
/// </summary>
public static class RetentionPolicy
{
    /// <summary>The first day the file may be deleted, or null while it is still open (certificate in force, project running).</summary>
    /// <param name="scheme">The scheme (its <c>recordRetentionMonths</c>).</param>
    /// <param name="endedOn">The day the certificate or project ended; null while open.</param>
    public static DateOnly? DeletableFrom(SchemeDefinition scheme, DateOnly? endedOn)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var months = scheme.Parameters.RecordRetentionMonths.Value
            ?? throw new InvalidOperationException($"Scheme {scheme.Id} sets no record retention period.");
        // Kept for the whole period: ended 2026-03-15 with 24 months → kept through 2028-03-15, deletable from 2028-03-16.
        return endedOn is { } end ? end.AddMonths(months).AddDays(1) : null;
    }
}
