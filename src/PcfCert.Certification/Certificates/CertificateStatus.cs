namespace PcfCert.Certification.Certificates;

/// <summary>The status of a certificate as the public registry shows it.</summary>
public enum CertificateStatus
{
    /// <summary>有效.</summary>
    Valid,

    /// <summary>暂停.</summary>
    Suspended,

    /// <summary>撤销.</summary>
    Revoked,

    /// <summary>注销.</summary>
    Cancelled,

    /// <summary>过期 (validity ended).</summary>
    Expired,

    /// <summary>已换发: replaced by a re-certification certificate.</summary>
    Superseded,
}

/// <summary>What may happen to a certificate.</summary>
public enum CertificateTrigger
{
    /// <summary>The decision issues it.</summary>
    Issue,

    /// <summary>The body suspends it (nonconformity, failed surveillance, holder's request, misuse).</summary>
    Suspend,

    /// <summary>The body restores it after a passed re-inspection.</summary>
    Restore,

    /// <summary>The body revokes it.</summary>
    Revoke,

    /// <summary>The suspension reached the scheme's maximum without restoration: revoked automatically.</summary>
    SuspensionLapsed,

    /// <summary>Cancelled, usually at the holder's request.</summary>
    Cancel,

    /// <summary>The validity ended.</summary>
    Expire,

    /// <summary>A re-certification issued a new certificate that replaces it.</summary>
    ReplaceByRecertification,

    /// <summary>An approved change issues a new version with the same number and validity.</summary>
    IssueChangedVersion,

    /// <summary>The footprint-increase rule marks it as needing re-certification.</summary>
    FlagForRecertification,
}
