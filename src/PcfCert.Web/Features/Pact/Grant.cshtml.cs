using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PcfCert.Web.Features.Pact;

/// <summary>The holder's grant and withdrawal from the certificate page; back to the page on success, errors shown here.</summary>
public sealed class GrantModel(GrantPactAccess grants) : PageModel
{
    public Guid CertificateId { get; private set; }

    public IActionResult OnGet(Guid certificateId) => Redirect($"/Certificates/Details/{certificateId}");

    public async Task<IActionResult> OnPostAsync(Guid certificateId, string? clientId, CancellationToken ct)
    {
        CertificateId = certificateId;
        var outcome = await grants.Handle(certificateId, new GrantPactAccess.Input(clientId), ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (outcome.IsOk)
        {
            return Redirect($"/Certificates/Details/{certificateId}");
        }
        outcome.CopyTo(ModelState, "Input");
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid certificateId, Guid grantId, CancellationToken ct)
    {
        CertificateId = certificateId;
        var outcome = await grants.Revoke(certificateId, grantId, ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (outcome.IsOk)
        {
            return Redirect($"/Certificates/Details/{certificateId}");
        }
        outcome.CopyTo(ModelState, "Input");
        return Page();
    }
}
