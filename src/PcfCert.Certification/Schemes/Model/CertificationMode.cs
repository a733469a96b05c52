namespace PcfCert.Certification.Schemes;

/// <summary>The certification mode (认证模式), e.g. document review + on-site inspection + surveillance.</summary>
/// <param name="Name">The mode as worded.</param>
/// <param name="Components">Procedure-step keys the mode is made of, in order.</param>
/// <param name="Clause">Where the rule states it.</param>
/// <param name="Source">The rule's sentence.</param>
public sealed record CertificationMode(LocalizedText Name, IReadOnlyList<string> Components, string Clause, string Source);
