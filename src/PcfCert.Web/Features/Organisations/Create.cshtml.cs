using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Organisations;

public sealed class CreateModel(RegisterOrganisation register, CurrentUser me) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public IActionResult OnGet() => OrganisationAccess.CanRegister(me) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!OrganisationAccess.CanRegister(me))
        {
            return Forbid();
        }
        var outcome = await register.Handle(Input, ct);
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, nameof(Input));
            return Page();
        }
        TempData["Flash"] = "Flash.Saved";
        return Redirect($"/Organisations/Edit/{outcome.Value!.Id}");
    }
}
