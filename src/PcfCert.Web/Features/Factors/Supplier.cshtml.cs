using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Factors;

/// <summary>An applicant adds its supplier's factor (EPD or supplier PCF) with the document, for its own applications.</summary>
public sealed class SupplierModel(CurrentUser me) : PageModel
{
    [BindProperty]
    public AddSupplierFactor.Input Input { get; set; } = new(null, null, "material", "kg", null, "epd", null, null);

    public IActionResult OnGet() => me.IsApplicant ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(IFormFile? document, [FromServices] AddSupplierFactor add, CancellationToken ct)
    {
        var outcome = await add.Handle(Input, document, ct);
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, "Input");
            return Page();
        }
        TempData["Flash"] = "SupplierFactor.Added";
        return Redirect($"/Factors/Details/{outcome.Value!.Code}");
    }
}
