using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Surveillance;

[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(SurveillanceDueList list) : PageModel
{
    public IReadOnlyList<SurveillanceDueList.DueItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await list.Handle(ct);
}
