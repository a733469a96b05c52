namespace PcfCert.Certification.Schemes;

/// <summary>What the body checks when it reviews an application (文件评审 / 申请评审) and what it may conclude.</summary>
/// <param name="Items">What is reviewed.</param>
/// <param name="Outcomes">The conclusions the rule allows.</param>
/// <param name="RefusalGrounds">Grounds on which the body will not accept an application; each is checked and recorded before acceptance.</param>
/// <param name="AtAcceptance">Keys of <paramref name="Items"/> the body records, each with its conclusion, before it accepts (PCEC 7.2 capability review).</param>
/// <param name="Declarations">What the applicant declares when it submits (CEC 5.1.1, PCEC 7.1 真实性; PCEC 7.2 (3) 愿意遵守).</param>
/// <param name="Undertakings">What the body undertakes when it accepts (PCEC 7.2 保密义务, CEC 5.2.1 保密规定).</param>
/// <param name="FactoryProfile">Where the application form asks for the factory's enterprise nature, industry and size (CEC annex 1 三); null when it does not.</param>
/// <param name="ProductChanges">Where the form asks, at surveillance, extension and re-certification, how the units and the
/// site and production process changed against the existing certificate (CEC annex 1 五); null when it does not.</param>
public sealed record ApplicationReview(
    IReadOnlyList<SchemeItem> Items,
    IReadOnlyList<SchemeItem> Outcomes,
    IReadOnlyList<SchemeItem> RefusalGrounds,
    IReadOnlyList<string> AtAcceptance,
    IReadOnlyList<SchemeItem> Declarations,
    IReadOnlyList<SchemeItem> Undertakings,
    SchemeItem? FactoryProfile = null,
    SchemeItem? ProductChanges = null);
