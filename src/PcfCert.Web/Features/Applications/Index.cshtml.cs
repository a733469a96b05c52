using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Calendar;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Applications;

public sealed class IndexModel(PcfCertDbContext db, CurrentUser me, SchemeCatalog schemes, TimeProvider clock) : PageModel
{
    /// <summary>Days before a deadline from which a project counts as "near".</summary>
    public const int NearDays = 10;

    public sealed record Row(CertificationApplication Application, SchemeDefinition Scheme, ApplicationDeadlines Deadlines);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Due { get; set; }

    public bool IsApplicant => me.IsApplicant;

    public IReadOnlyList<SchemeDefinition> Schemes => schemes.Schemes;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Applications.AsNoTracking();
        if (me.IsApplicant)
        {
            query = query.Where(a => a.OrganisationId == me.OrganisationId);
        }
        var today = ChinaToday.From(clock);
        var applications = await query.ToListAsync(ct);
        var certified = await ApplicationDeadlines.CertifiedAsync(db, applications.Select(a => a.Number).ToList(), ct);
        var rows = applications.OrderByDescending(a => a.CreatedAt)
            .Select(a => new Row(a, schemes.Get(a.SchemeId), ApplicationDeadlines.Of(a, schemes.Get(a.SchemeId), today, certified.Contains(a.Number))));
        Rows = Due ? rows.Where(r => r.Deadlines.Nearest is { } d && d.DaysLeft <= NearDays).OrderBy(r => r.Deadlines.Nearest!.DaysLeft).ToList() : rows.ToList();
    }
}
