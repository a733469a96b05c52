namespace PcfCert.Certification.Certificates;

/// <summary>
/// One version of a certificate's contents with the number and validity it was issued under. A later version notes
/// its change date (换证日期) and keeps or renews the number and validity as the scheme's certificate-change flags say
/// (CEC 7.3 keeps both; PCEC 9.3 keeps the validity only).
/// </summary>
public sealed class CertificateVersion
{
    private CertificateVersion()
    {
        Particulars = null!;
        Number = string.Empty;
    }

    internal CertificateVersion(Guid id, int version, CertificateParticulars particulars, DateOnly effectiveOn, Guid? changeRequestId,
        string number, DateOnly validFrom, DateOnly validUntil)
    {
        Id = id;
        Version = version;
        Particulars = particulars;
        EffectiveOn = effectiveOn;
        ChangeRequestId = changeRequestId;
        Number = number;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }

    /// <summary>证书编号 this version was issued under: the certificate's first number, or a new one where the scheme does not keep it.</summary>
    public string Number { get; private set; }

    /// <summary>First day of this version's validity (发证日期 printed on it): the original issue date when the validity is kept.</summary>
    public DateOnly ValidFrom { get; private set; }

    /// <summary>Last day of this version's validity.</summary>
    public DateOnly ValidUntil { get; private set; }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>1 for the original, then 2, 3…</summary>
    public int Version { get; private set; }

    /// <summary>The printed particulars of this version.</summary>
    public CertificateParticulars Particulars { get; private set; }

    /// <summary>Issue date for version 1; 换证日期 for later versions.</summary>
    public DateOnly EffectiveOn { get; private set; }

    /// <summary>The change request that produced it; null for version 1.</summary>
    public Guid? ChangeRequestId { get; private set; }

    /// <summary>When a later version replaced it; null for the version in force.</summary>
    public DateOnly? SupersededOn { get; private set; }

    internal void Supersede(DateOnly on) => SupersededOn = on;
}

/// <summary>One entry of a certificate's status history.</summary>
public sealed class CertificateStatusChange
{
    private CertificateStatusChange()
    {
    }

    internal CertificateStatusChange(Guid id, int sequence, CertificateStatus? from, CertificateStatus to, CertificateTrigger trigger,
        DateOnly on, DateTimeOffset at, string? note)
    {
        Id = id;
        Sequence = sequence;
        From = from;
        To = to;
        Trigger = trigger;
        On = on;
        At = at;
        Note = note;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Order within the certificate's history.</summary>
    public int Sequence { get; private set; }

    /// <summary>Status before; null for issuance.</summary>
    public CertificateStatus? From { get; private set; }

    /// <summary>Status after.</summary>
    public CertificateStatus To { get; private set; }

    /// <summary>What happened.</summary>
    public CertificateTrigger Trigger { get; private set; }

    /// <summary>Effective date.</summary>
    public DateOnly On { get; private set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>Internal note (reason, re-inspection reference); not shown in the public registry.</summary>
    public string? Note { get; private set; }

    /// <summary>A suspension applied after the scheme's deadline (PCEC 9.4: 5 days after confirming the facts).</summary>
    public bool Late { get; private set; }

    internal void MarkLate(bool late) => Late = late;
}
