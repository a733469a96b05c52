namespace PcfCert.Certification.Schemes;

/// <summary>What the body checks when it reviews an application (文件评审 / 申请评审) and what it may conclude.</summary>
/// <param name="Items">What is reviewed.</param>
/// <param name="Outcomes">The conclusions the rule allows.</param>
/// <param name="RefusalGrounds">Grounds on which the body will not accept an application.</param>
public sealed record ApplicationReview(IReadOnlyList<SchemeItem> Items, IReadOnlyList<SchemeItem> Outcomes, IReadOnlyList<SchemeItem> RefusalGrounds);
