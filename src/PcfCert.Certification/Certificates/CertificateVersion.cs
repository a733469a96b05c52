namespace PcfCert.Certification.Certificates;

/// <summary>One version of a certificate's contents. Versions share number and validity; a later one notes its change date.</summary>
public sealed class CertificateVersion
{
    private CertificateVersion()
    {
        Particulars = null!;
    }

    internal CertificateVersion(Guid id, int version, CertificateParticulars particulars, DateOnly effectiveOn, Guid? changeRequestId)
    {
        Id = id;
        Version = version;
        Particulars = particulars;
        EffectiveOn = effectiveOn;
        ChangeRequestId = changeRequestId;
    }

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
