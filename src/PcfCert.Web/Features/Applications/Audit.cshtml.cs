using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Audit;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Applications;

/// <summary>Read-only view of the audit trail of one application; there is no way to edit or delete it.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class AuditModel(PcfCertDbContext db) : PageModel
{
    public string Number { get; private set; } = string.Empty;

    public Guid Id { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return NotFound();
        }
        (Id, Number) = (id, application.Number);
        var key = id.ToString();
        Entries = await db.AuditTrail.AsNoTracking().Where(e => e.EntityId == key).OrderBy(e => e.Id).ToListAsync(ct);
        return Page();
    }
}
