namespace PcfCert.Certification.Schemes;

/// <summary>An inconsistency or ambiguity found in the rule's text and how the definition reads it.</summary>
/// <param name="Clause">Where in the rule.</param>
/// <param name="Text">What was found and how it is read.</param>
public sealed record SourceNote(string Clause, LocalizedText Text);
