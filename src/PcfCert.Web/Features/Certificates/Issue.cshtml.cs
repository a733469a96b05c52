using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Access;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Certificates;

[Authorize(Roles = Roles.CertificationManager)]
public sealed class IssueModel(PcfCertDbContext db, IssueCertificate issue, ICertificateRulesSource schemes) : PageModel
{
    [BindProperty]
    public IssueInput Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];

    public IReadOnlyList<CertificateRules> Schemes => schemes.All;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await issue.Handle(Input.ToCommand(), ct);
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, nameof(Input));
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = "Flash.CertificateIssued";
        return Redirect($"/Certificates/Details/{outcome.Value!.Id}");
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Organisations = (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).ToList();
}
