using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Schemes;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Schemes;

public sealed class DetailsModel(SchemeCatalog catalog, IStringLocalizer<SharedResource> l) : PageModel
{
    public SchemeDefinition Scheme { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (catalog.Find(id) is not { } scheme)
        {
            return NotFound();
        }

        Scheme = scheme;
        return Page();
    }

    public IEnumerable<(ChecklistItem Item, int Depth)> ChecklistItems(ChecklistClause clause) => Flatten(clause.Items, 1);

    public string Value(ISchemeParameter parameter) => parameter.NumericValue?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? l["Schemes.NotSet"];

    public string ParameterLabel(string name) => name switch
    {
        "certificationTimeLimitDays" => l["SchemeParameter.CertificationTimeLimitDays"],
        "applicationAcceptanceWorkingDays" => l["SchemeParameter.ApplicationAcceptanceWorkingDays"],
        "certificateIssuanceDays" => l["SchemeParameter.CertificateIssuanceDays"],
        "terminationNoticeDays" => l["SchemeParameter.TerminationNoticeDays"],
        "rectificationMonths" => l["SchemeParameter.RectificationMonths"],
        "maxRectificationSubmissions" => l["SchemeParameter.MaxRectificationSubmissions"],
        "surveillanceIntervalMaxMonths" => l["SchemeParameter.SurveillanceIntervalMaxMonths"],
        "firstSurveillanceEarliestMonths" => l["SchemeParameter.FirstSurveillanceEarliestMonths"],
        "surveillanceRectificationMonths" => l["SchemeParameter.SurveillanceRectificationMonths"],
        "suspensionMaxMonths" => l["SchemeParameter.SuspensionMaxMonths"],
        "suspensionDeadlineDays" => l["SchemeParameter.SuspensionDeadlineDays"],
        "certificateValidityMonths" => l["SchemeParameter.CertificateValidityMonths"],
        "renewalApplicationMonthsBeforeExpiry" => l["SchemeParameter.RenewalApplicationMonthsBeforeExpiry"],
        "recordRetentionMonths" => l["SchemeParameter.RecordRetentionMonths"],
        "minTeamMembers" => l["SchemeParameter.MinTeamMembers"],
        "minPersonDaysPerSite" => l["SchemeParameter.MinPersonDaysPerSite"],
        "cutOffMassShareMax" => l["SchemeParameter.CutOffMassShareMax"],
        "unplannedIncreaseThreshold" => l["SchemeParameter.UnplannedIncreaseThreshold"],
        "plannedIncreaseThreshold" => l["SchemeParameter.PlannedIncreaseThreshold"],
        "increasePersistenceMonths" => l["SchemeParameter.IncreasePersistenceMonths"],
        "markMinSizeMm" => l["SchemeParameter.MarkMinSizeMm"],
        _ => name,
    };

    public string Requirement(DocumentRequirement requirement) =>
        requirement == DocumentRequirement.Required ? l["Schemes.Required"] : l["Schemes.WhenApplicable"];

    private static IEnumerable<(ChecklistItem, int)> Flatten(IEnumerable<ChecklistItem> items, int depth) =>
        items.SelectMany(i => Flatten(i.Items, depth + 1).Prepend((i, depth)));
}
