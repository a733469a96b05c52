using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PcfCert.Web.Features.Errors;

// Re-executed by the exception handler for any method, so it must not demand an anti-forgery token.
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string CorrelationId => HttpContext.TraceIdentifier;

    public void OnGet() => Response.StatusCode = StatusCodes.Status500InternalServerError;

    public void OnPost() => OnGet();
}
