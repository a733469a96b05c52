namespace PcfCert.Certification.Schemes;

/// <summary>Technical review and certification decision (认证复核与决定).</summary>
/// <param name="ReviewerMustBeIndependent">True when the reviewer must not have taken part in the evaluation.</param>
/// <param name="Rules">The rule's statements on review, decision, refusal and termination.</param>
public sealed record DecisionRules(bool ReviewerMustBeIndependent, IReadOnlyList<SchemeItem> Rules);
