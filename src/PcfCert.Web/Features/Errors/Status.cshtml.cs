using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PcfCert.Web.Features.Errors;

[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Code { get; set; }

    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}
