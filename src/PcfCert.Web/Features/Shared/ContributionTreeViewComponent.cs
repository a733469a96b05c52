using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Shared;

/// <summary>
/// The contribution tree of one stored model version (its result and model documents). The caller has already checked
/// that the user may see the application the record belongs to.
/// </summary>
public sealed class ContributionTreeViewComponent(PcfCertDbContext db) : ViewComponent
{
    /// <param name="recordId">The model version's record.</param>
    public async Task<IViewComponentResult> InvokeAsync(Guid recordId)
    {
        var record = await db.FootprintModels.AsNoTracking().Where(m => m.Id == recordId)
            .Select(m => new { m.ResultJson, m.ModelJson }).SingleOrDefaultAsync(HttpContext.RequestAborted);
        var tree = string.IsNullOrEmpty(record?.ResultJson) ? null
            : ContributionTreeView.FromDocuments("tree-" + recordId.ToString("N")[..8], record.ResultJson, record.ModelJson);
        return tree is null ? Content(string.Empty) : View("/Features/Shared/_ContributionTree.cshtml", tree);
    }
}
