using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Certificates;

namespace PcfCert.Web.Features.Registry;

/// <summary>The public entry of one certificate, opened from its QR code.</summary>
[EnableRateLimiting(RegistryApi.RateLimitPolicy)]
public sealed class CertificateModel(LookUpCertificate lookUp, PcfCertDbContext db) : PageModel
{
    public RegistryEntry Entry { get; private set; } = null!;

    public CertificateContents Contents { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        var entry = await lookUp.Handle(number, ct);
        if (entry is null)
        {
            return NotFound();
        }
        Entry = entry;
        var certificate = await db.FindNumberAsync(entry.Number, ct);
        Contents = certificate!.Contents;
        return Page();
    }
}
