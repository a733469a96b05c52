using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Organisations;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Users;

[Authorize(Policy = Policies.Administrator)]
public sealed class CreateModel(CreateUser createUser, PcfCertDbContext db) : PageModel
{
    [BindProperty]
    public CreateUser.Input Input { get; set; } = new();

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await createUser.Handle(Input, ct);
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, nameof(Input));
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = "Flash.UserCreated";
        return Redirect("/Users");
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
}
