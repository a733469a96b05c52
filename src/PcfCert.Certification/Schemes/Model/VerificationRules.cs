namespace PcfCert.Certification.Schemes;

/// <summary>What the footprint verification (碳足迹核查 / 产品碳足迹量化核查) checks.</summary>
/// <param name="Items">Aspects verified one by one (functional unit, boundary, data collection, allocation, cut-off, data quality …).</param>
/// <param name="QuantificationMethods">Quantification methods the rule allows.</param>
/// <param name="DataQualityDimensions">Data-quality requirements (PCEC 7.5.3: nine).</param>
/// <param name="PrimaryDataFields">What must be reported for each primary datum (CEC table 2).</param>
/// <param name="Coverage">Where and when verification happens, quoted.</param>
public sealed record VerificationRules(
    IReadOnlyList<SchemeItem> Items,
    IReadOnlyList<SchemeItem> QuantificationMethods,
    IReadOnlyList<SchemeItem> DataQualityDimensions,
    IReadOnlyList<SchemeItem> PrimaryDataFields,
    IReadOnlyList<SchemeItem> Coverage);
