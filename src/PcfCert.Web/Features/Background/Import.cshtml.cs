using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Background;

/// <summary>Administrators import an openLCA JSON-LD package into the factor library: all of it or nothing.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class ImportModel(ImportOpenLcaPackage import, CurrentUser me) : PageModel
{
    [BindProperty]
    public ImportOpenLcaPackage.Request Input { get; set; } = new(null, null, null, "AR6");

    public ImportOpenLcaPackage.Summary? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        await using var stream = file?.OpenReadStream() ?? Stream.Null;
        var outcome = await import.Handle(stream, file?.Length ?? 0, file?.FileName ?? "", Input, me.Name ?? me.Id ?? "?", ct);
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, nameof(Input));
            return Page();
        }
        Result = outcome.Value;
        return Page();
    }
}
