using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Users;

[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(PcfCertDbContext db, DeactivateUser deactivate) : PageModel
{
    public sealed record Row(string Id, string DisplayName, string? Email, IReadOnlyList<string> Roles, string? Organisation, bool Deactivated);

    public IReadOnlyList<Row> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        Items = users.Select(u => new Row(
            u.Id,
            u.DisplayName,
            u.Email,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).OrderBy(r => Certification.Access.Roles.All.ToList().IndexOf(r)).ToList(),
            u.OrganisationId is { } o && organisations.TryGetValue(o, out var name) ? name : null,
            u.DeactivatedAt is not null)).ToList();
    }

    public Task<IActionResult> OnPostDeactivateAsync(string id, CancellationToken ct) => Run(id, true, ct);

    public Task<IActionResult> OnPostReactivateAsync(string id, CancellationToken ct) => Run(id, false, ct);

    private async Task<IActionResult> Run(string id, bool deactivating, CancellationToken ct)
    {
        var outcome = await deactivate.Handle(id, deactivating, ct);
        if (outcome.Kind == Features.OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, string.Empty);
            await OnGetAsync(ct);
            return Page();
        }
        TempData["Flash"] = deactivating ? "Flash.UserDeactivated" : "Flash.UserReactivated";
        return Redirect("/Users");
    }
}
