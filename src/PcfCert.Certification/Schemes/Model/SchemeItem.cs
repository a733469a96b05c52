namespace PcfCert.Certification.Schemes;

/// <summary>One listed element of a rule (a certificate field, a check item, a report section …).</summary>
/// <param name="Key">Stable identifier, unique within its list (kebab-case).</param>
/// <param name="Name">Display name.</param>
/// <param name="Clause">Where the rule says it, e.g. "7.1 a)".</param>
/// <param name="Source">The rule's own sentence, quoted in Chinese, when useful.</param>
public sealed record SchemeItem(string Key, LocalizedText Name, string Clause, string? Source = null);
