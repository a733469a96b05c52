using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Organisations;
using PcfCert.Infrastructure.Identity;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Users;

[Authorize(Policy = Policies.Administrator)]
public sealed class EditModel(EditUser edit, UserManager<AppUser> users, PcfCertDbContext db) : PageModel
{
    [BindProperty]
    public EditUser.Input Input { get; set; } = new();

    public AppUser Account { get; private set; } = null!;

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }
        Account = user;
        Input = new EditUser.Input
        {
            DisplayName = user.DisplayName, Roles = [.. await users.GetRolesAsync(user)], OrganisationId = user.OrganisationId,
            ConcurrencyStamp = user.ConcurrencyStamp,
        };
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        var outcome = await edit.Handle(id, Input, ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (outcome.IsOk)
        {
            TempData["Flash"] = "Flash.Saved";
            return Redirect("/Users");
        }
        outcome.CopyTo(ModelState, nameof(Input));
        Account = (await users.FindByIdAsync(id))!;
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        return Page();
    }
}
