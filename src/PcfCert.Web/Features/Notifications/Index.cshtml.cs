using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Audit;
using PcfCert.Infrastructure.Notifications;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Notifications;

/// <summary>The signed-in user's notices, newest first; opening one marks it read and goes to the page of the action.</summary>
public sealed class IndexModel(PcfCertDbContext db, CurrentUser me, IAuditUser auditUser, TimeProvider clock) : PageModel
{
    public const int Shown = 200;

    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Items = (await db.Notifications.AsNoTracking().Where(n => n.UserId == me.Id).ToListAsync(ct))
            .OrderByDescending(n => n.CreatedAt).Take(Shown).ToList();

    public async Task<IActionResult> OnGetOpenAsync(Guid id, CancellationToken ct)
    {
        var link = await db.Notifications.Where(n => n.Id == id && n.UserId == me.Id).Select(n => n.Link).SingleOrDefaultAsync(ct);
        if (link is null)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow();
        await BulkAudit.ChangeAsync(db, auditUser, clock,
            () => db.Notifications.Where(n => n.Id == id && n.ReadAt == null).ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), ct),
            nameof(Notification), id.ToString(), "MarkedRead", _ => null, _ => new { readAt = now }, ct);
        // Links are written by PcfCert itself and are local; anything else is refused rather than followed.
        return link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) ? LocalRedirect(link) : NotFound();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await BulkAudit.ChangeAsync(db, auditUser, clock,
            () => db.Notifications.Where(n => n.UserId == me.Id && n.ReadAt == null).ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), ct),
            nameof(Notification), me.Id!, "MarkedReadInBulk", _ => null, count => new { count, readAt = now }, ct);
        return RedirectToPage();
    }
}
