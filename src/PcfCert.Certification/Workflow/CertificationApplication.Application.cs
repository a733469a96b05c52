using PcfCert.Certification.Rules;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

/// <summary>A declaration the applicant made when it submitted (CEC 5.1.1, PCEC 7.1, PCEC 7.2 (3)).</summary>
/// <param name="Key">The declaration's key in the scheme's <see cref="ApplicationReview.Declarations"/>.</param>
/// <param name="By">Who declared.</param>
/// <param name="At">When.</param>
public sealed record ApplicantDeclaration(string Key, Actor By, DateTimeOffset At);

public sealed partial class CertificationApplication
{
    /// <summary>The applicant's declarations of the last submission.</summary>
    public IReadOnlyList<ApplicantDeclaration> Declarations { get; private set; } = [];

    /// <summary>The factory's enterprise nature, industry and size (CEC annex 1 三), where the scheme's form asks for them.</summary>
    public FactoryProfile? FactoryProfile { get; private set; }

    /// <summary>For an extension or re-certification: the existing certificates and what changed (CEC annex 1 五); null for an initial application.</summary>
    public ProductChangeInformation? ProductChanges { get; private set; }

    /// <summary>Initial, extension or re-certification.</summary>
    public ApplicationPurpose Purpose => ProductChanges?.Purpose ?? ApplicationPurpose.Initial;

    /// <summary>
    /// Replaces the form fields of a draft (or of an application waiting for supplements). Every unit names its product
    /// as entered (CEC 7.1 a 产品名称); where the scheme's form asks for the factory's profile (CEC annex 1 三) it is kept
    /// with the factory.
    /// </summary>
    public void UpdateForm(SchemeDefinition scheme, PartyDetails applicant, PartyDetails manufacturer, PartyDetails factory,
        string? trademark, IReadOnlyList<CertificationUnit> units, FactoryProfile? factoryProfile = null, ProductChangeInformation? productChanges = null)
    {
        CheckScheme(scheme);
        Require(ApplicationStatus.Draft, ApplicationStatus.AwaitingSupplement);
        ArgumentNullException.ThrowIfNull(units);
        for (var i = 0; i < units.Count; i++)
        {
            CheckInScope(scheme, units[i].ProductKey);
            Required(units[i].ProductName, $"units[{i}].productName");
        }
        if (productChanges?.Purpose == ApplicationPurpose.Surveillance)
        {
            throw new WorkflowException(WorkflowError.InvalidValue, "purpose");
        }
        FactoryProfile = factoryProfile;
        ProductChanges = productChanges is null || productChanges.Purpose == ApplicationPurpose.Initial ? null : productChanges with
        {
            ExistingCertificates = productChanges.ExistingCertificates.Select(n => n.Trim().ToUpperInvariant()).Where(n => n.Length > 0).Distinct().ToList(),
            Changes = string.IsNullOrWhiteSpace(productChanges.Changes) ? null : productChanges.Changes.Trim(),
        };
        // A second model or production site is a second unit (CEC 5.1.2, PCEC 4): identical triples are one unit.
        var distinct = units.DistinctBy(u => (u.ProductKey, u.Model.Trim(), u.ProductionSite.Trim())).ToList();
        Applicant = applicant;
        Manufacturer = manufacturer;
        Factory = factory;
        Trademark = string.IsNullOrWhiteSpace(trademark) ? null : trademark.Trim();
        Units = distinct;
        Touch();
    }

    /// <summary>Attaches an uploaded file to one of the scheme's documents.</summary>
    public void AttachDocument(SchemeDefinition scheme, DocumentUpload upload)
    {
        CheckScheme(scheme);
        Require(ApplicationStatus.Draft, ApplicationStatus.AwaitingSupplement);
        ArgumentNullException.ThrowIfNull(upload);
        if (!DocumentsFor(scheme).Any(d => d.Key == upload.DocumentKey))
        {
            throw new WorkflowException(WorkflowError.UnknownItem, upload.DocumentKey);
        }
        Documents = [.. Documents, upload];
        Touch();
    }

    /// <summary>Removes an uploaded file from a draft.</summary>
    public void RemoveDocument(Guid fileId)
    {
        Require(ApplicationStatus.Draft, ApplicationStatus.AwaitingSupplement);
        Documents = Documents.Where(d => d.FileId != fileId).ToList();
        Touch();
    }

    /// <summary>The documents the scheme requires for the units' products (PCEC annex 3–7 variants by product).</summary>
    public IReadOnlyList<ApplicationDocument> DocumentsFor(SchemeDefinition scheme)
    {
        var keys = Units.Select(u => u.ProductKey).Distinct().ToList();
        var lists = keys.Count == 0 ? [scheme.ApplicationDocuments] : keys.Select(scheme.ApplicationDocumentsFor);
        return lists.SelectMany(l => l).DistinctBy(d => d.Key).ToList();
    }

    /// <summary>
    /// Required documents without an upload: those always required, and those required in a case the form shows
    /// (CEC 5.1.1 b/d, PCEC 7.1 (3): the entrustment proof when the three parties differ, the site list with several sites).
    /// </summary>
    public IReadOnlyList<ApplicationDocument> MissingDocuments(SchemeDefinition scheme) =>
        DocumentsFor(scheme)
            .Where(d => IsRequired(d) && Documents.All(u => u.DocumentKey != d.Key))
            .ToList();

    /// <summary>Whether the document is required for this application: always, or because the form shows its case.</summary>
    public bool IsRequired(ApplicationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Requirement == DocumentRequirement.Required || document.RequiredWhen is { } c && Shows(c);
    }

    /// <summary>Whether the form shows the case.</summary>
    public bool Shows(DocumentCase documentCase) => documentCase switch
    {
        DocumentCase.PartiesDiffer => new[] { Applicant.CreditCode, Manufacturer.CreditCode, Factory.CreditCode }
            .Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() > 1,
        DocumentCase.SeveralProductionSites => ProductionSites.Count > 1,
        _ => false,
    };

    /// <summary>
    /// Submits the application (or resubmits after a supplement request, which resumes the clock). The applicant makes
    /// every declaration the scheme asks for (CEC 5.1.1 and PCEC 7.1: responsible for the truth of the documents;
    /// PCEC 7.2 (3): knows the certification requirements and will comply).
    /// </summary>
    public void Submit(SchemeDefinition scheme, Actor by, DateTimeOffset at, IReadOnlyCollection<string> declarations)
    {
        CheckScheme(scheme);
        ArgumentNullException.ThrowIfNull(declarations);
        // Every problem at once: the parties' names, the units and each missing document by its name.
        var problems = new List<DomainProblem>();
        Need(problems, Applicant.Name, "applicant.name");
        Need(problems, Manufacturer.Name, "manufacturer.name");
        Need(problems, Factory.Name, "factory.name");
        if (Units.Count == 0)
        {
            problems.Add(WorkflowException.Problem(WorkflowError.NoCertificationUnit, "units"));
        }
        problems.AddRange(MissingDocuments(scheme).Select(d => WorkflowException.Problem(WorkflowError.MissingDocument, "documents." + d.Key, d.Name)));
        // The factory profile (CEC annex 1 三) and the applicant's declarations (CEC 5.1.1, PCEC 7.1, 7.2 (3)).
        if (scheme.ApplicationReview.FactoryProfile is not null)
        {
            if (FactoryProfile?.Nature is null)
            {
                problems.Add(WorkflowException.Problem(WorkflowError.MissingField, "factoryNature", "factoryNature"));
            }
            Need(problems, FactoryProfile?.Industry, "factoryIndustry");
            if (FactoryProfile?.RevenueAtLeast20MillionYuan is null)
            {
                problems.Add(WorkflowException.Problem(WorkflowError.MissingField, "factoryRevenueAtLeast20MillionYuan", "factoryRevenueAtLeast20MillionYuan"));
            }
        }
        // CEC annex 1 五: an extension or re-certification names the existing certificates and says what changed.
        if (scheme.ApplicationReview.ProductChanges is not null && ProductChanges is { } changes)
        {
            problems.AddRange(changes.Missing("productChanges").Select(f => WorkflowException.Problem(WorkflowError.MissingField, f, f)));
        }
        problems.AddRange(scheme.ApplicationReview.Declarations.Where(d => !declarations.Contains(d.Key))
            .Select(d => WorkflowException.Problem(WorkflowError.DeclarationMissing, "declarations", d.Name)));
        ThrowIfAny(problems);
        var wasWaiting = Status == ApplicationStatus.AwaitingSupplement;
        Move(scheme, WorkflowTrigger.Submit, by, at);
        if (wasWaiting)
        {
            var open = SupplementRequests[^1];
            SupplementRequests = [.. SupplementRequests.SkipLast(1), open with { AnsweredOn = ChinaDate(at) }];
        }
        // The file is complete when it is (re)submitted with every required document.
        FileCompleteOn = ChinaDate(at);
        Declarations = scheme.ApplicationReview.Declarations.Select(d => new ApplicantDeclaration(d.Key, by, at)).ToList();
    }

    private static void CheckInScope(SchemeDefinition scheme, string productKey)
    {
        if (!scheme.Products.Any(p => p.Key == productKey))
        {
            throw new WorkflowException(WorkflowError.ProductOutOfScope, productKey);
        }
    }
}
