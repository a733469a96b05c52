namespace PcfCert.Certification.Schemes;

/// <summary>A standard or rule the certification is based on (认证依据).</summary>
/// <param name="Code">Standard number, e.g. "GB/T 24067-2024".</param>
/// <param name="Title">Standard title.</param>
/// <param name="Clause">Where the rule lists it.</param>
public sealed record BasisStandard(string Code, LocalizedText Title, string Clause);
