namespace PcfCert.Certification.Schemes;

/// <summary>How a change to a certificate is handled (证书变更).</summary>
/// <param name="Triggers">Changes that require a change application.</param>
/// <param name="KeepsNumber">True when a re-issued certificate keeps its number.</param>
/// <param name="KeepsValidity">True when it keeps its validity date.</param>
/// <param name="Clause">Where the rule says it.</param>
/// <param name="Source">The rule's sentences.</param>
public sealed record CertificateChangeRule(IReadOnlyList<SchemeItem> Triggers, bool KeepsNumber, bool KeepsValidity, string Clause, string Source);

/// <summary>Suspension, restoration, cancellation and revocation (暂停 / 恢复 / 注销 / 撤销).</summary>
/// <param name="RestorationRequiresInspection">True when the body must inspect again before restoring.</param>
/// <param name="RevokedWhenNotRestored">True when a certificate not restored within the suspension limit is revoked.</param>
/// <param name="HolderMayRequestSuspensionOrCancellation">True when the holder may ask for suspension or cancellation.</param>
/// <param name="Rules">The rule's statements.</param>
/// <param name="Clause">Where the rule says it.</param>
public sealed record SuspensionRule(
    bool RestorationRequiresInspection,
    bool RevokedWhenNotRestored,
    bool HolderMayRequestSuspensionOrCancellation,
    IReadOnlyList<SchemeItem> Rules,
    string Clause);
