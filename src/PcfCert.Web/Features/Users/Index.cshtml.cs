using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Users;

[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(PcfCertDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(string DisplayName, string? Email, IReadOnlyList<string> Roles, string? Organisation, bool LockedOut);

    public IReadOnlyList<Row> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        Items = users.Select(u => new Row(
            u.DisplayName,
            u.Email,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(),
            u.OrganisationId is { } o && organisations.TryGetValue(o, out var name) ? name : null,
            u.LockoutEnd is { } end && end > now)).ToList();
    }
}
