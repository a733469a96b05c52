namespace PcfCert.Certification.Schemes;

/// <summary>The products a scheme covers (适用范围).</summary>
/// <param name="Description">The scope as worded.</param>
/// <param name="Clause">Where the rule states it.</param>
/// <param name="Source">The rule's sentence.</param>
/// <param name="Categories">Product fields, e.g. the CNCA product-field codes PV06, PV11 ….</param>
public sealed record ProductScope(LocalizedText Description, string Clause, string Source, IReadOnlyList<ProductCategory> Categories);

/// <summary>A product field of the scope.</summary>
/// <param name="Code">CNCA product-field code (认监委产品领域代码), null when the rule gives none.</param>
/// <param name="Name">Field name.</param>
/// <param name="Clause">Where the rule lists it.</param>
/// <param name="Products">The products in the field.</param>
public sealed record ProductCategory(string? Code, LocalizedText Name, string Clause, IReadOnlyList<Product> Products);

/// <summary>A product (典型产品名称) the scheme certifies.</summary>
/// <param name="Key">Stable key, unique in the scheme.</param>
/// <param name="Name">Product name.</param>
/// <param name="Annex">The annex with its specific requirements, e.g. "附件5"; null when none.</param>
/// <param name="Standard">The product-specific quantification standard (e.g. CTS PCEC-08:2025 or the PCR).</param>
/// <param name="Classification">Product class / classification / typical class from the annex table 2, when given.</param>
public sealed record Product(string Key, LocalizedText Name, string? Annex, BasisStandard Standard, ProductClassification? Classification = null);

/// <summary>The classification columns of an annex's table 2 (产品类别 / 产品分类 / 典型产品类别).</summary>
/// <param name="ProductClass">产品类别.</param>
/// <param name="ProductGroup">产品分类.</param>
/// <param name="TypicalProductClass">典型产品类别.</param>
/// <param name="Clause">Where the table is.</param>
public sealed record ProductClassification(LocalizedText ProductClass, LocalizedText ProductGroup, LocalizedText TypicalProductClass, string Clause);
