using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PcfCert.Infrastructure.Factors;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Factors;

/// <summary>The factor library: search by name in Chinese or English, code or source; filter by category.</summary>
public sealed class IndexModel(SearchFactors search, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    public IReadOnlyList<EmissionFactorVersion> Factors { get; private set; } = [];

    public bool CanMaintain => FactorAccess.CanMaintain(me);

    public async Task OnGetAsync(CancellationToken ct) => Factors = await search.Handle(Q, Category, ct, me);

    public bool IsApplicant => me.IsApplicant;

    public bool IsAdministrator => me.IsAdministrator;
}
