using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Applications;

/// <summary>
/// The verification report generated from the application's data: PCEC annex 2's thirteen sections; for CEC,
/// whose rule has no report annex, the same content under the inspection conclusion (5.6 d).
/// </summary>
public sealed class ReportModel(PcfCertDbContext db, CurrentUser me, SchemeCatalog schemes) : PageModel
{
    public CertificationApplication Application { get; private set; } = null!;

    public SchemeDefinition Scheme { get; private set; } = null!;

    public JsonElement? Result { get; private set; }

    public bool Zh => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public string Text(LocalizedText t) => Zh ? t.Zh : t.En;

    /// <summary>Section keys in report order: the scheme's, or PCEC's order for a scheme without its own.</summary>
    public IReadOnlyList<(string Key, string Title)> Sections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (application is null || !ApplicationAccess.CanView(me, application))
        {
            return NotFound();
        }
        Application = application;
        Scheme = schemes.Get(application.SchemeId);
        var verified = application.VerifiedValue?.ModelVersion ?? application.ModelVersions.LastOrDefault()?.Version;
        if (verified is { } v)
        {
            var record = await db.FootprintModels.AsNoTracking().SingleAsync(m => m.ApplicationId == id && m.Version == v, ct);
            Result = JsonDocument.Parse(record.ResultJson).RootElement.Clone();
        }
        var own = Scheme.VerificationReportSections;
        var template = own.Count > 0 ? own : schemes.Schemes.SelectMany(s => s.VerificationReportSections).DistinctBy(s => s.Key).ToList();
        Sections = template.Select(s => (s.Key, own.Count > 0 ? $"{Text(s.Name)}" : Text(s.Name))).ToList();
        return Page();
    }
}
