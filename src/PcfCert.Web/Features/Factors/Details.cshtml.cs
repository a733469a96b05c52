using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Factors;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Factors;

/// <summary>One factor with its full provenance and every version.</summary>
public sealed class DetailsModel(PcfCertDbContext db, CurrentUser me) : PageModel
{
    public EmissionFactorEntry Entry { get; private set; } = null!;

    public IReadOnlyList<EmissionFactorVersion> Versions { get; private set; } = [];

    public EmissionFactorVersion Current => Versions.First(v => v.Version == Entry.CurrentVersion);

    public bool CanMaintain => FactorAccess.CanMaintain(me);

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The body accepts a supplier factor as secondary data (a new version).</summary>
    public async Task<IActionResult> OnPostReviewAsync(string code, Guid? stamp, [FromServices] ReviewSupplierFactor review, CancellationToken ct)
    {
        var outcome = await review.Handle(code, Note, stamp, ct);
        switch (outcome.Kind)
        {
            case OutcomeKind.Forbidden:
                return Forbid();
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Ok:
                TempData["Flash"] = "SupplierFactor.ReviewedFlash";
                return Redirect($"/Factors/Details/{code}");
        }
        db.ChangeTracker.Clear();
        outcome.CopyTo(ModelState, string.Empty);
        if (outcome.Kind == OutcomeKind.Conflict)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return await OnGetAsync(code, ct);
    }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var entry = await db.EmissionFactors.AsNoTracking().SingleOrDefaultAsync(e => e.Code == code, ct);
        if (entry is null || !SearchFactors.MayRead(entry, me))
        {
            return NotFound();
        }
        Entry = entry;
        Versions = (await db.EmissionFactorVersions.AsNoTracking().Where(v => v.FactorId == entry.Id).ToListAsync(ct))
            .OrderByDescending(v => v.Version).ToList();
        return Page();
    }
}
