namespace PcfCert.Certification.Schemes;

/// <summary>What the footprint verification (碳足迹核查 / 产品碳足迹量化核查) checks.</summary>
/// <param name="Items">Aspects verified one by one (functional unit, boundary, data collection, allocation, cut-off, data quality …).</param>
/// <param name="QuantificationMethods">Quantification methods the rule allows.</param>
/// <param name="DataQualityDimensions">Data-quality requirements (PCEC 7.5.3: nine).</param>
/// <param name="PrimaryDataFields">What must be reported for each primary datum (CEC table 2).</param>
/// <param name="Coverage">Where and when verification happens, quoted.</param>
/// <param name="Timing">When, relative to the on-site inspection, the verification may be done.</param>
public sealed record VerificationRules(
    IReadOnlyList<SchemeItem> Items,
    IReadOnlyList<SchemeItem> QuantificationMethods,
    IReadOnlyList<SchemeItem> DataQualityDimensions,
    IReadOnlyList<SchemeItem> PrimaryDataFields,
    IReadOnlyList<SchemeItem> Coverage,
    VerificationTiming Timing);

/// <summary>A moment of the footprint verification relative to the on-site inspection.</summary>
public enum VerificationMoment
{
    /// <summary>Completed before the on-site inspection starts (PCEC 7.5.1 可在现场检查前完成).</summary>
    BeforeInspection,

    /// <summary>Done during the on-site inspection (CEC 5.4.1; PCEC 7.5.1 也可与现场检查同时进行).</summary>
    WithInspection,

    /// <summary>Done in a step of its own after the inspection passed (PCEC 7: 现场检查→产品碳足迹核查).</summary>
    AfterInspection,
}

/// <summary>When the footprint verification may be done, as the rule states it.</summary>
/// <param name="Moments">The moments allowed; at least one.</param>
/// <param name="Clause">Where the rule says it.</param>
/// <param name="Source">The rule's sentence, quoted.</param>
public sealed record VerificationTiming(IReadOnlyList<VerificationMoment> Moments, string Clause, string Source)
{
    /// <summary>Whether the verification may be done at <paramref name="moment"/>.</summary>
    /// <param name="moment">The moment.</param>
    /// <returns>True when the rule allows it.</returns>
    public bool Allows(VerificationMoment moment) => Moments.Contains(moment);
}
