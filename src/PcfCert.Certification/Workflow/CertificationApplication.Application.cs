using PcfCert.Certification.Rules;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

public sealed partial class CertificationApplication
{
    /// <summary>Replaces the form fields of a draft (or of an application waiting for supplements).</summary>
    public void UpdateForm(SchemeDefinition scheme, PartyDetails applicant, PartyDetails manufacturer, PartyDetails factory,
        string? trademark, IReadOnlyList<CertificationUnit> units)
    {
        CheckScheme(scheme);
        Require(ApplicationStatus.Draft, ApplicationStatus.AwaitingSupplement);
        ArgumentNullException.ThrowIfNull(units);
        foreach (var unit in units)
        {
            CheckInScope(scheme, unit.ProductKey);
        }
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

    /// <summary>Required documents without an upload.</summary>
    public IReadOnlyList<ApplicationDocument> MissingDocuments(SchemeDefinition scheme) =>
        DocumentsFor(scheme)
            .Where(d => d.Requirement == DocumentRequirement.Required && Documents.All(u => u.DocumentKey != d.Key))
            .ToList();

    /// <summary>Submits the application (or resubmits after a supplement request, which resumes the clock).</summary>
    public void Submit(SchemeDefinition scheme, Actor by, DateTimeOffset at)
    {
        CheckScheme(scheme);
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
    }

    private static void CheckInScope(SchemeDefinition scheme, string productKey)
    {
        if (!scheme.Products.Any(p => p.Key == productKey))
        {
            throw new WorkflowException(WorkflowError.ProductOutOfScope, productKey);
        }
    }
}
