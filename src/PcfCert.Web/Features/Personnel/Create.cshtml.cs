using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Access;
using PcfCert.Certification.Organisations;
using PcfCert.Infrastructure.Identity;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Personnel;

[Authorize(Roles = Roles.CertificationManager + "," + Roles.Administrator)]
public sealed class CreateModel(RegisterPerson register, PcfCertDbContext db, PcfCert.Certification.Schemes.SchemeCatalog catalog) : PageModel
{
    /// <summary>Qualification keys the schemes' team rules name (CEC 5.2.1), offered in the form.</summary>
    public static readonly string[] QualificationKeys =
    [
        "competent-inspector", "ghg-verifier-registration", "voluntary-product-certification-registration", "green-product-certification-registration",
    ];

    [BindProperty]
    public RegisterPerson.Input Input { get; set; } = new();

    public IReadOnlyList<AppUser> Users { get; private set; } = [];

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public IReadOnlyList<(string Key, PcfCert.Certification.Schemes.LocalizedText Name, string SchemeId)> ProductFields => RegisterPerson.ProductFields(catalog).ToList();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await register.Handle(Input, ct);
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, nameof(Input));
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = "Flash.Saved";
        return Redirect("/Personnel");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = await db.Users.AsNoTracking().Where(u => u.OrganisationId == null).OrderBy(u => u.DisplayName).ToListAsync(ct);
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
    }
}
