using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Files;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Applications;

public sealed class DiffModel(PcfCertDbContext db, CurrentUser me) : PageModel
{
    public string Number { get; private set; } = string.Empty;

    public FootprintModelRecord From { get; private set; } = null!;

    public FootprintModelRecord To { get; private set; } = null!;

    public IReadOnlyList<ModelDiff.Line> Lines { get; private set; } = [];

    public IReadOnlyList<(string Process, double Before, double After)> Effects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int from, int to, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (application is null || !ApplicationAccess.CanView(me, application))
        {
            return NotFound();
        }
        var records = await db.FootprintModels.AsNoTracking().Where(m => m.ApplicationId == id && (m.Version == from || m.Version == to)).ToListAsync(ct);
        if (records.FirstOrDefault(r => r.Version == from) is not { } a || records.FirstOrDefault(r => r.Version == to) is not { } b)
        {
            return NotFound();
        }
        Number = application.Number;
        (From, To) = (a, b);
        Lines = ModelDiff.Compare(a.ModelJson, b.ModelJson);
        var before = ModelDiff.ByProcess(a.ResultJson);
        var after = ModelDiff.ByProcess(b.ResultJson);
        Effects = before.Keys.Union(after.Keys)
            .Select(k => (k, before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .Where(e => Math.Abs(e.Item2 - e.Item3) > 0)
            .ToList();
        return Page();
    }
}
