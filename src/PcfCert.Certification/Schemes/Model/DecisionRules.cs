namespace PcfCert.Certification.Schemes;

/// <summary>Technical review and certification decision (认证复核与决定).</summary>
/// <param name="ReviewerMustBeIndependent">True when the reviewer must not have taken part in the evaluation.</param>
/// <param name="Rules">The rule's statements on review, decision, refusal and termination.</param>
/// <param name="TeamEvaluationReport">
/// The team's comprehensive evaluation report (CEC 5.7.1 综合评价报告) that must exist before the technical review;
/// null when the rule asks for none (PCEC 7.6: the reviewer evaluates).
/// </param>
public sealed record DecisionRules(bool ReviewerMustBeIndependent, IReadOnlyList<SchemeItem> Rules, SchemeItem? TeamEvaluationReport = null);
