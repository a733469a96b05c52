using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Shared;

/// <summary>
/// The stage and top-contribution charts of one stored model version (its result document). The caller has already
/// checked that the user may see the application the record belongs to.
/// </summary>
public sealed class FootprintChartsViewComponent(PcfCertDbContext db, IStringLocalizer<SharedResource> l) : ViewComponent
{
    /// <param name="recordId">The model version's record.</param>
    /// <param name="applicationNumber">Or: the application whose verified model version to show (a certificate's project reference).</param>
    public async Task<IViewComponentResult> InvokeAsync(Guid? recordId = null, string? applicationNumber = null)
    {
        if (recordId is null && applicationNumber is not null)
        {
            var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Number == applicationNumber, HttpContext.RequestAborted);
            recordId = application?.ModelVersions.FirstOrDefault(v => v.Version == application.VerifiedValue?.ModelVersion)?.RecordId;
        }
        if (recordId is null)
        {
            return Content(string.Empty);
        }
        var json = await db.FootprintModels.AsNoTracking().Where(m => m.Id == recordId).Select(m => m.ResultJson).SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (string.IsNullOrEmpty(json))
        {
            return Content(string.Empty);
        }
        var (stages, top) = FootprintChart.FromResultJson("model-" + recordId.Value.ToString("N")[..8], json, k => l[k]);
        return View("/Features/Shared/_FootprintCharts.cshtml", (stages, top));
    }
}
