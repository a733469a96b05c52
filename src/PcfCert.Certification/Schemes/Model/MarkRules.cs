namespace PcfCert.Certification.Schemes;

/// <summary>Certification-mark rules (认证标志).</summary>
/// <param name="AffixingModality">Whether affixing the mark is optional (May) or expected.</param>
/// <param name="PlacementOrder">Where to affix, in order of preference.</param>
/// <param name="Requirements">Other rules (no deformation, legibility, minimum size …).</param>
/// <param name="Clause">Where the rule says it.</param>
public sealed record MarkRules(Modality AffixingModality, IReadOnlyList<SchemeItem> PlacementOrder, IReadOnlyList<SchemeItem> Requirements, string Clause);
