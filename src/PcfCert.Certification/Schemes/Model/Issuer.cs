namespace PcfCert.Certification.Schemes;

/// <summary>The certification body that publishes a rule.</summary>
/// <param name="Name">Full registered name.</param>
/// <param name="ShortName">Abbreviation the rule uses, e.g. "CEC", "PCEC".</param>
/// <param name="Clause">Where the rule names it (cover page, foreword).</param>
public sealed record Issuer(LocalizedText Name, string ShortName, string Clause);
