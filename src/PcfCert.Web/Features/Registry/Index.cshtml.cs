using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PcfCert.Certification.Certificates;

namespace PcfCert.Web.Features.Registry;

/// <summary>Public registry: look up a number or search by holder name. No sign-in.</summary>
[EnableRateLimiting(RegistryApi.RateLimitPolicy)]
public sealed class IndexModel(LookUpCertificate lookUp) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Holder { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    public IReadOnlyList<RegistryListItem> Results { get; private set; } = [];

    public bool Searched { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Number))
        {
            var normalized = CertificateNumber.Normalize(Number);
            return normalized is null ? NotFound() : Redirect($"/Registry/Certificates/{normalized}");
        }
        if (!string.IsNullOrWhiteSpace(Holder))
        {
            Searched = true;
            Results = await lookUp.Search(Holder, ct);
        }
        return Page();
    }
}
