using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace PcfCert.Web.Features.Registry;

/// <summary>The published list of suspended, revoked and cancelled certificates, with the recovery of the revoked and cancelled (PCEC 9.4 公布; CEC 7.4 公告).</summary>
[EnableRateLimiting(RegistryApi.RateLimitPolicy)]
public sealed class NoticesModel(LookUpCertificate lookUp) : PageModel
{
    public IReadOnlyList<RegistryListItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await lookUp.Notices(ct);
}
