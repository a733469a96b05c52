using Microsoft.AspNetCore.Mvc.RazorPages;
using PcfCert.Certification.Schemes;

namespace PcfCert.Web.Features.Schemes;

public sealed class IndexModel(SchemeCatalog catalog) : PageModel
{
    public IReadOnlyList<SchemeDefinition> Schemes => catalog.Schemes;

    public void OnGet()
    {
    }
}
