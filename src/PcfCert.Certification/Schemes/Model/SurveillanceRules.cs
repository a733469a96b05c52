namespace PcfCert.Certification.Schemes;

/// <summary>Post-certification surveillance (获证后监督).</summary>
/// <param name="Contents">What a surveillance inspection covers.</param>
/// <param name="FocusItems">What it must confirm in particular.</param>
/// <param name="ExtraSurveillanceTriggers">Situations allowing more frequent (or earlier) surveillance.</param>
/// <param name="UnannouncedAllowed">True when surveillance may be unannounced in those situations.</param>
/// <param name="Clause">Where the rule says it.</param>
public sealed record SurveillanceRules(
    IReadOnlyList<SchemeItem> Contents,
    IReadOnlyList<SchemeItem> FocusItems,
    IReadOnlyList<SchemeItem> ExtraSurveillanceTriggers,
    bool UnannouncedAllowed,
    string Clause);
