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

    // Not "page": Razor Pages keeps that name for the page's own route value.
    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<EmissionFactorVersion> Factors => Result.Items;

    public SearchFactors.Result Result { get; private set; } = new([], 1, 0);

    public bool CanMaintain => FactorAccess.CanMaintain(me);

    public async Task OnGetAsync(CancellationToken ct) => Result = await search.Handle(Q, Category, ct, me, PageNumber);

    /// <summary>The link to another page of the same search.</summary>
    public string PageLink(int page) => QueryString.Create(new KeyValuePair<string, string?>[]
    {
        new("q", Q ?? ""), new("category", Category ?? ""), new("PageNumber", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    }).ToUriComponent();

    public bool IsApplicant => me.IsApplicant;

    public bool IsAdministrator => me.IsAdministrator;
}
