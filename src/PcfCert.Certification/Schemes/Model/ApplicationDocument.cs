namespace PcfCert.Certification.Schemes;

/// <summary>Whether an application document is always needed.</summary>
public enum DocumentRequirement
{
    /// <summary>Always required.</summary>
    Required,

    /// <summary>Required only when its condition holds (如需 / 适用时 / 不一致时 …).</summary>
    WhenApplicable,
}

/// <summary>A case the application form itself shows, in which a when-applicable document becomes required.</summary>
public enum DocumentCase
{
    /// <summary>认证委托人、生产者、生产企业不一致 (different unified social credit codes).</summary>
    PartiesDiffer,

    /// <summary>产品生产涉及多地址 (the units name more than one production site).</summary>
    SeveralProductionSites,
}

/// <summary>A document the applicant submits with the application.</summary>
/// <param name="Key">Stable key, unique in its list.</param>
/// <param name="Name">Document name.</param>
/// <param name="Clause">Item in the rule, e.g. "5.1.1 b)".</param>
/// <param name="Requirement">Always, or when applicable.</param>
/// <param name="Condition">When it applies (only for <see cref="DocumentRequirement.WhenApplicable"/>).</param>
/// <param name="Source">The rule's wording.</param>
/// <param name="RequiredWhen">For a when-applicable document, the case of the form in which it is required; null when the form cannot show it.</param>
public sealed record ApplicationDocument(
    string Key,
    LocalizedText Name,
    string Clause,
    DocumentRequirement Requirement,
    LocalizedText? Condition,
    string Source,
    DocumentCase? RequiredWhen = null);

/// <summary>A product annex's own list of application documents, replacing the general list for its products.</summary>
/// <param name="Annex">e.g. "附件3".</param>
/// <param name="Title">The annex title.</param>
/// <param name="ProductKeys">The products it applies to.</param>
/// <param name="Documents">The annex's list.</param>
public sealed record ApplicationDocumentVariant(string Annex, LocalizedText Title, IReadOnlyList<string> ProductKeys, IReadOnlyList<ApplicationDocument> Documents);
