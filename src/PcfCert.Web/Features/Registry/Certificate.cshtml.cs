using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Certificates;

namespace PcfCert.Web.Features.Registry;

/// <summary>The public entry of one certificate, opened from its QR code. The loaded entry is cached (see
/// <see cref="RegistryCache"/>); the page answers 304 to a browser that already holds this entry in this language.</summary>
[EnableRateLimiting(RegistryApi.RateLimitPolicy)]
public sealed class CertificateModel(LookUpCertificate lookUp, PcfCertDbContext db, RegistryCache cache) : PageModel
{
    private sealed record Loaded(RegistryEntry Entry, CertificateContents Contents, string ETag);

    public RegistryEntry Entry { get; private set; } = null!;

    public CertificateContents Contents { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        var normalized = CertificateNumber.Normalize(number);
        var loaded = normalized is null ? null : await cache.GetOrAddAsync("page:" + normalized, async () =>
        {
            var entry = await lookUp.Handle(normalized, ct);
            var certificate = entry is null ? null : await db.FindNumberAsync(entry.Number, ct);
            return entry is null || certificate is null ? null
                : new Loaded(entry, certificate.Contents, RegistryCache.ToBody(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(entry), "").ETag);
        });
        if (loaded is null)
        {
            return NotFound();
        }
        Entry = loaded.Entry;
        Contents = loaded.Contents;
        if (User.Identity?.IsAuthenticated == true)
        {
            // A signed-in user's page carries their name and forms: never stored by a shared cache.
            Response.Headers.CacheControl = "private, no-cache";
            return Page();
        }
        // Anonymous visitors all get the same bytes (no anti-forgery token, no cookie: the layout is stateless here),
        // so the page is cacheable by anyone, revalidated by its ETag; the language comes from ?culture=, the
        // language cookie or Accept-Language, hence the Vary.
        var etag = loaded.ETag.TrimEnd('"') + "-" + System.Globalization.CultureInfo.CurrentUICulture.Name + "\"";
        Response.Headers.ETag = etag;
        Response.Headers.CacheControl = "public, no-cache";
        Response.Headers.Vary = "Accept-Language, Cookie";
        if (Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag)))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }
        return Page();
    }
}
