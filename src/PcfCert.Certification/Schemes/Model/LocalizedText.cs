namespace PcfCert.Certification.Schemes;

/// <summary>A display string in Chinese and English.</summary>
/// <param name="Zh">Simplified Chinese, as worded in the rule.</param>
/// <param name="En">English.</param>
public sealed record LocalizedText(string Zh, string En);
