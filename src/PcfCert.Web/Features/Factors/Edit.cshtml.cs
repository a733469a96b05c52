using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Factors;

/// <summary>New factor, or a revision of one (a new version with a change note).</summary>
public sealed class EditModel(PcfCertDbContext db, SaveFactor save, CurrentUser me) : PageModel
{
    /// <summary>The factor's fields by import column (<see cref="FactorInput.Columns"/>).</summary>
    [BindProperty]
    public Dictionary<string, string?> Fields { get; set; } = [];

    [BindProperty]
    public Guid? ConcurrencyStamp { get; set; }

    public string? Code { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        if (!FactorAccess.CanMaintain(me))
        {
            return Forbid();
        }
        Code = code;
        if (code is null)
        {
            return Page();
        }
        var entry = await db.EmissionFactors.AsNoTracking().SingleOrDefaultAsync(e => e.Code == code, ct);
        if (entry is null)
        {
            return NotFound();
        }
        var current = await db.EmissionFactorVersions.AsNoTracking().SingleAsync(v => v.FactorId == entry.Id && v.Version == entry.CurrentVersion, ct);
        Fields = FactorInput.From(current).ToRow();
        ConcurrencyStamp = entry.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken ct)
    {
        if (!FactorAccess.CanMaintain(me))
        {
            return Forbid();
        }
        Code = code;
        var input = FactorInput.FromRow(Fields);
        input.ConcurrencyStamp = ConcurrencyStamp;
        var outcome = await save.Handle(code, input, me.Name ?? me.Id ?? "?", ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, nameof(Fields));
            return Page();
        }
        TempData["Flash"] = "Flash.Saved";
        return Redirect($"/Factors/Details/{outcome.Value!.Code}");
    }
}
