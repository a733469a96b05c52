namespace PcfCert.Certification.Certificates;

/// <summary>A monthly footprint a holder reports for a certified product (input of <see cref="FootprintIncreaseRule"/>).</summary>
public sealed class FootprintReport
{
    private FootprintReport()
    {
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The certificate.</summary>
    public Guid CertificateId { get; private set; }

    /// <summary>First day of the reported month.</summary>
    public DateOnly Month { get; private set; }

    /// <summary>Footprint per functional unit in the certificate's unit.</summary>
    public decimal Value { get; private set; }

    /// <summary>The change the holder attributes it to.</summary>
    public FootprintChange Change { get; private set; }

    /// <summary>When it was filed.</summary>
    public DateTimeOffset FiledAt { get; private set; }

    /// <summary>Files a report for a month that has started.</summary>
    /// <param name="id">Identity.</param>
    /// <param name="certificateId">The certificate.</param>
    /// <param name="month">Any day of the month; stored as its first day.</param>
    /// <param name="value">Footprint, positive.</param>
    /// <param name="change">The attributed change.</param>
    /// <param name="today">Today; the month may not lie in the future.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The report.</returns>
    public static FootprintReport File(Guid id, Guid certificateId, DateOnly month, decimal value, FootprintChange change, DateOnly today, DateTimeOffset at)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "A footprint is positive.");
        }
        if (first > today)
        {
            throw new CertificateDomainException(CertificateError.DateOutOfOrder, "A month in the future cannot be reported.");
        }
        return new FootprintReport { Id = id, CertificateId = certificateId, Month = first, Value = value, Change = change, FiledAt = at };
    }

    /// <summary>The report as input of the rule.</summary>
    /// <returns>The month.</returns>
    public FootprintMonth ToMonth() => new(Month, Value, Change);
}

/// <summary>Kinds of notices the certificate life sends to the body and the holder.</summary>
public enum CertificateNoticeKind
{
    /// <summary>A planned surveillance enters the due list.</summary>
    SurveillanceDue,

    /// <summary>Time to apply for re-certification.</summary>
    RenewalReminder,

    /// <summary>The footprint-increase rule calls for re-certification.</summary>
    RecertificationRequired,

    /// <summary>A suspension reached its maximum: revoked.</summary>
    SuspensionLapsed,

    /// <summary>The validity ended.</summary>
    Expired,

    /// <summary>A nonconformity was not closed in time: suspended.</summary>
    RectificationOverdue,

    /// <summary>The body suspended the certificate.</summary>
    Suspended,

    /// <summary>The body restored it after a re-inspection.</summary>
    Restored,

    /// <summary>The body revoked it.</summary>
    Revoked,

    /// <summary>It was cancelled.</summary>
    Cancelled,
}

/// <summary>
/// A notice to the body and the holder. Its <see cref="Key"/> is unique: every scheduled effect writes its notice
/// in the same transaction, so an effect happens once even when several app instances run the schedule.
/// </summary>
public sealed class CertificateNotice
{
    private CertificateNotice()
    {
        Key = string.Empty;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Unique key of the effect, e.g. <c>expired:{certificate id}</c>.</summary>
    public string Key { get; private set; }

    /// <summary>The certificate.</summary>
    public Guid CertificateId { get; private set; }

    /// <summary>Kind.</summary>
    public CertificateNoticeKind Kind { get; private set; }

    /// <summary>The date it concerns (due date, expiry date…).</summary>
    public DateOnly On { get; private set; }

    /// <summary>When it was raised.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When an app instance took it for sending by e-mail; null while it waits in the outbox.</summary>
    public DateTimeOffset? MailedAt { get; private set; }

    /// <summary>Raises a notice.</summary>
    /// <param name="key">Unique effect key.</param>
    /// <param name="certificateId">The certificate.</param>
    /// <param name="kind">Kind.</param>
    /// <param name="on">The date it concerns.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The notice.</returns>
    public static CertificateNotice Raise(string key, Guid certificateId, CertificateNoticeKind kind, DateOnly on, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), Key = key, CertificateId = certificateId, Kind = kind, On = on, CreatedAt = at };

    /// <summary>Raises the notice of a status change the body made by hand; each such change is its own event.</summary>
    /// <param name="certificateId">The certificate.</param>
    /// <param name="kind">Suspended, Restored, Revoked or Cancelled.</param>
    /// <param name="on">The day of the change.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The notice.</returns>
    public static CertificateNotice OfStatusChange(Guid certificateId, CertificateNoticeKind kind, DateOnly on, DateTimeOffset at) =>
        Raise($"{kind.ToString().ToLowerInvariant()}:{certificateId}:{at.UtcTicks}", certificateId, kind, on, at);
}
