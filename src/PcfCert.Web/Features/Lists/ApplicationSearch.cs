using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Calendar;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Applications;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Lists;

/// <summary>
/// Filters of the application list: text (number, organisation, credit code, product, model), scheme, status,
/// assigned person (team member, reviewer or decision maker, by name), created between two dates (China time),
/// and "near or past a deadline". An applicant only ever searches its own organisation's applications.
/// </summary>
public sealed class ApplicationFilter
{
    public string? Q { get; set; }

    public string? Scheme { get; set; }

    public ApplicationStatus? Status { get; set; }

    public string? Person { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public bool Due { get; set; }

    public int Page { get; set; } = 1;
}

public sealed class ApplicationSearch(PcfCertDbContext db, CurrentUser me, SchemeCatalog schemes, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>Days before a deadline from which a project counts as "near".</summary>
    public const int NearDays = 10;

    public sealed record Row(CertificationApplication Application, SchemeDefinition Scheme, ApplicationDeadlines Deadlines, DateOnly Today);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int Pages);

    public async Task<IReadOnlyList<Row>> All(ApplicationFilter f, CancellationToken ct)
    {
        var query = db.Applications.AsNoTracking();
        if (me.IsApplicant)
        {
            query = query.Where(a => a.OrganisationId == me.OrganisationId);
        }
        if (!string.IsNullOrWhiteSpace(f.Scheme))
        {
            query = query.Where(a => a.SchemeId == f.Scheme);
        }
        if (f.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }
        var today = ChinaToday.From(clock);
        // Parties and units are JSON columns: the text filters run here, over the (already narrowed) list.
        var rows = (await query.ToListAsync(ct))
            .Where(a => Matches(a, f.Q) && HasPerson(a, f.Person))
            .Where(a => Created(a) >= (f.From ?? DateOnly.MinValue) && Created(a) <= (f.To ?? DateOnly.MaxValue))
            .OrderByDescending(a => a.CreatedAt)
            .Select(a => new Row(a, schemes.Get(a.SchemeId), ApplicationDeadlines.Of(a, schemes.Get(a.SchemeId), today), today));
        return f.Due
            ? rows.Where(r => r.Deadlines.Nearest is { } d && d.DaysLeft <= NearDays).OrderBy(r => r.Deadlines.Nearest!.DaysLeft).ToList()
            : rows.ToList();
    }

    public async Task<Result> Handle(ApplicationFilter f, CancellationToken ct)
    {
        var all = await All(f, ct);
        var pages = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(f.Page, 1, pages);
        return new Result(all.Skip((page - 1) * PageSize).Take(PageSize).ToList(), all.Count, page, pages);
    }

    private static DateOnly Created(CertificationApplication a) => DateOnly.FromDateTime(a.CreatedAt.ToOffset(ChinaToday.Offset).DateTime);

    private static bool Matches(CertificationApplication a, string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return true;
        }
        var t = q.Trim();
        bool Has(string? s) => s?.Contains(t, StringComparison.OrdinalIgnoreCase) == true;
        return Has(a.Number) || Has(a.Trademark)
            || new[] { a.Applicant, a.Manufacturer, a.Factory }.Any(p => Has(p.Name) || Has(p.CreditCode))
            || a.Units.Any(u => Has(u.ProductName) || Has(u.Model) || Has(u.ProductKey));
    }

    private static bool HasPerson(CertificationApplication a, string? person)
    {
        if (string.IsNullOrWhiteSpace(person))
        {
            return true;
        }
        var t = person.Trim();
        return a.Team.Any(m => m.Name.Contains(t, StringComparison.OrdinalIgnoreCase))
            || a.Review?.Reviewer.Name.Contains(t, StringComparison.OrdinalIgnoreCase) == true
            || a.Decision?.DecisionMaker.Name.Contains(t, StringComparison.OrdinalIgnoreCase) == true;
    }
}
