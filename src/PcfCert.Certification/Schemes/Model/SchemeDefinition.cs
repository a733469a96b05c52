namespace PcfCert.Certification.Schemes;

/// <summary>
/// One implementation rule (认证实施规则) as data: everything the workflow needs to run a
/// certification under it. Built by <see cref="SchemeDefinitionParser"/> from a definition file.
/// </summary>
/// <param name="Id">Catalog id, e.g. "cec-7065cvp-a0".</param>
/// <param name="Code">The rule's number, e.g. "CEC-7065CVP-A/0".</param>
/// <param name="Version">The rule's version, e.g. "V4.0".</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Issuer">The publishing body.</param>
/// <param name="PublishedOn">Publication date (发布).</param>
/// <param name="EffectiveOn">Effective date (实施).</param>
/// <param name="BasisStandards">Certification basis (认证依据).</param>
/// <param name="CertificationMode">Certification mode (认证模式).</param>
/// <param name="ProcedureSteps">Procedure steps in order.</param>
/// <param name="ProductScope">Covered products.</param>
/// <param name="UnitDivision">How certification units are divided.</param>
/// <param name="ApplicationDocuments">General application documents.</param>
/// <param name="ApplicationDocumentVariants">Product annexes' own document lists.</param>
/// <param name="ApplicationReview">Application / document review.</param>
/// <param name="TeamRules">Team composition, personnel and person-days.</param>
/// <param name="CertificationTimeLimit">The overall time limit and what pauses it.</param>
/// <param name="FactoryAssuranceChecklist">Factory-assurance requirements.</param>
/// <param name="ProductConsistencyCheck">Product-consistency check items.</param>
/// <param name="Verification">Footprint verification.</param>
/// <param name="InspectionConclusionContents">What an on-site inspection conclusion must contain.</param>
/// <param name="OnSiteInspectionConditions">Conditions the on-site inspection must be held under, each confirmed in its record
/// before the inspection can pass (PCEC 7.4.1 "现场检查时，工厂应正常生产"; CEC states none).</param>
/// <param name="VerificationReportFields">Cover fields of the verification report template.</param>
/// <param name="VerificationReportSections">Sections of the verification report template.</param>
/// <param name="Decision">Technical review and decision.</param>
/// <param name="Surveillance">Post-certification surveillance.</param>
/// <param name="CertificateContents">What a certificate states.</param>
/// <param name="CertificateChange">Certificate changes.</param>
/// <param name="Suspension">Suspension, restoration, cancellation, revocation.</param>
/// <param name="Renewal">Renewal at expiry.</param>
/// <param name="MarkRules">Certification mark.</param>
/// <param name="ResultInvalidationTriggers">Footprint changes that void the result and require re-certification.</param>
/// <param name="Parameters">Every time limit and count.</param>
/// <param name="Notes">Inconsistencies found in the rule's text and how they are read.</param>
public sealed record SchemeDefinition(
    string Id,
    string Code,
    string Version,
    LocalizedText Title,
    Issuer Issuer,
    DateOnly PublishedOn,
    DateOnly EffectiveOn,
    IReadOnlyList<BasisStandard> BasisStandards,
    CertificationMode CertificationMode,
    IReadOnlyList<ProcedureStep> ProcedureSteps,
    ProductScope ProductScope,
    UnitDivision UnitDivision,
    IReadOnlyList<ApplicationDocument> ApplicationDocuments,
    IReadOnlyList<ApplicationDocumentVariant> ApplicationDocumentVariants,
    ApplicationReview ApplicationReview,
    TeamRules TeamRules,
    TimeLimitRule CertificationTimeLimit,
    FactoryAssuranceChecklist FactoryAssuranceChecklist,
    IReadOnlyList<SchemeItem> ProductConsistencyCheck,
    VerificationRules Verification,
    IReadOnlyList<SchemeItem> InspectionConclusionContents,
    IReadOnlyList<SchemeItem> OnSiteInspectionConditions,
    IReadOnlyList<SchemeItem> VerificationReportFields,
    IReadOnlyList<SchemeItem> VerificationReportSections,
    DecisionRules Decision,
    SurveillanceRules Surveillance,
    IReadOnlyList<SchemeItem> CertificateContents,
    CertificateChangeRule CertificateChange,
    SuspensionRule Suspension,
    RenewalRule Renewal,
    MarkRules MarkRules,
    IReadOnlyList<SchemeItem> ResultInvalidationTriggers,
    SchemeParameters Parameters,
    IReadOnlyList<SourceNote> Notes)
{
    /// <summary>
    /// The rule's number with its version as printed on records: "ZCXH/XZ-15-2024 V4.0", but "CEC-7065CVP-A/0" alone,
    /// whose number already ends with its version.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string CodeWithVersion => Code.EndsWith(Version, StringComparison.Ordinal) ? Code : $"{Code} {Version}";

    /// <summary>Every product of the scope, across categories.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<Product> Products => ProductScope.Categories.SelectMany(c => c.Products);

    /// <summary>
    /// The product field a product belongs to, as the personnel register names it: the CNCA product-field code of its
    /// category (PCEC: PV06, PV11 …) or, where the rule gives no code (CEC), the product's own key. Null for a product
    /// outside the scope.
    /// </summary>
    /// <param name="productKey">Product key in this scheme.</param>
    /// <returns>The product-field key or null.</returns>
    public string? ProductAreaOf(string productKey) =>
        ProductScope.Categories
            .Where(c => c.Products.Any(p => p.Key == productKey))
            .Select(c => c.Code ?? productKey)
            .FirstOrDefault();

    /// <summary>The step with <paramref name="key"/>, or null when the scheme has no such step.</summary>
    public ProcedureStep? FindStep(string key) => ProcedureSteps.FirstOrDefault(s => s.Key == key);

    /// <summary>The application documents for <paramref name="productKey"/>: its annex's list when it has one, else the general list.</summary>
    public IReadOnlyList<ApplicationDocument> ApplicationDocumentsFor(string productKey) =>
        ApplicationDocumentVariants.FirstOrDefault(v => v.ProductKeys.Contains(productKey))?.Documents ?? ApplicationDocuments;
}
