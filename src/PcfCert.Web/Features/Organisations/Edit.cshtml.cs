using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Organisations;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Organisations;

public sealed class EditModel(PcfCertDbContext db, CurrentUser me, UpdateOrganisationProfile update) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public IReadOnlyList<Product> Products { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var organisation = OrganisationAccess.CanView(me, id)
            ? await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct)
            : null;
        if (organisation is null)
        {
            return NotFound();
        }
        Input = OrganisationInput.From(organisation);
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await update.Handle(id, Input, ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, nameof(Input));
            await LoadAsync(id, ct);
            return Page();
        }
        TempData["Flash"] = "Flash.Saved";
        return Redirect($"/Organisations/Edit/{id}");
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        CanEdit = OrganisationAccess.CanEdit(me, id);
        Products = await db.Products.AsNoTracking().Where(p => p.OrganisationId == id).OrderBy(p => p.Name).ToListAsync(ct);
    }
}
