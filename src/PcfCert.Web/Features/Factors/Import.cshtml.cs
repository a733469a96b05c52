using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Factors;

/// <summary>Import factors from CSV or .xlsx: all or nothing.</summary>
public sealed class ImportModel(ImportFactors import, CurrentUser me) : PageModel
{
    public ImportFactors.Summary? Result { get; private set; }

    public IActionResult OnGet() => FactorAccess.CanMaintain(me) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (!FactorAccess.CanMaintain(me))
        {
            return Forbid();
        }
        await using var stream = file?.OpenReadStream() ?? Stream.Null;
        var outcome = await import.Handle(stream, file?.Length ?? 0, me.Name ?? me.Id ?? "?", ct);
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, string.Empty);
            return Page();
        }
        Result = outcome.Value;
        return Page();
    }
}
