namespace PcfCert.Certification.Schemes;

/// <summary>How certification units (认证单元) are divided.</summary>
/// <param name="Dimensions">What separates two units, from "functional-unit", "product", "model", "typical-product-name", "production-site".</param>
/// <param name="Rules">The rule's sentences, each with its clause.</param>
public sealed record UnitDivision(IReadOnlyList<string> Dimensions, IReadOnlyList<SchemeItem> Rules);
