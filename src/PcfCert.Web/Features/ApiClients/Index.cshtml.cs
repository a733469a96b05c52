using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.ApiClients;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.ApiClients;

/// <summary>Administrators register and revoke API clients; a new client's secret is shown on this page once.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(PcfCertDbContext db) : PageModel
{
    public sealed class Form
    {
        public string? Name { get; set; }
        public Guid? OrganisationId { get; set; }
        public List<string> Scopes { get; set; } = [];
        public string? CallbackUrl { get; set; }
    }

    [BindProperty]
    public Form Input { get; set; } = new();

    public IReadOnlyList<ApiClient> Clients { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Organisations { get; private set; } = new Dictionary<Guid, string>();

    public RegisterApiClient.Registered? Registered { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRegisterAsync([FromServices] RegisterApiClient register, CancellationToken ct)
    {
        var outcome = await register.Handle(new RegisterApiClient.Input(Input.Name, Input.OrganisationId, Input.Scopes, Input.CallbackUrl), ct);
        if (outcome.IsOk)
        {
            Registered = outcome.Value;
            Input = new Form();
            ModelState.Clear();
        }
        else
        {
            outcome.CopyTo(ModelState, nameof(Input));
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, [FromServices] RevokeApiClient revoke, CancellationToken ct)
    {
        var outcome = await revoke.Handle(id, ct);
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, nameof(Input));
            await LoadAsync(ct);
            return Page();
        }
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Clients = await db.ApiClients.AsNoTracking().OrderBy(c => c.RevokedAt != null).ThenBy(c => c.Name).ToListAsync(ct);
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }
}
