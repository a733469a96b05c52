using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PcfCert.Web.Features.Applications;

public sealed class NewModel(StartApplication start) : PageModel
{
    public IActionResult OnGet() => Redirect("/Applications");

    public async Task<IActionResult> OnPostAsync(string? schemeId, CancellationToken ct)
    {
        var outcome = await start.Handle(schemeId, ct);
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, string.Empty);
            return Page();
        }
        return Redirect($"/Applications/Details/{outcome.Value!.Id}");
    }
}
